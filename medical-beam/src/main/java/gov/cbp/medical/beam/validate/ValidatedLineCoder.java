package gov.cbp.medical.beam.validate;

import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.beam.read.SourceLineCoder;
import gov.cbp.medical.model.validation.PayloadValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Codes a {@link ValidatedLine} as its source line and validates it again on decoding. The wire form is
 * the bytes as read, never an episode: validation with fixed {@link ValidationSettings} is deterministic, so
 * the decoded result equals the encoded one, and the bound episode needs no coder of its own. Fused
 * runners seldom decode (validation and the first combine run in one stage); the DirectRunner decodes every
 * element to check coders, which is where this costs.
 */
public final class ValidatedLineCoder extends CustomCoder<ValidatedLine> {
    private static final long serialVersionUID = 1L;
    private final ValidationSettings settings;
    private transient PayloadValidator validator;

    private ValidatedLineCoder(ValidationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * A coder validating with these settings, the ones the lines were validated with.
     *
     * @param settings the settings, not null
     * @return the coder, not null
     */
    public static ValidatedLineCoder of(ValidationSettings settings) {
        return new ValidatedLineCoder(settings);
    }

    @Override
    public void encode(ValidatedLine value, OutputStream out) throws IOException {
        SourceLineCoder.of().encode(value.sourceLine(), out);
    }

    @Override
    public ValidatedLine decode(InputStream in) throws IOException {
        SourceLine line = SourceLineCoder.of().decode(in);
        return ValidatedLine.of(line, validator().validateLine(line.jsonLine()));
    }

    private PayloadValidator validator() {
        PayloadValidator current = validator;
        if (current == null) {
            current = settings.validator();
            validator = current;
        }
        return current;
    }

    @Override
    public void verifyDeterministic() {
        // the source line is coded deterministically
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidatedLineCoder && ((ValidatedLineCoder) other).settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }
}
