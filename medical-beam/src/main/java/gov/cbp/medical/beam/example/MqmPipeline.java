package gov.cbp.medical.beam.example;

import gov.cbp.medical.beam.evaluate.EvaluationSettings;
import gov.cbp.medical.beam.measure.MeasureReports;
import gov.cbp.medical.beam.measure.MeasureSettings;
import gov.cbp.medical.beam.measure.WriteReportFiles;
import gov.cbp.medical.beam.read.ReadJsonLines;
import gov.cbp.medical.beam.validate.DeadLetter;
import gov.cbp.medical.beam.validate.ValidationSettings;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The MQM report of a month as a Beam pipeline: read JSON Lines, validate (bad lines to
 * {@code dead-letters*.jsonl}), evaluate and measure, write {@code mqm-report.json/.csv/.html}, the same
 * files as {@code cbp-medical mqm}. Runs on whichever runner {@code --runner} names and the class path holds
 * (README: "National scale").
 */
public final class MqmPipeline {
    private MqmPipeline() {}

    /**
     * Builds the pipeline of the options.
     *
     * @param options the options, not null
     * @return the pipeline, not run
     */
    public static Pipeline build(MqmPipelineOptions options) {
        Instant generatedAt = options.getGeneratedAt() == null ? Instant.now() : Instant.parse(options.getGeneratedAt());
        YearMonth month = options.getMonth() == null ? null : YearMonth.parse(options.getMonth());
        Instant asOf = options.getAsOf() != null ? Instant.parse(options.getAsOf())
                : month != null ? month.plusMonths(1).atDay(15).atStartOfDay(ZoneOffset.UTC).toInstant() : generatedAt;
        EvaluationSettings evaluation = EvaluationSettings.asOf(asOf);
        if (options.getRecordsThrough() != null) {
            evaluation = evaluation.withRecordsThrough(Instant.parse(options.getRecordsThrough()));
        }
        InvalidEpisodePolicy policy = InvalidEpisodePolicy.fromCode(options.getInvalidEpisodes().toLowerCase(Locale.ROOT));
        MeasureSettings settings = MeasureSettings.of(evaluation, generatedAt)
                .withPeriod(month == null ? MeasurementPeriod.unbounded() : MeasurementPeriod.ofMonth(month))
                .withInvalidEpisodes(policy)
                .withSuppressionThreshold(options.getSuppressBelow())
                .withHotKeyFanout(options.getHotKeyFanout());
        ValidationSettings validation = options.getCheckFutureTimes() ? ValidationSettings.at(generatedAt)
                : ValidationSettings.withoutFutureCheck();

        Pipeline pipeline = Pipeline.create(options); // also registers the file systems of the options
        PCollectionTuple measured = pipeline.apply("Read", ReadJsonLines.from(options.getInput()))
                .apply("Measure", MeasureReports.with(validation, settings));
        measured.get(MeasureReports.REPORT).apply("Write reports", WriteReportFiles.to(options.getOutput()));
        String deadLetters = FileSystems.matchNewResource(options.getOutput(), true)
                .resolve("dead-letters", StandardResolveOptions.RESOLVE_FILE).toString();
        measured.get(MeasureReports.DEAD_LETTERS)
                .apply("Dead letters as JSON", MapElements.into(TypeDescriptors.strings()).via(DeadLetter::toJson))
                .apply("Write dead letters", TextIO.write().to(deadLetters).withSuffix(".jsonl"));
        return pipeline;
    }

    /**
     * Runs the pipeline and waits for it.
     *
     * @param args Beam's options and {@link MqmPipelineOptions}'
     */
    public static void main(String[] args) {
        PipelineOptionsFactory.register(MqmPipelineOptions.class);
        MqmPipelineOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(MqmPipelineOptions.class);
        PipelineResult.State state = build(options).run().waitUntilFinish();
        if (state != PipelineResult.State.DONE) {
            throw new IllegalStateException("the pipeline ended " + state);
        }
    }
}
