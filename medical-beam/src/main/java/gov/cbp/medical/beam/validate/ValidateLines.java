package gov.cbp.medical.beam.validate;

import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import java.util.Objects;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Validates source lines. The main output {@link #VALIDATED} holds every line with its result, valid or
 * not, because the report counts rejected lines too; {@link #DEAD_LETTERS} holds one {@link DeadLetter} for
 * each line that is not a valid episode (any error or fatal problem), with its source, line and problems.
 * Nothing read is dropped: every line is in the main output, and every bad one also in the dead letters.
 */
public final class ValidateLines extends PTransform<PCollection<SourceLine>, PCollectionTuple> {
    private static final long serialVersionUID = 1L;
    /** Every line with its result. */
    public static final TupleTag<ValidatedLine> VALIDATED = new TupleTag<>("validated") {
        private static final long serialVersionUID = 1L;
    };
    /** The lines that are not valid episodes. */
    public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>("deadLetters") {
        private static final long serialVersionUID = 1L;
    };
    private final ValidationSettings settings;
    private final InvalidEpisodePolicy policy;

    private ValidateLines(ValidationSettings settings, InvalidEpisodePolicy policy) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Validates with these settings; the policy only says, in each dead letter, whether the report measured
     * the episode anyway (use the measure transform's policy).
     *
     * @param settings the validation settings, not null
     * @param policy the policy for bound episodes with errors, not null
     * @return the transform, not null
     */
    public static ValidateLines with(ValidationSettings settings, InvalidEpisodePolicy policy) {
        return new ValidateLines(settings, policy);
    }

    @Override
    public PCollectionTuple expand(PCollection<SourceLine> lines) {
        PCollectionTuple result = lines.apply("Validate", ParDo.of(new Validate(settings, policy))
                .withOutputTags(VALIDATED, TupleTagList.of(DEAD_LETTERS)));
        result.get(VALIDATED).setCoder(ValidatedLineCoder.of(settings));
        result.get(DEAD_LETTERS).setCoder(DeadLetterCoder.of());
        return result;
    }

    /** Validates one line. */
    static final class Validate extends DoFn<SourceLine, ValidatedLine> {
        private static final long serialVersionUID = 1L;
        private final ValidationSettings settings;
        private final InvalidEpisodePolicy policy;
        private transient PayloadValidator validator;

        Validate(ValidationSettings settings, InvalidEpisodePolicy policy) {
            this.settings = settings;
            this.policy = policy;
        }

        @Setup
        public void setup() {
            validator = settings.validator();
        }

        @ProcessElement
        public void process(@Element SourceLine line, MultiOutputReceiver out) {
            LineResult result = validator.validateLine(line.jsonLine());
            out.get(VALIDATED).output(ValidatedLine.of(line, result));
            if (!result.result().isValid()) {
                boolean measured = result.result().boundValue().isPresent() && policy == InvalidEpisodePolicy.MEASURE;
                out.get(DEAD_LETTERS).output(DeadLetter.of(line.source(), line.line(), result.result().problems(), measured));
            }
        }
    }
}
