package gov.cbp.medical.beam.measure;

import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/**
 * Merges the facilities' accumulator states into one: the global step of {@link MeasureReports}. With no
 * input it gives the empty state, whose report is the report of nothing, as the engine's.
 */
final class MergeFacilities extends CombineFn<MeasureState, MeasureState, MeasureState> {
    private static final long serialVersionUID = 1L;
    private final MeasureSettings settings;
    private transient MeasureEngine engine;

    MergeFacilities(MeasureSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    private MeasureEngine engine() {
        if (engine == null) {
            engine = settings.engine();
        }
        return engine;
    }

    @Override
    public MeasureState createAccumulator() {
        return MeasureState.empty(engine());
    }

    @Override
    public MeasureState addInput(MeasureState state, MeasureState facility) {
        state.accumulator(engine()).merge(facility.readOnly(engine()));
        return state;
    }

    @Override
    public MeasureState mergeAccumulators(Iterable<MeasureState> states) {
        return FacilityMeasures.merge(engine(), states);
    }

    @Override
    public MeasureState extractOutput(MeasureState state) {
        return MeasureState.ofBytes(state.toBytes());
    }

    @Override
    public Coder<MeasureState> getAccumulatorCoder(CoderRegistry registry, Coder<MeasureState> inputCoder) {
        return MeasureStateCoder.of();
    }

    @Override
    public Coder<MeasureState> getDefaultOutputCoder(CoderRegistry registry, Coder<MeasureState> inputCoder) {
        return MeasureStateCoder.of();
    }
}
