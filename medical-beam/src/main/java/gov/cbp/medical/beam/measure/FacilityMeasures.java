package gov.cbp.medical.beam.measure;

import gov.cbp.medical.beam.validate.ValidatedLine;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import java.util.Iterator;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/**
 * Counts validated lines into an accumulator: the per-facility step of {@link MeasureReports}. Its output
 * is the accumulator's state itself, merged across facilities by {@link MergeFacilities}.
 *
 * <p>Per Beam's contract: serializable (the engine is rebuilt from {@link MeasureSettings} on each worker),
 * an explicit deterministic accumulator coder, and {@link #mergeAccumulators} changes only its first
 * accumulator.
 */
final class FacilityMeasures extends CombineFn<ValidatedLine, MeasureState, MeasureState> {
    private static final long serialVersionUID = 1L;
    private final MeasureSettings settings;
    private transient MeasureEngine engine;

    FacilityMeasures(MeasureSettings settings) {
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
    public MeasureState addInput(MeasureState state, ValidatedLine line) {
        state.accumulator(engine()).add(line.result());
        return state;
    }

    @Override
    public MeasureState mergeAccumulators(Iterable<MeasureState> states) {
        return merge(engine(), states);
    }

    static MeasureState merge(MeasureEngine engine, Iterable<MeasureState> states) {
        Iterator<MeasureState> each = states.iterator();
        if (!each.hasNext()) {
            return MeasureState.empty(engine);
        }
        MeasureState first = each.next();
        while (each.hasNext()) {
            first.accumulator(engine).merge(each.next().readOnly(engine));
        }
        return first;
    }

    @Override
    public MeasureState extractOutput(MeasureState state) {
        // A detached copy: the output must not share the accumulator Beam may still hold.
        return MeasureState.ofBytes(state.toBytes());
    }

    @Override
    public Coder<MeasureState> getAccumulatorCoder(CoderRegistry registry, Coder<ValidatedLine> inputCoder) {
        return MeasureStateCoder.of();
    }

    @Override
    public Coder<MeasureState> getDefaultOutputCoder(CoderRegistry registry, Coder<ValidatedLine> inputCoder) {
        return MeasureStateCoder.of();
    }
}
