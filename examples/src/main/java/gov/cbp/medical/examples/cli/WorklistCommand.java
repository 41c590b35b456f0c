package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.worklist.Task;
import gov.cbp.medical.rules.worklist.TaskGroup;
import gov.cbp.medical.rules.worklist.Worklist;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cbp-medical worklist}: what is overdue now and what falls due soon, by facility and hold room. */
@Command(name = "worklist", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Lists the tasks of a shift: every required act that is overdue at the instant, and every one that "
                    + "falls due within the horizon, most urgent first, grouped by facility and hold room.",
            "Only episodes still in custody at the instant contribute tasks."
        })
public final class WorklistCommand implements Callable<Integer> {
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
            description = "The instant of the worklist (UTC), such as the start of the shift.")
    private Instant asOf;

    @Mixin
    private RecordsThroughOption recordsThroughOption;

    @Option(names = "--horizon", paramLabel = "DURATION", defaultValue = "PT2H", converter = Converters.DurationConverter.class,
            description = "How far ahead to list tasks falling due: ISO-8601 (PT8H) or 90m, 8h, 2d (default: 2h).")
    private Duration horizon;

    @Option(names = "--facility", paramLabel = "ID", split = ",",
            description = "Only tasks at these facilities (default: all).")
    private List<String> facilities;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Episode files (.json, .jsonl, .ndjson), or - for standard input.")
    private List<String> files;

    @Override
    public Integer call() throws IOException {
        List<Input> inputs = Input.resolve(spec, files, parent.stdin(), inputOptions.inputFormat);
        Evaluator evaluator = Evaluator.of(standardsOptions.catalogue(spec));
        PayloadValidator validator = PayloadValidator.create();
        Set<String> only = facilities == null ? Set.of() : new TreeSet<>(facilities);
        Instant horizonEnd = asOf.plus(horizon);
        Instant through = recordsThroughOption.resolve(asOf);
        PrintWriter out = spec.commandLine().getOut();
        JsonGenerator g = null;
        if (format.isJson()) {
            g = JsonOutput.generator(out);
            g.writeStartObject();
            g.writeStringField("asOf", asOf.toString());
            g.writeStringField("recordsThrough", through.toString());
            g.writeStringField("horizon", horizon.toString());
            g.writeStringField("catalogue", standardsOptions.describe());
            g.writeArrayFieldStart("problems");
        }
        // Only the tasks are kept, never the episodes: memory grows with the worklist, not the input.
        List<EpisodeEvaluation> tasks = new ArrayList<>();
        long[] counts = new long[3]; // episodes, evaluated, invalid
        JsonGenerator json = g;
        try (Progress progress = progressOptions.start(spec, "episodes evaluated", files)) {
            for (Input input : inputs) {
                Episodes.read(input, validator, progress, record -> {
                    counts[0]++;
                    if (!record.result.isValid()) {
                        counts[2]++;
                        writeProblems(json, out, record, record.result.problems());
                    }
                    if (record.result.boundValue().isEmpty()) {
                        return;
                    }
                    counts[1]++;
                    CustodyEpisode episode = record.result.boundValue().get();
                    EpisodeEvaluation evaluation = evaluator.evaluate(episode, asOf, through);
                    if (!evaluation.problems().isEmpty()) {
                        // the evaluator failed on this episode: say so, as for a validation error
                        counts[2] += record.result.isValid() ? 1 : 0;
                        writeProblems(json, out, record, evaluation.problems());
                    }
                    List<Finding> due = new ArrayList<>();
                    for (Finding finding : evaluation.findings()) {
                        if (Worklist.isTask(finding, horizonEnd)
                                && (only.isEmpty() || finding.facilityId().map(only::contains).orElse(false))) {
                            due.add(finding);
                        }
                    }
                    if (!due.isEmpty()) {
                        tasks.add(EpisodeEvaluation.builder().episodeId(evaluation.episodeId()).asOf(asOf)
                                .recordsThrough(through).findings(due).build());
                    }
                });
            }
        }
        Worklist worklist = Worklist.from(tasks, asOf, through, horizon);
        long overdue = worklist.tasks().stream().filter(Task::isOverdue).count();
        if (g != null) {
            g.writeEndArray();
            g.writeArrayFieldStart("groups");
            for (TaskGroup group : worklist.groups()) {
                g.writeStartObject();
                JsonOutput.writeOptional(g, "facilityId", group.facilityId());
                JsonOutput.writeOptional(g, "holdRoom", group.holdRoom());
                g.writeArrayFieldStart("tasks");
                for (Task task : group.tasks()) {
                    FindingJson.write(g, task.finding());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("episodes", counts[0]);
            g.writeNumberField("evaluated", counts[1]);
            g.writeNumberField("invalid", counts[2]);
            g.writeNumberField("tasks", worklist.tasks().size());
            g.writeNumberField("overdue", overdue);
            g.writeNumberField("due", worklist.tasks().size() - overdue);
            g.writeEndObject();
            g.writeEndObject();
            JsonOutput.finish(g, out);
        } else {
            writeText(out, worklist, overdue);
        }
        out.flush();
        return overdue > 0 || counts[2] > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static void writeProblems(JsonGenerator g, PrintWriter out, Episodes.Record record, List<Problem> problems)
            throws IOException {
        String episodeId = record.result.boundValue().map(CustodyEpisode::episodeId).orElse(null);
        for (Problem p : problems) {
            if (g == null) {
                out.print(record.location() + ": " + p.severity().code() + " " + p.code() + " at "
                        + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message() + "\n");
            } else {
                g.writeStartObject();
                g.writeStringField("input", record.input.name());
                g.writeFieldName("problem");
                ValidateCommand.writeProblem(g, record.jsonLines ? record.line : null, episodeId, p);
                g.writeEndObject();
            }
        }
    }

    private void writeText(PrintWriter out, Worklist worklist, long overdue) {
        out.print("Worklist as of " + asOf + ", falling due within " + ReadableDuration.text(horizon) + ": "
                + ValidateCommand.plural(worklist.tasks().size(), "task") + ", " + overdue + " overdue.\n");
        if (!worklist.recordsThrough().equals(asOf)) {
            out.print("Records complete through " + worklist.recordsThrough() + ": tasks falling due later are listed as due.\n");
        }
        for (TaskGroup group : worklist.groups()) {
            out.print("\n" + group.facilityId().orElse("(facility unknown)") + ", hold room "
                    + group.holdRoom().orElse("unknown") + "\n");
            for (Task task : group.tasks()) {
                Finding f = task.finding();
                String when = task.isOverdue()
                        ? "overdue " + ReadableDuration.text(task.overdueBy().orElse(Duration.ZERO))
                        : "due in " + ReadableDuration.text(Duration.between(asOf, task.dueAt()));
                out.print(String.format("  %-16s %-9s %-24s %s%n", when, f.severity(), f.episodeId(), f.explanation()));
            }
        }
    }
}
