package gov.cbp.medical.beam.read;

import gov.cbp.medical.model.validation.JsonLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/** A deterministic coder of {@link SourceLine}s: source, line number, oversized flag, then the bytes. */
public final class SourceLineCoder extends AtomicCoder<SourceLine> {
    private static final long serialVersionUID = 1L;
    private static final SourceLineCoder INSTANCE = new SourceLineCoder();

    private SourceLineCoder() {}

    /** @return the coder */
    public static SourceLineCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(SourceLine value, OutputStream out) throws IOException {
        StringUtf8Coder.of().encode(value.source(), out);
        JsonLine line = value.jsonLine();
        VarLongCoder.of().encode(line.line(), out);
        BooleanCoder.of().encode(line.isOversized(), out);
        ByteArrayCoder.of().encode(line.toByteArray(), out);
    }

    @Override
    public SourceLine decode(InputStream in) throws IOException {
        String source = StringUtf8Coder.of().decode(in);
        long number = VarLongCoder.of().decode(in);
        boolean oversized = BooleanCoder.of().decode(in);
        byte[] bytes = ByteArrayCoder.of().decode(in);
        try {
            return SourceLine.of(source, oversized ? JsonLine.oversized(number) : JsonLine.of(number, bytes, bytes.length));
        } catch (IllegalArgumentException e) {
            throw new CoderException("malformed source line: " + e.getMessage());
        }
    }

    @Override
    public void verifyDeterministic() {
        // every part is written in a fixed binary form
    }
}
