package gov.cbp.medical.beam.validate;

import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import java.util.Objects;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Validates source lines into their dead letters: one {@link DeadLetter} for each line that is not a valid
 * episode (any error or fatal problem), with its source, line and problems; valid lines give nothing. For a
 * pipeline that only checks its input: {@code MeasureReports} gives the same dead letters beside the report
 * from its own single validation of each line.
 */
public final class ValidateLines extends PTransform<PCollection<SourceLine>, PCollection<DeadLetter>> {
    private static final long serialVersionUID = 1L;
    /** The tag of the dead-letter output, in the transforms that have several outputs. */
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
    public PCollection<DeadLetter> expand(PCollection<SourceLine> lines) {
        return lines.apply("Validate", ParDo.of(new Validate(settings, policy))).setCoder(DeadLetterCoder.of());
    }

    /** Validates one line. */
    static final class Validate extends DoFn<SourceLine, DeadLetter> {
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
        public void process(@Element SourceLine line, OutputReceiver<DeadLetter> out) {
            settings.validate(validator, line).deadLetter(policy).ifPresent(out::output);
        }
    }
}
