package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import gov.cbp.medical.rules.measure.engine.MeasureAccumulator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.InputSummary;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportCsv;
import gov.cbp.medical.rules.measure.report.MeasureReportHtml;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import gov.cbp.medical.rules.measure.report.MeasureResult;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.measure.report.StratumResult;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cbp-medical mqm}: the Medical Quality Management reports, as JSON, CSV and HTML. */
@Command(name = "mqm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Runs the Medical Quality Management measures over episodes and writes the reports "
                    + "mqm-report.json, mqm-report.csv and mqm-report.html into a directory.",
            "Episodes count in the period by their book-in date at the book-in facility. Reports hold counts, "
                    + "rates and durations only, never a person; small cells are suppressed."
        })
public final class MqmCommand implements Callable<Integer> {
    /** The file names written into the output directory. */
    static final String JSON = "mqm-report.json";
    static final String CSV = "mqm-report.csv";
    static final String HTML = "mqm-report.html";

    @ParentCommand
    private CbpMedical parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProgressOptions progressOptions = new ProgressOptions();

    @Mixin
    private FormatOption format;

    @Mixin
    private InputOptions inputOptions;

    @Mixin
    private StandardsOptions standardsOptions;

    @ArgGroup(exclusive = true)
    private PeriodOptions period;

    /** The measurement period: a month, or a range of dates. */
    static final class PeriodOptions {
        @Option(names = "--month", paramLabel = "YYYY-MM", description = "Measure one calendar month, e.g. 2025-03.")
        String month;

        @ArgGroup(exclusive = false)
        Range range;
    }

    /** A range of dates, both inclusive. */
    static final class Range {
        @Option(names = "--from", paramLabel = "DATE", required = true, converter = Converters.DateConverter.class,
                description = "The first day measured (book-in date at the facility).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", required = true, converter = Converters.DateConverter.class,
                description = "The last day measured, inclusive.")
        LocalDate to;
    }

    @Option(names = "--suppress-below", paramLabel = "N", defaultValue = "11",
            description = "Suppress strata of fewer than N people or occurrences (default: ${DEFAULT-VALUE}, the CMS "
                    + "cell-size rule; 0 shows everything).")
    private int suppressBelow;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
            description = "The evaluation instant (default: --generated-at).")
    private Instant asOf;

    @Mixin
    private RecordsThroughOption recordsThroughOption;

    @Option(names = "--generated-at", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
            description = "The generation instant stamped on the reports (default: now); fix it for reproducible reports.")
    private Instant generatedAt;

    @Option(names = "--measures", paramLabel = "FILE",
            description = "Use this measure set instead of the bundled baseline (see docs/measures.md).")
    private Path measures;

    @Option(names = "--invalid-episodes", paramLabel = "POLICY", defaultValue = "measure",
            description = "Episodes with validation errors that could still be read: measure (where their data "
                    + "allows, and count them) or reject (default: ${DEFAULT-VALUE}).")
    private String invalidEpisodes;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for JSON Lines (default: the processors, at most 4).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The directory to write the reports into (created if needed).")
    private Path out;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Episode files (.json, .jsonl, .ndjson), or - for standard input.")
    private List<String> files;

    @Override
    public Integer call() throws IOException {
        MeasurementPeriod measured = period();
        InvalidEpisodePolicy policy = policy();
        int workers = threads == null ? Math.min(4, Runtime.getRuntime().availableProcessors()) : threads;
        if (workers < 1 || suppressBelow < 0) {
            throw new ParameterException(spec.commandLine(), workers < 1 ? "--threads must be at least 1"
                    : "--suppress-below must not be negative");
        }
        List<Input> inputs = Input.resolve(spec, files, parent.stdin(), inputOptions.inputFormat);
        MeasureSet measureSet = measureSet();
        // Only the requirements the measures reference: the report is the same, the run faster.
        Catalogue catalogue = standardsOptions.catalogue(spec);
        Evaluator evaluator = Evaluator.of(catalogue).restrictedTo(measureSet.requirementIds());
        Instant generated = generatedAt == null ? Instant.now() : generatedAt;
        Instant evaluatedAt = asOf == null ? generated : asOf;
        Instant through = recordsThroughOption.resolve(evaluatedAt);
        OutputFiles.directory(out);

        MeasureEngine engine = MeasureEngine.builder().measureSet(measureSet).catalogue(catalogue)
                .evaluator(episode -> evaluator.evaluate(episode, evaluatedAt, through))
                .period(measured).invalidEpisodes(policy).build();
        MeasureAccumulator total;
        try (Progress progress = progressOptions.start(spec, "episodes read", files)) {
            total = MeasureInputs.measure(inputs, engine, workers, progress);
        }
        MeasureReport report = total.report(ReportSettings.builder().generatedAt(generated)
                .suppressionThreshold(suppressBelow).libraryVersion(VersionProvider.version()).build());
        Path json = out.resolve(JSON);
        Path csv = out.resolve(CSV);
        Path html = out.resolve(HTML);
        OutputFiles.write(json, stream -> MeasureReportJson.write(report, stream));
        OutputFiles.write(csv, stream -> writeText(stream, writer -> MeasureReportCsv.write(report, writer)));
        OutputFiles.write(html, stream -> writeText(stream, writer -> MeasureReportHtml.write(report, writer)));

        PrintWriter printer = spec.commandLine().getOut();
        if (format.isJson()) {
            writeJson(printer, report, json, csv, html, evaluatedAt);
        } else {
            writeText(printer, report, json, csv, html, evaluatedAt);
        }
        printer.flush();
        InputSummary input = report.input();
        return input.episodesRejected() > 0 || input.episodesMeasuredWithErrors() > 0 || input.episodesNotEvaluated() > 0
                ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private MeasurementPeriod period() {
        return period(spec, period);
    }

    /** The period the options give (unbounded without them); shared with {@code explain}. */
    static MeasurementPeriod period(CommandSpec spec, PeriodOptions period) {
        if (period == null) {
            return MeasurementPeriod.unbounded();
        }
        if (period.month != null) {
            try {
                return MeasurementPeriod.ofMonth(YearMonth.parse(period.month));
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(),
                        "Invalid value for option '--month': '" + period.month + "' is not a month; expected YYYY-MM");
            }
        }
        if (period.range.to.isBefore(period.range.from)) {
            throw new ParameterException(spec.commandLine(), "--to must not be before --from");
        }
        return MeasurementPeriod.of(period.range.from, period.range.to.plusDays(1));
    }

    private InvalidEpisodePolicy policy() {
        try {
            return InvalidEpisodePolicy.fromCode(invalidEpisodes.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--invalid-episodes': '"
                    + invalidEpisodes + "'; expected measure or reject");
        }
    }

    private MeasureSet measureSet() throws IOException {
        return measureSet(spec, measures);
    }

    /** The measure set of {@code --measures}, or the baseline; shared with {@code explain}. */
    static MeasureSet measureSet(CommandSpec spec, Path measures) throws IOException {
        if (measures == null) {
            return MeasureSetReader.baseline();
        }
        if (!Files.isRegularFile(measures) || !Files.isReadable(measures)) {
            throw CliFailure.io(measures + (Files.exists(measures) ? ": cannot be read" : ": no such file"));
        }
        ValidationResult<MeasureSet> result = MeasureSetReader.create().read(measures);
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : result.problems()) {
            err.println(measures + ": " + p.severity().code() + " " + p.code() + " at "
                    + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message());
        }
        err.flush();
        return result.value().orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
                measures + " has errors (listed above); nothing was measured"));
    }

    /** Writes text through a UTF-8 writer that is flushed but leaves the stream to its owner. */
    private static void writeText(java.io.OutputStream stream, TextContent content) throws IOException {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        content.write(writer);
        writer.flush();
    }

    @FunctionalInterface
    private interface TextContent {
        void write(Writer writer) throws IOException;
    }

    private void writeText(PrintWriter printer, MeasureReport report, Path json, Path csv, Path html, Instant evaluatedAt) {
        InputSummary input = report.input();
        printer.print("MQM reports for " + describe(report.stamp().period()) + ", evaluated as of " + evaluatedAt
                + ", generated at " + report.stamp().generatedAt() + ":\n");
        report.stamp().recordsThrough().filter(through -> !through.equals(evaluatedAt)).ifPresent(through -> printer.print(
                "Records complete through " + through + ": occurrences falling due later are not counted missed.\n"));
        printer.print("  " + html + "\n  " + csv + "\n  " + json + "\n");
        printer.print(input.linesRead() > 0 ? ValidateCommand.plural(input.linesRead(), "line") + " read, " : "");
        printer.print(ValidateCommand.plural(input.episodesMeasured(), "episode") + " measured, "
                + input.episodesOutsidePeriod() + " outside the period, " + input.episodesRejected() + " rejected, "
                + input.episodesMeasuredWithErrors() + " measured with errors"
                + (input.episodesNotEvaluated() > 0 ? ", " + input.episodesNotEvaluated() + " not evaluated" : "") + "; "
                + ValidateCommand.plural(report.facilities().size(), "facility", "facilities") + ".\n\n");
        for (MeasureResult measure : report.measures()) {
            printer.print(String.format("  %-28s %-12s %s%n", measure.id(), headline(measure), measure.title()));
        }
    }

    private static String describe(MeasurementPeriod period) {
        return period.isUnbounded() ? "all dates" : period.toString();
    }

    /** The total's headline: a rate, a median, or why there is none. */
    static String headline(MeasureResult measure) {
        StratumResult total = measure.total();
        if (total.suppressed()) {
            return "suppressed";
        }
        if (measure.scoring() == Scoring.CONTINUOUS_VARIABLE) {
            return total.observation().flatMap(o -> o.median().map(m -> "median " + m + unit(o.unit().code())))
                    .orElse("no data");
        }
        return total.rate().map(rate -> String.format(Locale.ROOT, "%.1f%%", rate * 100)).orElse("no data");
    }

    private static String unit(String code) {
        switch (code) {
            case "minutes":
                return "m";
            case "hours":
                return "h";
            default:
                return "d";
        }
    }

    private void writeJson(PrintWriter printer, MeasureReport report, Path json, Path csv, Path html,
            Instant evaluatedAt) throws IOException {
        InputSummary input = report.input();
        JsonGenerator g = JsonOutput.generator(printer);
        g.writeStartObject();
        g.writeObjectFieldStart("reports");
        g.writeStringField("json", json.toString());
        g.writeStringField("csv", csv.toString());
        g.writeStringField("html", html.toString());
        g.writeEndObject();
        g.writeStringField("period", report.stamp().period().toString());
        g.writeStringField("asOf", evaluatedAt.toString());
        g.writeStringField("recordsThrough", report.stamp().recordsThrough().orElse(evaluatedAt).toString());
        g.writeStringField("generatedAt", report.stamp().generatedAt().toString());
        g.writeNumberField("suppressBelow", report.stamp().suppressionThreshold());
        g.writeObjectFieldStart("input");
        g.writeNumberField("linesRead", input.linesRead());
        g.writeNumberField("episodesRead", input.episodesRead());
        g.writeNumberField("episodesMeasured", input.episodesMeasured());
        g.writeNumberField("episodesOutsidePeriod", input.episodesOutsidePeriod());
        g.writeNumberField("episodesRejected", input.episodesRejected());
        g.writeNumberField("episodesMeasuredWithErrors", input.episodesMeasuredWithErrors());
        g.writeNumberField("episodesNotEvaluated", input.episodesNotEvaluated());
        g.writeEndObject();
        g.writeArrayFieldStart("measures");
        for (MeasureResult measure : report.measures()) {
            StratumResult total = measure.total();
            g.writeStartObject();
            g.writeStringField("id", measure.id());
            g.writeStringField("version", measure.version());
            g.writeStringField("title", measure.title());
            g.writeStringField("scoring", measure.scoring().code());
            g.writeBooleanField("suppressed", total.suppressed());
            writeLong(g, "initialPopulation", total.initialPopulation());
            writeLong(g, "denominator", total.netDenominator());
            writeLong(g, "numerator", total.netNumerator());
            if (total.rate().isPresent() && !total.suppressed()) {
                g.writeNumberField("rate", total.rate().get());
            } else {
                g.writeNullField("rate");
            }
            writeLong(g, "median", total.observation().flatMap(o -> o.median()));
            JsonOutput.writeOptional(g, "unit", measure.unit().map(u -> u.code()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        JsonOutput.finish(g, printer);
    }

    private static void writeLong(JsonGenerator g, String field, java.util.Optional<Long> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }
}
