package gov.cbp.medical.beam.validate;

import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/** A deterministic coder of {@link DeadLetter}s. */
public final class DeadLetterCoder extends AtomicCoder<DeadLetter> {
    private static final long serialVersionUID = 1L;
    private static final DeadLetterCoder INSTANCE = new DeadLetterCoder();
    private static final ListCoder<String> STRINGS = ListCoder.of(StringUtf8Coder.of());

    private DeadLetterCoder() {}

    /** @return the coder */
    public static DeadLetterCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(DeadLetter value, OutputStream out) throws IOException {
        StringUtf8Coder.of().encode(value.source(), out);
        VarLongCoder.of().encode(value.line(), out);
        BooleanCoder.of().encode(value.measured(), out);
        VarIntCoder.of().encode(value.problems().size(), out);
        for (Problem problem : value.problems()) {
            StringUtf8Coder.of().encode(problem.severity().name(), out);
            StringUtf8Coder.of().encode(problem.code(), out);
            StringUtf8Coder.of().encode(problem.pointer(), out);
            StringUtf8Coder.of().encode(problem.message(), out);
            STRINGS.encode(problem.arguments(), out);
        }
    }

    @Override
    public DeadLetter decode(InputStream in) throws IOException {
        String source = StringUtf8Coder.of().decode(in);
        long line = VarLongCoder.of().decode(in);
        boolean measured = BooleanCoder.of().decode(in);
        int count = VarIntCoder.of().decode(in);
        if (count < 0) {
            throw new CoderException("malformed dead letter");
        }
        List<Problem> problems = new ArrayList<>(Math.min(count, 1024));
        try {
            for (int i = 0; i < count; i++) {
                Severity severity = Severity.valueOf(StringUtf8Coder.of().decode(in));
                problems.add(Problem.of(severity, StringUtf8Coder.of().decode(in), StringUtf8Coder.of().decode(in),
                        StringUtf8Coder.of().decode(in), STRINGS.decode(in)));
            }
            return DeadLetter.of(source, line, problems, measured);
        } catch (IllegalArgumentException e) {
            throw new CoderException("malformed dead letter");
        }
    }

    @Override
    public void verifyDeterministic() {
        // strings, numbers and lists in a fixed order
    }
}
