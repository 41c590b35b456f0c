package gov.cbp.medical.beam.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;

/**
 * The explicit, deterministic coder of the MQM combine's accumulator: the accumulator's own byte state
 * ({@code MeasureAccumulator.toBytes()}), never Java serialization. Equal states give equal bytes.
 */
public final class MeasureStateCoder extends AtomicCoder<MeasureState> {
    private static final long serialVersionUID = 1L;
    private static final MeasureStateCoder INSTANCE = new MeasureStateCoder();

    private MeasureStateCoder() {}

    /** @return the coder */
    public static MeasureStateCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(MeasureState value, OutputStream out) throws IOException {
        ByteArrayCoder.of().encode(value.toBytes(), out);
    }

    @Override
    public MeasureState decode(InputStream in) throws IOException {
        return MeasureState.ofBytes(ByteArrayCoder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {
        // the accumulator's state is written in key order
    }
}
