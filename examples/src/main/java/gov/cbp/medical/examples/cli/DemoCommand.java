package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
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
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cbp-medical demo}: the whole job on a synthetic month, as a user would run it. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Runs the whole job on synthetic data: generates a month of custody episodes for several facilities, "
                    + "validates them, evaluates them against the standards, writes the MQM reports, and prints "
                    + "where everything is.",
            "No real person appears: all data is generated."
        })
public final class DemoCommand implements Callable<Integer> {
    /** The share of generated episodes given one record-integrity pattern (docs/decisions.md). */
    static final double INTEGRITY_PATTERN_SHARE = 0.03;

    static final String EPISODES = "episodes.jsonl";

    @Spec
    private CommandSpec spec;

    @Mixin
    private FormatOption format;

    @Mixin
    private ProgressOptions progressOptions = new ProgressOptions();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cbp-medical-demo",
            description = "The directory to write into, created if needed (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--month", paramLabel = "YYYY-MM", defaultValue = "2025-03",
            description = "The month to generate (default: ${DEFAULT-VALUE}).")
    private String month;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--facilities", paramLabel = "N", defaultValue = "4",
            description = "Facilities (default: ${DEFAULT-VALUE}).")
    private int facilities;

    @Option(names = "--per-day", paramLabel = "N", defaultValue = "10",
            description = "Mean arrivals per facility on an ordinary day (default: ${DEFAULT-VALUE}).")
    private double perDay;

    @Option(names = "--suppress-below", paramLabel = "N", defaultValue = "0",
            description = "Suppress strata of fewer than N people or occurrences (default: ${DEFAULT-VALUE}: the data "
                    + "are synthetic, so every figure shows; 11 suppresses as mqm does by default).")
    private int suppressBelow;

    @Option(names = "--generated-at", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
            description = "The generation instant stamped on the reports (default: now); fix it for reproducible reports.")
    private Instant generatedAt;

    private static String first(String a, String b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    @Override
    public Integer call() throws IOException {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--month': '" + month + "' is not a month; expected YYYY-MM");
        }
        if (suppressBelow < 0) {
            throw new ParameterException(spec.commandLine(), "--suppress-below must not be negative");
        }
        // The demo plants record-integrity patterns, so that the integrity measures have something to show.
        GeneratorSettings settings = GenerateCommand.settings(spec, seed, facilities, yearMonth.lengthOfMonth(), perDay,
                yearMonth.atDay(1)).toBuilder().integrityPatternShare(INTEGRITY_PATTERN_SHARE).build();
        // Every stay ends within 14 days: a fortnight after the month, each episode is closed and final.
        Instant asOf = yearMonth.plusMonths(1).atDay(15).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant generated = generatedAt == null ? Instant.now() : generatedAt;
        OutputFiles.directory(out);
        Path episodes = out.resolve(EPISODES);

        // 1. Generate.
        EpisodeGenerator generator = EpisodeGenerator.of(settings);
        // The generated records end with the month (at local midnight of each facility; open episodes have no later
        // event): judged in mid-April, they are complete only through the earliest of those midnights.
        Instant recordsThrough = recordsThrough(yearMonth, generator.facilities());
        long[] generatedCount = new long[1];
        try (Progress progress = progressOptions.start(spec, "1/4 episodes generated", List.of())) {
            OutputFiles.write(episodes, stream -> generatedCount[0] = generator.writeJsonLines(new LineCountingOutput(stream, progress)));
        }

        // 2-4. Validate, evaluate and measure in one streaming pass; each episode is evaluated once, on worker
        // threads, and its findings are tallied as they are made.
        Evaluator evaluator = Evaluator.of(Catalogue.baseline());
        Map<FindingStatus, LongAdder> byStatus = new ConcurrentHashMap<>();
        Map<String, LongAdder> failuresByRequirement = new ConcurrentHashMap<>();
        // an episode to explain under "Try next": the first by id with a birth, whichever thread sees it
        AtomicReference<String> withBirth = new AtomicReference<>();
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline()).catalogue(Catalogue.baseline())
                .evaluator(episode -> {
                    EpisodeEvaluation evaluation = evaluator.evaluate(episode, asOf, recordsThrough);
                    if (!episode.eventsOf(Birth.class).isEmpty()) {
                        withBirth.accumulateAndGet(episode.episodeId(), DemoCommand::first);
                    }
                    for (Finding finding : evaluation.findings()) {
                        byStatus.computeIfAbsent(finding.status(), k -> new LongAdder()).increment();
                        if (finding.status().isFailure()) {
                            failuresByRequirement.computeIfAbsent(finding.requirementId(), k -> new LongAdder()).increment();
                        }
                    }
                    return evaluation;
                })
                .period(MeasurementPeriod.ofMonth(yearMonth))
                .invalidEpisodes(InvalidEpisodePolicy.REJECT) // so that every invalid line is counted as rejected
                .build();
        MeasureAccumulator accumulator;
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        // The file's size is known now: progress shows the share read and the time left.
        try (Progress progress = progressOptions.start(spec, "2-4/4 episodes validated, evaluated and measured",
                        List.of(episodes.toString()));
                InputStream in = new LineCounting(progress.counting(Files.newInputStream(episodes)), progress)) {
            accumulator = engine.runLinesParallel(in, PayloadValidator.create(), threads);
        }
        MeasureReport report = accumulator.report(ReportSettings.builder().generatedAt(generated)
                .suppressionThreshold(suppressBelow).libraryVersion(VersionProvider.version()).build());
        Path json = out.resolve(MqmCommand.JSON);
        Path csv = out.resolve(MqmCommand.CSV);
        Path html = out.resolve(MqmCommand.HTML);
        OutputFiles.write(json, stream -> MeasureReportJson.write(report, stream));
        OutputFiles.write(csv, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            MeasureReportCsv.write(report, writer);
            writer.flush();
        });
        OutputFiles.write(html, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            MeasureReportHtml.write(report, writer);
            writer.flush();
        });

        Map<FindingStatus, Long> counts = new EnumMap<>(FindingStatus.class);
        byStatus.forEach((status, n) -> counts.put(status, n.sum()));
        List<Map.Entry<String, Long>> worst = new ArrayList<>();
        failuresByRequirement.forEach((id, n) -> worst.add(Map.entry(id, n.sum())));
        worst.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long findings = counts.values().stream().mapToLong(Long::longValue).sum();
        InputSummary input = report.input();
        long invalid = input.episodesRejected();
        long valid = input.linesRead() - invalid;
        PrintWriter printer = spec.commandLine().getOut();
        if (format.isJson()) {
            JsonGenerator g = JsonOutput.generator(printer);
            g.writeStartObject();
            g.writeStringField("out", out.toString());
            g.writeStringField("month", yearMonth.toString());
            g.writeNumberField("seed", seed);
            g.writeNumberField("facilities", facilities);
            g.writeObjectFieldStart("episodes");
            g.writeStringField("file", episodes.toString());
            g.writeNumberField("count", generatedCount[0]);
            g.writeNumberField("valid", valid);
            g.writeNumberField("invalid", invalid);
            g.writeEndObject();
            g.writeObjectFieldStart("evaluation");
            g.writeStringField("asOf", asOf.toString());
            g.writeStringField("recordsThrough", recordsThrough.toString());
            g.writeNumberField("findings", findings);
            EvaluateCommand.JsonReport.writeCounts(g, "counts", counts);
            g.writeObjectFieldStart("failuresByRequirement");
            for (Map.Entry<String, Long> entry : worst) {
                g.writeNumberField(entry.getKey(), entry.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("reports");
            g.writeStringField("generatedAt", generated.toString());
            g.writeStringField("json", json.toString());
            g.writeStringField("csv", csv.toString());
            g.writeStringField("html", html.toString());
            g.writeEndObject();
            g.writeEndObject();
            JsonOutput.finish(g, printer);
        } else {
            printer.print("cbp-medical demo: a synthetic month (" + yearMonth + ") at " + settings.facilities()
                    + " facilities, seed " + seed + ". No real person appears.\n\n");
            printer.print("1. Generated  " + ValidateCommand.plural(generatedCount[0], "episode") + " -> " + episodes + "\n");
            printer.print("2. Validated  " + valid + " valid, " + invalid + " invalid\n");
            printer.print("3. Evaluated  as of " + asOf + ", records complete through " + recordsThrough + ": "
                    + ValidateCommand.plural(findings, "finding") + ": " + EvaluateCommand.counts(counts) + "\n");
            if (!worst.isEmpty()) {
                StringBuilder text = new StringBuilder();
                for (Map.Entry<String, Long> entry : worst.subList(0, Math.min(5, worst.size()))) {
                    text.append(text.length() == 0 ? "" : ", ").append(entry.getKey()).append(" (").append(entry.getValue()).append(')');
                }
                printer.print("             most often not met or overdue: " + text + "\n");
            }
            printer.print("4. Measured   " + report.input().episodesMeasured() + " episodes booked in during " + yearMonth
                    + ", " + report.measures().size() + " MQM measures:\n");
            for (MeasureResult measure : report.measures()) {
                printer.print(String.format("               %-28s %-12s %s%n", measure.id(), MqmCommand.headline(measure),
                        measure.title()));
            }
            printer.print("\nReports:\n  " + html + "   (open it in a browser)\n  " + csv + "\n  " + json + "\n");
            String file = episodes.toString();
            Instant midMonth = yearMonth.atDay(15).atTime(12, 0).toInstant(ZoneOffset.UTC);
            printer.print("\nTry next:\n"
                    + "  ./cbp-medical worklist --as-of " + midMonth + " --horizon 2h " + file + "\n"
                    + "  ./cbp-medical evaluate --as-of " + asOf + " --records-through " + recordsThrough
                    + " --status not-met,overdue " + file + "\n"
                    + "  ./cbp-medical standards list --requirements\n"
                    + "  ./cbp-medical verify --report " + json + " " + file + "\n"
                    + (withBirth.get() == null ? "" : "  ./cbp-medical explain --as-of " + asOf
                            + " --records-through " + recordsThrough + " --month " + yearMonth
                            + " --measure MQM-NEWBORN-RELEASE-24H,MQM-PREGNANT-TRACKED " + withBirth.get() + " " + file
                            + "\n"));
        }
        printer.flush();
        return invalid > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The end of a month: the earliest local midnight starting the next month at any of the facilities. */
    static Instant recordsThrough(YearMonth month, List<Facility> facilities) {
        Instant earliest = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean first = true;
        for (Facility facility : facilities) {
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(facility.timeZone()).toInstant();
            earliest = first || end.isBefore(earliest) ? end : earliest;
            first = false;
        }
        return earliest;
    }
}
