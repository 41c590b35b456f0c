package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.integrity.IntegrityFinding;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cbp-medical evaluate}: the findings of each episode against the standards. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Evaluates each episode against the standards as of an instant and lists its findings: for each "
                    + "required act, met, met-late, not-met, due, overdue, not-applicable, exempt or indeterminate, "
                    + "with the clause it rests on.",
            "Episodes with validation errors are evaluated where their data allows; unreadable ones are listed "
                    + "with their problems."
        })
public final class EvaluateCommand implements Callable<Integer> {
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

    @Option(names = "--as-of", paramLabel = "INSTANT", required = true, converter = Converters.InstantConverter.class,
            description = "The evaluation instant (UTC): later events are not seen, as a supervisor would have seen it then.")
    private Instant asOf;

    @Mixin
    private RecordsThroughOption recordsThroughOption;

    @Option(names = "--status", paramLabel = "STATUS", split = ",", converter = Converters.StatusConverter.class,
            description = "Print only findings with these statuses, e.g. not-met,overdue (default: all). "
                    + "Counts always include every finding.")
    private List<FindingStatus> statuses;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Episode files (.json, .jsonl, .ndjson), or - for standard input.")
    private List<String> files;

    @Override
    public Integer call() throws IOException {
        List<Input> inputs = Input.resolve(spec, files, parent.stdin(), inputOptions.inputFormat);
        Evaluator evaluator = Evaluator.of(standardsOptions.catalogue(spec));
        PayloadValidator validator = PayloadValidator.create();
        Set<FindingStatus> shown = statuses == null || statuses.isEmpty()
                ? EnumSet.allOf(FindingStatus.class) : EnumSet.copyOf(statuses);
        PrintWriter out = spec.commandLine().getOut();
        Summary summary = new Summary();
        Report report = format.isJson() ? new JsonReport(out, shown) : new TextReport(out, shown);
        Instant through = recordsThroughOption.resolve(asOf);
        report.begin(asOf, through, standardsOptions.describe());
        try (Progress progress = progressOptions.start(spec, "episodes evaluated", files)) {
            for (Input input : inputs) {
                Episodes.read(input, validator, progress, record -> {
                    EpisodeEvaluation evaluation = record.result.boundValue()
                            .map(episode -> evaluator.evaluate(episode, asOf, through)).orElse(null);
                    summary.add(record, evaluation);
                    report.episode(record, evaluation);
                });
            }
        }
        report.end(summary);
        out.flush();
        return summary.failures > 0 || summary.invalid > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Counts episodes and findings. */
    static final class Summary {
        long episodes;
        long evaluated;
        long invalid;
        long findings;
        long failures;
        final Map<FindingStatus, Long> byStatus = new EnumMap<>(FindingStatus.class);

        void add(Episodes.Record record, EpisodeEvaluation evaluation) {
            episodes++;
            boolean failed = evaluation != null && !evaluation.problems().isEmpty();
            if (!record.result.isValid() || failed) {
                invalid++;
            }
            if (evaluation != null && !failed) {
                evaluated++;
                for (Finding finding : evaluation.findings()) {
                    findings++;
                    byStatus.merge(finding.status(), 1L, Long::sum);
                    if (finding.status().isFailure()) {
                        failures++;
                    }
                }
            }
        }
    }

    /** The validation problems of an episode, then the evaluator's (a failure on this episode), if any. */
    static List<Problem> problems(Episodes.Record record, EpisodeEvaluation evaluation) {
        if (evaluation == null || evaluation.problems().isEmpty()) {
            return record.result.problems();
        }
        List<Problem> all = new java.util.ArrayList<>(record.result.problems());
        all.addAll(evaluation.problems());
        return all;
    }

    /** Writes the results as they come. */
    interface Report {
        void begin(Instant asOf, Instant recordsThrough, String catalogue) throws IOException;

        void episode(Episodes.Record record, EpisodeEvaluation evaluation) throws IOException;

        void end(Summary summary) throws IOException;
    }

    static String counts(Map<FindingStatus, Long> byStatus) {
        StringBuilder text = new StringBuilder();
        for (FindingStatus status : FindingStatus.values()) {
            Long n = byStatus.get(status);
            if (n != null) {
                text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(status.code());
            }
        }
        return text.length() == 0 ? "none" : text.toString();
    }

    static Map<FindingStatus, Long> countByStatus(List<Finding> findings) {
        Map<FindingStatus, Long> byStatus = new EnumMap<>(FindingStatus.class);
        for (Finding finding : findings) {
            byStatus.merge(finding.status(), 1L, Long::sum);
        }
        return byStatus;
    }

    /** Text for people: a header line per episode, then one line per finding. */
    static final class TextReport implements Report {
        private final PrintWriter out;
        private final Set<FindingStatus> shown;

        TextReport(PrintWriter out, Set<FindingStatus> shown) {
            this.out = out;
            this.shown = shown;
        }

        @Override
        public void begin(Instant asOf, Instant recordsThrough, String catalogue) {
            out.print("Evaluated as of " + asOf + " against " + catalogue + ".\n");
            if (!recordsThrough.equals(asOf)) {
                out.print("Records complete through " + recordsThrough + ": occurrences falling due later are due, not missed.\n");
            }
        }

        @Override
        public void episode(Episodes.Record record, EpisodeEvaluation evaluation) {
            String id = record.result.boundValue().map(CustodyEpisode::episodeId).orElse("(unreadable)");
            out.print("\n" + id + " (" + record.location() + ")");
            if (evaluation == null || !evaluation.problems().isEmpty()) {
                out.print(": not evaluated\n");
            } else {
                out.print(": " + ValidateCommand.plural(evaluation.findings().size(), "finding") + ": "
                        + counts(countByStatus(evaluation.findings())) + "\n");
            }
            for (Problem p : problems(record, evaluation)) {
                out.print("  " + p.severity().code() + " " + p.code() + " at "
                        + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message() + "\n");
            }
            if (evaluation != null) {
                for (Finding f : evaluation.findings()) {
                    if (shown.contains(f.status())) {
                        out.print(line(f) + "\n");
                    }
                }
                // concerns about evidence, not statuses: shown whatever --status says
                for (IntegrityFinding f : evaluation.integrityFindings()) {
                    out.print(String.format("  %-14s %s [%s %s: %s]%n", "concern", f.explanation(), f.standardId(),
                            f.standardVersion(), f.citation()));
                }
            }
        }

        static String line(Finding f) {
            return String.format("  %-14s %s [%s %s: %s]", f.status().code(), f.explanation(), f.standardId(),
                    f.standardVersion(), f.citation());
        }

        @Override
        public void end(Summary s) {
            out.print("\n" + ValidateCommand.plural(s.episodes, "episode") + ", " + s.evaluated + " evaluated, "
                    + s.invalid + " with errors; " + ValidateCommand.plural(s.findings, "finding") + ": "
                    + counts(s.byStatus) + "; " + s.failures + " not met or overdue.\n");
        }
    }

    /** JSON for programs, streamed. */
    static final class JsonReport implements Report {
        private final PrintWriter out;
        private final Set<FindingStatus> shown;
        private JsonGenerator g;

        JsonReport(PrintWriter out, Set<FindingStatus> shown) {
            this.out = out;
            this.shown = shown;
        }

        @Override
        public void begin(Instant asOf, Instant recordsThrough, String catalogue) throws IOException {
            g = JsonOutput.generator(out);
            g.writeStartObject();
            g.writeStringField("asOf", asOf.toString());
            g.writeStringField("recordsThrough", recordsThrough.toString());
            g.writeStringField("catalogue", catalogue);
            g.writeArrayFieldStart("episodes");
        }

        @Override
        public void episode(Episodes.Record record, EpisodeEvaluation evaluation) throws IOException {
            g.writeStartObject();
            g.writeStringField("input", record.input.name());
            if (record.jsonLines) {
                g.writeNumberField("line", record.line);
            }
            JsonOutput.writeOptional(g, "episodeId", record.result.boundValue().map(CustodyEpisode::episodeId));
            g.writeBooleanField("valid", record.result.isValid());
            g.writeBooleanField("evaluated", evaluation != null && evaluation.problems().isEmpty());
            g.writeArrayFieldStart("problems");
            for (Problem p : problems(record, evaluation)) {
                ValidateCommand.writeProblem(g, null, null, p);
            }
            g.writeEndArray();
            List<Finding> findings = evaluation == null ? List.of() : evaluation.findings();
            writeCounts(g, "counts", countByStatus(findings));
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                if (shown.contains(f.status())) {
                    FindingJson.write(g, f);
                }
            }
            g.writeEndArray();
            // only when there are some, like the evaluation's own JSON: most episodes have neither
            if (evaluation != null && !evaluation.integrityFindings().isEmpty()) {
                g.writeArrayFieldStart("integrityFindings");
                for (IntegrityFinding f : evaluation.integrityFindings()) {
                    FindingJson.write(g, f);
                }
                g.writeEndArray();
            }
            if (evaluation != null && !evaluation.unreadEvents().isEmpty()) {
                g.writeObjectFieldStart("unreadEvents");
                for (Map.Entry<String, Integer> unread : new TreeMap<>(evaluation.unreadEvents()).entrySet()) {
                    g.writeNumberField(unread.getKey(), unread.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        @Override
        public void end(Summary s) throws IOException {
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("episodes", s.episodes);
            g.writeNumberField("evaluated", s.evaluated);
            g.writeNumberField("invalid", s.invalid);
            g.writeNumberField("findings", s.findings);
            g.writeNumberField("failures", s.failures);
            writeCounts(g, "counts", s.byStatus);
            g.writeEndObject();
            g.writeEndObject();
            JsonOutput.finish(g, out);
        }

        static void writeCounts(JsonGenerator g, String field, Map<FindingStatus, Long> byStatus) throws IOException {
            g.writeObjectFieldStart(field);
            for (FindingStatus status : FindingStatus.values()) {
                if (status.code().equals("unknown")) {
                    continue;
                }
                g.writeNumberField(status.code(), byStatus.getOrDefault(status, 0L));
            }
            g.writeEndObject();
        }
    }
}
