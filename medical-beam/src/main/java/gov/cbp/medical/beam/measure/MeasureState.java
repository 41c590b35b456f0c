package gov.cbp.medical.beam.measure;

import gov.cbp.medical.rules.measure.engine.MeasureAccumulator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import java.io.Serializable;
import java.util.Objects;

/**
 * The Beam accumulator of the MQM combine: a {@link MeasureAccumulator} bound to the engine of the worker
 * that fills it, or the accumulator's bytes as they arrived from another worker. The bytes are decoded with
 * the worker's own engine when first used, so that accumulators from any worker merge (an accumulator
 * merges only with those of its own engine instance).
 *
 * <p>Java serialization writes the bytes only (Beam serializes a combine's default value with its function);
 * the {@link MeasureStateCoder} is what ships states between workers.
 *
 * <p>Implementation Requirements: mutable and not thread-safe, like a {@code CombineFn} accumulator; Beam
 * never shares one between threads.
 */
public final class MeasureState implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient MeasureEngine engine;
    private transient MeasureAccumulator accumulator;
    private transient byte[] bytes;

    private MeasureState(MeasureEngine engine, MeasureAccumulator accumulator, byte[] bytes) {
        this.engine = engine;
        this.accumulator = accumulator;
        this.bytes = bytes;
    }

    /**
     * An empty state of an engine.
     *
     * @param engine the engine, not null
     * @return the state, not null
     */
    public static MeasureState empty(MeasureEngine engine) {
        return new MeasureState(engine, engine.newAccumulator(), null);
    }

    /**
     * A state as coded, decoded on first use.
     *
     * @param bytes the bytes of {@link MeasureAccumulator#toBytes()}, not null
     * @return the state, not null
     */
    public static MeasureState ofBytes(byte[] bytes) {
        return new MeasureState(null, null, Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * The accumulator, to be changed, bound to this engine from now on.
     *
     * @param worker the worker's engine, not null
     * @return the accumulator, not null
     */
    MeasureAccumulator accumulator(MeasureEngine worker) {
        if (accumulator == null || engine != worker) {
            accumulator = MeasureAccumulator.fromBytes(worker, toBytes());
            engine = worker;
            bytes = null;
        }
        return accumulator;
    }

    /**
     * The accumulator, to be read only (merged into another): this state is left as it is.
     *
     * @param worker the worker's engine, not null
     * @return the accumulator, not null
     */
    MeasureAccumulator readOnly(MeasureEngine worker) {
        return accumulator != null && engine == worker ? accumulator : MeasureAccumulator.fromBytes(worker, toBytes());
    }

    /** @return the state's bytes */
    byte[] toBytes() {
        return accumulator != null ? accumulator.toBytes() : bytes;
    }

    private Object writeReplace() {
        return new SerializedForm(toBytes());
    }

    /** The serialized form of a state: its bytes. */
    private static final class SerializedForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        SerializedForm(byte[] bytes) {
            this.bytes = bytes;
        }

        private Object readResolve() {
            return MeasureState.ofBytes(bytes);
        }
    }

    @Override
    public String toString() {
        return accumulator != null ? "MeasureState{" + accumulator.episodesMeasured() + " episodes measured}"
                : "MeasureState{" + bytes.length + " bytes}";
    }
}
