package gov.cbp.medical.beam;

import gov.cbp.medical.beam.evaluate.EvaluationSettings;
import gov.cbp.medical.beam.measure.MeasureReports;
import gov.cbp.medical.beam.measure.MeasureSettings;
import gov.cbp.medical.beam.measure.WriteReportFiles;
import gov.cbp.medical.beam.read.ReadJsonLines;
import gov.cbp.medical.beam.validate.DeadLetter;
import gov.cbp.medical.beam.validate.ValidationSettings;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Shared inputs and runs: a generated month as JSON Lines, the single-process report, the pipeline's. */
public final class BeamFixtures {
    public static final YearMonth MONTH = YearMonth.of(2026, 3);
    public static final Instant AS_OF = Instant.parse("2026-04-15T00:00:00Z");
    public static final Instant GENERATED_AT = Instant.parse("2026-04-16T08:30:00Z");
    public static final ValidationSettings VALIDATION = ValidationSettings.at(Instant.parse("2026-04-16T00:00:00Z"));
    /** Lines that are not valid episodes, appended to the month: unreadable, wrong type, empty object. */
    public static final List<String> BAD_LINES = List.of("{\"episodeId\": 3", "not json at all", "{}", "[1, 2]");

    private BeamFixtures() {}

    /**
     * JSON Lines of a generated month.
     *
     * @param seed the generator's seed
     * @param facilities the number of facilities
     * @param perDay arrivals per facility per day
     * @return the lines, without terminators
     */
    public static List<String> month(long seed, int facilities, double perDay) {
        GeneratorSettings settings = GeneratorSettings.builder().seed(seed).facilities(facilities)
                .startDate(MONTH.atDay(1)).days(MONTH.lengthOfMonth()).arrivalsPerFacilityPerDay(perDay).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EpisodeGenerator.of(settings).writeJsonLines(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n")));
        lines.removeIf(String::isBlank);
        return lines;
    }

    public static MeasureSettings settings(InvalidEpisodePolicy policy) {
        return MeasureSettings.of(EvaluationSettings.asOf(AS_OF), GENERATED_AT)
                .withPeriod(MeasurementPeriod.ofMonth(MONTH)).withInvalidEpisodes(policy).withLibraryVersion("test");
    }

    public static Path write(Path file, List<String> lines, String terminator) throws IOException {
        Files.writeString(file, String.join(terminator, lines) + (lines.isEmpty() ? "" : terminator), StandardCharsets.UTF_8);
        return file;
    }

    /** The single-process engine's report over one file, validated as the pipeline validates. */
    public static MeasureReport engineReport(MeasureSettings settings, Path file) throws IOException {
        MeasureEngine engine = settings.engine();
        PayloadValidator validator = VALIDATION.validator();
        try (InputStream in = Files.newInputStream(file)) {
            return engine.runLines(in, validator).report(settings.reportSettings());
        }
    }

    /** The three report files as the command line writes them. */
    public static Map<String, byte[]> files(MeasureReport report) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of(WriteReportFiles.JSON, WriteReportFiles.CSV, WriteReportFiles.HTML)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WriteReportFiles.write(report, name, out);
            files.put(name, out.toByteArray());
        }
        return files;
    }

    /** DirectRunner options with a target parallelism. */
    public static org.apache.beam.runners.direct.DirectOptions options(int parallelism) {
        org.apache.beam.runners.direct.DirectOptions options =
                org.apache.beam.sdk.options.PipelineOptionsFactory.as(org.apache.beam.runners.direct.DirectOptions.class);
        options.setRunner(org.apache.beam.runners.direct.DirectRunner.class);
        options.setTargetParallelism(parallelism);
        return options;
    }

    /** Reads, validates and measures a file pattern, writing the report files and the dead letters into a directory. */
    public static PipelineResult run(PipelineOptions options, String filepattern, MeasureSettings settings, Path out) {
        Pipeline pipeline = Pipeline.create(options);
        PCollectionTuple measured = pipeline.apply("Read", ReadJsonLines.from(filepattern))
                .apply("Measure", MeasureReports.with(VALIDATION, settings));
        measured.get(MeasureReports.REPORT).apply("Write", WriteReportFiles.to(out.toString()));
        measured.get(MeasureReports.DEAD_LETTERS)
                .apply("Dead letters as JSON", MapElements.into(TypeDescriptors.strings()).via(DeadLetter::toJson))
                .apply("Write dead letters", TextIO.write().to(out.resolve("dead-letters").toString()).withSuffix(".jsonl"));
        PipelineResult result = pipeline.run();
        result.waitUntilFinish();
        return result;
    }

    /** The lines a run validated, by Beam's counter (attempted: the DirectRunner does not retry). */
    public static long linesValidated(PipelineResult result) {
        MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(ValidationSettings.class, ValidationSettings.LINES_VALIDATED)).build());
        long total = 0;
        for (MetricResult<Long> counter : metrics.getCounters()) {
            total += counter.getAttempted();
        }
        return total;
    }

    /** The report files a run wrote. */
    public static Map<String, byte[]> written(Path out) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of(WriteReportFiles.JSON, WriteReportFiles.CSV, WriteReportFiles.HTML)) {
            files.put(name, Files.readAllBytes(out.resolve(name)));
        }
        return files;
    }

    /** The dead letters a run wrote, one JSON text per line, sorted. */
    public static List<String> deadLetters(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().startsWith("dead-letters"))::iterator) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        lines.removeIf(String::isEmpty);
        lines.sort(null);
        return lines;
    }

}
