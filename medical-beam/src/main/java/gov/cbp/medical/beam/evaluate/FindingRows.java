package gov.cbp.medical.beam.evaluate;

import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.beam.validate.ValidationSettings;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.joda.time.ReadableInstant;

/**
 * Validates and evaluates source lines and emits one {@link Row} of {@link #SCHEMA} per finding, for analysts who
 * keep findings in BigQuery, Parquet or any schema-aware sink ({@code BigQueryIO.write().useBeamSchema()},
 * {@code ParquetIO} through {@code AvroUtils.toAvroSchema(SCHEMA)}).
 *
 * <p>Each line is validated once, here (bad lines are the dead letters of {@code ValidateLines} or
 * {@code MeasureReports}, not repeated in this output). Evaluated: every valid episode, and under {@link InvalidEpisodePolicy#MEASURE} every bound episode with
 * errors, as the report measures them (the period is not applied: findings are per episode). A row holds
 * identifiers, codes, instants and durations only: no name, A-number, date of birth or free text.
 * Instants are {@code DATETIME} (milliseconds, as BigQuery and Parquet keep them); durations are whole
 * seconds.
 */
public final class FindingRows extends PTransform<PCollection<SourceLine>, PCollection<Row>> {
    private static final long serialVersionUID = 1L;

    /** The schema of a finding row. */
    public static final Schema SCHEMA = Schema.builder()
            .addStringField("episodeId")
            .addStringField("bookInFacilityId")
            .addNullableField("facilityId", FieldType.STRING)
            .addStringField("requirementId")
            .addStringField("standardId")
            .addStringField("standardVersion")
            .addStringField("status")
            .addStringField("severity")
            .addBooleanField("failure")
            .addNullableField("triggerAt", FieldType.DATETIME)
            .addNullableField("dueAt", FieldType.DATETIME)
            .addNullableField("satisfiedAt", FieldType.DATETIME)
            .addNullableField("lateBySeconds", FieldType.INT64)
            .addNullableField("overdueBySeconds", FieldType.INT64)
            .addNullableField("longestGapSeconds", FieldType.INT64)
            .addBooleanField("interpretation")
            .addBooleanField("estimatedAge")
            .addArrayField("missingData", FieldType.STRING)
            .addDateTimeField("evaluatedAsOf")
            .addDateTimeField("recordsThrough")
            .build();

    private final ValidationSettings validation;
    private final EvaluationSettings settings;
    private final InvalidEpisodePolicy policy;

    private FindingRows(ValidationSettings validation, EvaluationSettings settings, InvalidEpisodePolicy policy) {
        this.validation = Objects.requireNonNull(validation, "validation");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Validates and evaluates with these settings.
     *
     * @param validation the validation settings, not null
     * @param settings the evaluation settings, not null
     * @param policy which episodes with errors are evaluated, not null
     * @return the transform, not null
     */
    public static FindingRows with(ValidationSettings validation, EvaluationSettings settings, InvalidEpisodePolicy policy) {
        return new FindingRows(validation, settings, policy);
    }

    @Override
    public PCollection<Row> expand(PCollection<SourceLine> lines) {
        return lines.apply("Evaluate", ParDo.of(new Evaluate(validation, settings, policy))).setRowSchema(SCHEMA);
    }

    /**
     * The row of one finding.
     *
     * @param episode the episode, not null
     * @param evaluation its evaluation, not null
     * @param finding one of its findings, not null
     * @param recordsThrough the instant the records are complete through, not null
     * @return the row, not null
     */
    public static Row row(CustodyEpisode episode, EpisodeEvaluation evaluation, Finding finding, Instant recordsThrough) {
        return Row.withSchema(SCHEMA).addValues(
                finding.episodeId(),
                episode.bookIn().facilityId(),
                finding.facilityId().orElse(null),
                finding.requirementId(),
                finding.standardId(),
                finding.standardVersion(),
                finding.status().code(),
                finding.severity(),
                finding.status().isFailure(),
                instant(finding.triggerAt()),
                instant(finding.dueAt()),
                instant(finding.satisfiedAt()),
                seconds(finding.lateBy()),
                seconds(finding.overdueBy()),
                seconds(finding.longestGap()),
                finding.interpretation(),
                finding.estimatedAge(),
                finding.missingData(),
                instant(evaluation.asOf()),
                instant(recordsThrough)).build();
    }

    private static ReadableInstant instant(Optional<Instant> instant) {
        return instant.map(FindingRows::instant).orElse(null);
    }

    private static ReadableInstant instant(Instant instant) {
        return org.joda.time.Instant.ofEpochMilli(instant.toEpochMilli());
    }

    private static Long seconds(Optional<Duration> duration) {
        return duration.map(Duration::getSeconds).orElse(null);
    }

    /** Evaluates one episode into rows. */
    static final class Evaluate extends DoFn<SourceLine, Row> {
        private static final long serialVersionUID = 1L;
        private final ValidationSettings validation;
        private final EvaluationSettings settings;
        private final InvalidEpisodePolicy policy;
        private transient PayloadValidator validator;
        private transient Evaluator evaluator;

        Evaluate(ValidationSettings validation, EvaluationSettings settings, InvalidEpisodePolicy policy) {
            this.validation = validation;
            this.settings = settings;
            this.policy = policy;
        }

        @Setup
        public void setup() {
            validator = validation.validator();
            evaluator = settings.evaluator();
        }

        @ProcessElement
        public void process(@Element SourceLine line, OutputReceiver<Row> out) {
            ValidationResult<CustodyEpisode> result = validation.validate(validator, line).result().result();
            Optional<CustodyEpisode> episode = result.isValid() || policy == InvalidEpisodePolicy.MEASURE
                    ? result.boundValue() : Optional.empty();
            if (episode.isEmpty()) {
                return;
            }
            EpisodeEvaluation evaluation = settings.evaluate(evaluator, episode.get());
            for (Finding finding : evaluation.findings()) {
                out.output(row(episode.get(), evaluation, finding, settings.recordsThrough()));
            }
        }
    }
}
