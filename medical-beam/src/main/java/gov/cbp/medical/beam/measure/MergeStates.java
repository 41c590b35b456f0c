package gov.cbp.medical.beam.measure;

import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import java.util.Iterator;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/**
 * Merges accumulator states: the per-facility step (with hot-key fan-out) and the global step of
 * {@link MeasureReports}. Its inputs are the states {@link MeasureLines} filled from each bundle's lines, a
 * compact and deterministic encoding of what the lines contributed, so no line is validated or evaluated
 * again here however often a runner copies, groups or re-reads the inputs. With no input it gives the empty
 * state, whose report is the report of nothing, as the engine's.
 *
 * <p>Per Beam's contract: serializable (the engine is rebuilt from {@link MeasureSettings} on each worker),
 * an explicit deterministic accumulator coder, and {@link #mergeAccumulators} changes only its first
 * accumulator.
 */
final class MergeStates extends CombineFn<MeasureState, MeasureState, MeasureState> {
    private static final long serialVersionUID = 1L;
    private final MeasureSettings settings;
    private transient MeasureEngine engine;

    MergeStates(MeasureSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The worker's engine, made once. A runner may call one instance from several threads, so the first
     * call is synchronized and each method reads the engine once: states are merged by one engine only.
     */
    private synchronized MeasureEngine engine() {
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
    public MeasureState addInput(MeasureState state, MeasureState input) {
        MeasureEngine worker = engine();
        state.accumulator(worker).merge(input.readOnly(worker));
        return state;
    }

    @Override
    public MeasureState mergeAccumulators(Iterable<MeasureState> states) {
        Iterator<MeasureState> each = states.iterator();
        if (!each.hasNext()) {
            return createAccumulator();
        }
        MeasureState first = each.next();
        MeasureEngine worker = engine();
        while (each.hasNext()) {
            first.accumulator(worker).merge(each.next().readOnly(worker));
        }
        return first;
    }

    @Override
    public MeasureState extractOutput(MeasureState state) {
        // A detached copy: the output must not share the accumulator Beam may still hold.
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
