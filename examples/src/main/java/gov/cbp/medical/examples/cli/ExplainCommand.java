package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.EpisodeExplanation;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.engine.MeasureExplanation;
import gov.cbp.medical.rules.measure.engine.MemberExplanation;
import gov.cbp.medical.rules.measure.engine.PopulationExplanation;
import gov.cbp.medical.rules.standard.Catalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * {@code cbp-medical explain}: why one episode counts where it does in each MQM measure (the command-line face
 * of {@link MeasureEngine#explain(CustodyEpisode)}). Only the episode id and ids and codes defined by the
 * library appear: never the subject id, a name, an A-number, a date of birth or a note.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Explains why one episode counts where it does in each MQM measure: for each measure, the findings "
                    + "it rests on, and for each finding (or the episode) the populations it is in or not in, why, "
                    + "the event ids behind it, its observation and its strata.",
            "The episode is found by its id in the files; it is evaluated as of --as-of, with records complete "
                    + "through --records-through, and counted in the period as mqm would count it."
        })
public final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    private CbpMedical parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FormatOption format;

    @Mixin
    private InputOptions inputOptions;

    @Mixin
    private StandardsOptions standardsOptions;

    @ArgGroup(exclusive = true)
    private MqmCommand.PeriodOptions period;

    @Option(names = "--as-of", paramLabel = "INSTANT", required = true, converter = Converters.InstantConverter.class,
            description = "The evaluation instant (UTC), as given to mqm.")
    private Instant asOf;

    @Mixin
    private RecordsThroughOption recordsThroughOption;

    @Option(names = "--measure", paramLabel = "ID", split = ",",
            description = "Explain only these measures, e.g. MQM-PREGNANT-TRACKED (default: every measure).")
    private List<String> only;

    @Option(names = "--measures", paramLabel = "FILE",
            description = "Use this measure set instead of the bundled baseline (see docs/measures.md).")
    private Path measures;

    @Parameters(index = "0", paramLabel = "EPISODE_ID", description = "The id of the episode to explain.")
    private String episodeId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = "Episode files (.json, .jsonl, .ndjson), or - for standard input.")
    private List<String> files;

    @Override
    public Integer call() throws IOException {
        MeasurementPeriod measured = MqmCommand.period(spec, period);
        List<Input> inputs = Input.resolve(spec, files, parent.stdin(), inputOptions.inputFormat);
        MeasureSet measureSet = MqmCommand.measureSet(spec, measures);
        Set<String> shown = shownMeasures(measureSet);
        // as mqm builds it, so that the episode counts here as it counts there (integrity measures included)
        Catalogue catalogue = standardsOptions.catalogue(spec);
        Evaluator evaluator = Evaluator.of(catalogue).restrictedTo(measureSet.requirementIds());
        Instant through = recordsThroughOption.resolve(asOf);
        MeasureEngine engine = MeasureEngine.builder().measureSet(measureSet).catalogue(catalogue)
                .evaluator(episode -> evaluator.evaluate(episode, asOf, through)).period(measured).build();

        PayloadValidator validator = PayloadValidator.create();
        List<Episodes.Record> found = new ArrayList<>(1);
        try (Progress progress = Progress.start(spec.commandLine().getErr(), "episodes read")) {
            for (Input input : inputs) {
                Episodes.read(input, validator, progress, record -> {
                    if (record.result.boundValue().map(e -> e.episodeId().equals(episodeId)).orElse(false)) {
                        found.add(record);
                    }
                });
            }
        }
        if (found.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no episode with id '" + episodeId + "' in "
                    + String.join(", ", files) + " (the id is matched exactly; unreadable episodes have none)");
        }
        Episodes.Record record = found.get(0);
        EpisodeExplanation explanation = engine.explain(record.result.boundValue().orElseThrow());
        List<MeasureExplanation> explained = new ArrayList<>();
        for (MeasureExplanation measure : explanation.measures()) {
            if (shown.contains(measure.measureId())) {
                explained.add(measure);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        String measureSetName = measureSet.id() + " " + measureSet.version();
        if (format.isJson()) {
            writeJson(out, record, found.size(), explanation, explained, measured, measureSetName);
        } else {
            writeText(out, record, found.size(), explanation, explained, measured, measureSetName);
        }
        out.flush();
        return record.result.isValid() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private Set<String> shownMeasures(MeasureSet measureSet) {
        Set<String> known = new LinkedHashSet<>();
        for (MeasureDefinition definition : measureSet.measures()) {
            known.add(definition.id());
        }
        if (only == null || only.isEmpty()) {
            return known;
        }
        for (String id : only) {
            if (!known.contains(id)) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--measure': '" + id
                        + "' is not a measure of " + measureSet.id() + "; see docs/measures.md");
            }
        }
        return new LinkedHashSet<>(only);
    }

    private void writeText(PrintWriter out, Episodes.Record record, int matches, EpisodeExplanation explanation,
            List<MeasureExplanation> measures, MeasurementPeriod measured, String measureSetName) {
        out.print("Episode " + explanation.episodeId() + " (" + record.location() + "), evaluated as of "
                + explanation.evaluatedAsOf() + " against " + standardsOptions.describe() + ", measured by "
                + measureSetName + " for " + (measured.isUnbounded() ? "all dates" : measured.toString()) + ".\n");
        if (!explanation.recordsThrough().equals(explanation.evaluatedAsOf())) {
            out.print("Records complete through " + explanation.recordsThrough()
                    + ": occurrences falling due later are due, not missed.\n");
        }
        out.print("Booked in at " + explanation.bookInFacilityId() + " on " + explanation.bookInLocalDate()
                + " (facility time): " + (explanation.counted() ? "counted" : "not counted") + "; "
                + explanation.periodNote() + ".\n");
        if (matches > 1) {
            out.print("Note: " + matches + " episodes have this id; the first is explained.\n");
        }
        for (Problem p : record.result.problems()) {
            out.print("  " + p.severity().code() + " " + p.code() + " at "
                    + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message() + "\n");
        }
        for (MeasureExplanation measure : measures) {
            out.print("\n" + measure.measureId() + " " + measure.version() + "  " + measure.title() + "\n");
            out.print("  " + measure.basis().code() + " basis, " + measure.scoring().code() + "; requirements "
                    + String.join(", ", measure.requirementIds()) + "; " + measure.note() + "\n");
            for (MemberExplanation member : measure.members()) {
                if (member.finding().isPresent()) {
                    Finding f = member.finding().get();
                    out.print("  - finding " + f.requirementId() + " " + f.status().code() + ": " + f.explanation() + "\n");
                    out.print("    events: trigger " + ids(f.triggerEventIds()) + "; evidence "
                            + ids(f.evidenceEventIds()) + "\n");
                } else {
                    out.print("  - the episode\n");
                    out.print("    findings: " + findingSummary(measure.findings()) + "\n");
                }
                for (PopulationExplanation population : member.populations()) {
                    out.print(String.format("    %-22s %-3s %s%n", population.population().code(),
                            population.member() ? "in" : "out", String.join("; ", population.reasons())));
                }
                member.observation().ifPresent(d -> out.print("    observation " + d + "\n"));
                out.print("    strata " + strata(member.strata()) + "\n");
            }
        }
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "(none)" : String.join(", ", ids);
    }

    /** The findings by requirement and status, with their evidence when a group is small (JSON lists them all). */
    private static String findingSummary(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "(none)";
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(f.requirementId() + " " + f.status().code(), k -> new ArrayList<>()).add(f);
        }
        StringBuilder text = new StringBuilder();
        groups.forEach((group, members) -> {
            text.append(text.length() == 0 ? "" : ", ").append(group);
            if (members.size() > 1) {
                text.append(" x").append(members.size());
            }
            List<String> evidence = new ArrayList<>();
            members.forEach(f -> evidence.addAll(f.evidenceEventIds()));
            if (!evidence.isEmpty() && members.size() <= 3) {
                text.append(" [").append(String.join(" ", evidence)).append(']');
            }
        });
        return text.toString();
    }

    private static String strata(Map<String, List<String>> strata) {
        StringBuilder text = new StringBuilder();
        strata.forEach((id, key) -> text.append(text.length() == 0 ? "" : ", ").append(id).append('=')
                .append(String.join("/", key)));
        return text.toString();
    }

    private void writeJson(PrintWriter out, Episodes.Record record, int matches, EpisodeExplanation explanation,
            List<MeasureExplanation> measures, MeasurementPeriod measured, String measureSetName) throws IOException {
        JsonGenerator g = JsonOutput.generator(out);
        g.writeStartObject();
        g.writeStringField("episodeId", explanation.episodeId());
        g.writeStringField("input", record.input.name());
        if (record.jsonLines) {
            g.writeNumberField("line", record.line);
        }
        g.writeNumberField("matches", matches);
        g.writeBooleanField("valid", record.result.isValid());
        g.writeArrayFieldStart("problems");
        for (Problem p : record.result.problems()) {
            ValidateCommand.writeProblem(g, null, null, p);
        }
        g.writeEndArray();
        g.writeStringField("asOf", explanation.evaluatedAsOf().toString());
        g.writeStringField("recordsThrough", explanation.recordsThrough().toString());
        g.writeStringField("catalogue", standardsOptions.describe());
        g.writeStringField("measureSet", measureSetName);
        g.writeStringField("period", measured.toString());
        g.writeStringField("bookInFacilityId", explanation.bookInFacilityId());
        g.writeStringField("bookInLocalDate", explanation.bookInLocalDate().toString());
        g.writeBooleanField("counted", explanation.counted());
        g.writeStringField("periodNote", explanation.periodNote());
        g.writeArrayFieldStart("measures");
        for (MeasureExplanation measure : measures) {
            writeMeasure(g, measure);
        }
        g.writeEndArray();
        g.writeEndObject();
        JsonOutput.finish(g, out);
    }

    private static void writeMeasure(JsonGenerator g, MeasureExplanation measure) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", measure.measureId());
        g.writeStringField("version", measure.version());
        g.writeStringField("title", measure.title());
        g.writeStringField("basis", measure.basis().code());
        g.writeStringField("scoring", measure.scoring().code());
        FindingJson.strings(g, "requirementIds", measure.requirementIds());
        g.writeStringField("note", measure.note());
        g.writeArrayFieldStart("findings");
        for (Finding f : measure.findings()) {
            FindingJson.write(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("members");
        for (MemberExplanation member : measure.members()) {
            g.writeStartObject();
            JsonOutput.writeOptional(g, "requirementId", member.finding().map(Finding::requirementId));
            if (member.finding().isPresent()) {
                g.writeNumberField("finding", measure.findings().indexOf(member.finding().get()));
            } else {
                g.writeNullField("finding");
            }
            g.writeArrayFieldStart("populations");
            for (PopulationExplanation population : member.populations()) {
                g.writeStartObject();
                g.writeStringField("population", population.population().code());
                g.writeBooleanField("member", population.member());
                FindingJson.strings(g, "reasons", population.reasons());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonOutput.writeDuration(g, "observation", member.observation());
            g.writeObjectFieldStart("strata");
            for (Map.Entry<String, List<String>> stratum : member.strata().entrySet()) {
                FindingJson.strings(g, stratum.getKey(), stratum.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
