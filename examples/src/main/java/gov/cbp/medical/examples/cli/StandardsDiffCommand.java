package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.rules.impact.StatusChange;
import gov.cbp.medical.rules.impact.VersionImpact;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Standard;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cbp-medical standards diff}: what changes between two versions of a standard, and for whom. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Compares two versions of a standard: the requirements added, removed and changed.",
            "With episode files, also the version-impact report: every finding whose status would differ, with each "
                    + "version pinned in force at every date, evaluated as of --as-of."
        })
public final class StandardsDiffCommand implements Callable<Integer> {
    /** Episodes evaluated per call of the library, so memory stays bounded on large inputs. */
    private static final int BATCH = 256;

    @ParentCommand
    private StandardsCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FormatOption format;

    @Mixin
    private InputOptions inputOptions;

    @Mixin
    private StandardsOptions standardsOptions;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
            description = "The evaluation instant for the version impact; required with episode files.")
    private Instant asOf;

    @Parameters(index = "0", paramLabel = "ID@V1", description = "The first version, such as CBP-DIR-2210-004@2019-12-30.")
    private String first;

    @Parameters(index = "1", paramLabel = "ID@V2", description = "The second version of the same standard.")
    private String second;

    @Parameters(index = "2..*", paramLabel = "FILE", description = "Episode files for the version impact, or - for standard input.")
    private List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        StandardsText.Ref a = new StandardsText.Ref(first);
        StandardsText.Ref b = new StandardsText.Ref(second);
        if (a.version == null || b.version == null) {
            throw new ParameterException(spec.commandLine(), "name both versions as ID@VERSION, such as "
                    + "CBP-DIR-2210-004@2019-12-30 CBP-DIR-2210-004@2020-03-30");
        }
        if (!a.id.equals(b.id)) {
            throw new ParameterException(spec.commandLine(), "both versions must be of the same standard");
        }
        if (!files.isEmpty() && asOf == null) {
            throw new ParameterException(spec.commandLine(), "--as-of is required with episode files");
        }
        Catalogue catalogue = standardsOptions.catalogue(spec);
        Standard from = StandardsText.resolve(spec, catalogue, a).get(0);
        Standard to = StandardsText.resolve(spec, catalogue, b).get(0);
        List<Input> inputs = Input.resolve(spec, files, parent.stdin(),
                inputOptions.inputFormat);

        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<String, List<String>> changed = new LinkedHashMap<>();
        compare(from, to, added, removed, changed);

        PrintWriter out = spec.commandLine().getOut();
        JsonGenerator g = format.isJson() ? JsonOutput.generator(out) : null;
        if (g != null) {
            g.writeStartObject();
            g.writeStringField("standardId", from.id());
            g.writeStringField("from", from.version());
            g.writeStringField("to", to.version());
            g.writeObjectFieldStart("requirements");
            FindingJson.strings(g, "added", added);
            FindingJson.strings(g, "removed", removed);
            g.writeArrayFieldStart("changed");
            for (Map.Entry<String, List<String>> entry : changed.entrySet()) {
                g.writeStartObject();
                g.writeStringField("requirementId", entry.getKey());
                FindingJson.strings(g, "properties", entry.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } else {
            out.print(from.id() + " " + from.version() + " -> " + to.version() + "\n");
            out.print("  added:   " + (added.isEmpty() ? "none" : String.join(", ", added)) + "\n");
            out.print("  removed: " + (removed.isEmpty() ? "none" : String.join(", ", removed)) + "\n");
            out.print("  changed:" + (changed.isEmpty() ? " none" : "") + "\n");
            changed.forEach((id, properties) -> out.print("    " + id + ": " + String.join(", ", properties) + "\n"));
        }
        int exit = ExitCodes.OK;
        if (inputs.isEmpty()) {
            if (g != null) {
                g.writeNullField("impact");
            }
        } else {
            exit = impact(catalogue, from, to, inputs, out, g);
        }
        if (g != null) {
            g.writeEndObject();
            JsonOutput.finish(g, out);
        }
        out.flush();
        return exit;
    }

    private static void compare(Standard from, Standard to, List<String> added, List<String> removed,
            Map<String, List<String>> changed) {
        TreeSet<String> ids = new TreeSet<>();
        from.requirements().forEach(r -> ids.add(r.id()));
        to.requirements().forEach(r -> ids.add(r.id()));
        for (String id : ids) {
            Requirement before = from.requirement(id).orElse(null);
            Requirement after = to.requirement(id).orElse(null);
            if (before == null) {
                added.add(id);
            } else if (after == null) {
                removed.add(id);
            } else {
                JsonNode x = MedicalJson.mapper().valueToTree(before);
                JsonNode y = MedicalJson.mapper().valueToTree(after);
                List<String> properties = new ArrayList<>();
                TreeSet<String> names = new TreeSet<>();
                x.fieldNames().forEachRemaining(names::add);
                y.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    if (!java.util.Objects.equals(x.get(name), y.get(name))) {
                        properties.add(name);
                    }
                }
                if (!properties.isEmpty()) {
                    changed.put(id, properties);
                }
            }
        }
    }

    private int impact(Catalogue catalogue, Standard from, Standard to, List<Input> inputs, PrintWriter out,
            JsonGenerator g) throws IOException {
        PayloadValidator validator = PayloadValidator.create();
        List<CustodyEpisode> batch = new ArrayList<>(BATCH);
        Map<String, Map<String, Integer>> byRequirement = new TreeMap<>();
        long[] counts = new long[3]; // episodes, evaluated, invalid
        long[] changes = new long[1];
        if (g != null) {
            g.writeObjectFieldStart("impact");
            g.writeStringField("asOf", asOf.toString());
            g.writeArrayFieldStart("problems");
        } else {
            out.print("\nVersion impact as of " + asOf + ":\n");
        }
        List<StatusChange> found = new ArrayList<>();
        try (Progress progress = Progress.start(spec.commandLine().getErr(), "episodes compared")) {
            for (Input input : inputs) {
                Episodes.read(input, validator, progress, record -> {
                    counts[0]++;
                    if (!record.result.isValid()) {
                        counts[2]++;
                        String episodeId = record.result.boundValue().map(CustodyEpisode::episodeId).orElse(null);
                        for (Problem p : record.result.problems()) {
                            if (g != null) {
                                g.writeStartObject();
                                g.writeStringField("input", record.input.name());
                                g.writeFieldName("problem");
                                ValidateCommand.writeProblem(g, record.jsonLines ? record.line : null, episodeId, p);
                                g.writeEndObject();
                            } else {
                                out.print("  " + record.location() + ": " + p.severity().code() + " " + p.code() + " at "
                                        + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message() + "\n");
                            }
                        }
                    }
                    record.result.boundValue().ifPresent(episode -> {
                        counts[1]++;
                        batch.add(episode);
                        if (batch.size() == BATCH) {
                            found.addAll(VersionImpact.of(catalogue, from, to, batch, asOf).changes());
                            batch.clear();
                        }
                    });
                });
            }
            if (!batch.isEmpty()) {
                found.addAll(VersionImpact.of(catalogue, from, to, batch, asOf).changes());
            }
        }
        for (StatusChange change : found) {
            changes[0]++;
            byRequirement.computeIfAbsent(change.requirementId(), k -> new TreeMap<>())
                    .merge(change.transition(), 1, Integer::sum);
        }
        if (g != null) {
            g.writeEndArray();
            g.writeNumberField("episodes", counts[0]);
            g.writeNumberField("evaluated", counts[1]);
            g.writeNumberField("invalid", counts[2]);
            g.writeNumberField("changedFindings", changes[0]);
            g.writeObjectFieldStart("byRequirement");
            for (Map.Entry<String, Map<String, Integer>> entry : byRequirement.entrySet()) {
                g.writeObjectFieldStart(entry.getKey());
                for (Map.Entry<String, Integer> transition : entry.getValue().entrySet()) {
                    g.writeNumberField(transition.getKey(), transition.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("changes");
            for (StatusChange change : found) {
                g.writeStartObject();
                g.writeStringField("episodeId", change.episodeId());
                g.writeStringField("requirementId", change.requirementId());
                JsonOutput.writeInstant(g, "triggerAt", change.triggerAt());
                JsonOutput.writeOptional(g, "from", change.from().map(s -> s.code()));
                JsonOutput.writeOptional(g, "to", change.to().map(s -> s.code()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } else {
            out.print("  " + ValidateCommand.plural(counts[1], "episode") + " evaluated, " + counts[2] + " with errors; "
                    + ValidateCommand.plural(changes[0], "finding") + " would change status.\n");
            for (Map.Entry<String, Map<String, Integer>> entry : byRequirement.entrySet()) {
                for (Iterator<Map.Entry<String, Integer>> it = entry.getValue().entrySet().iterator(); it.hasNext();) {
                    Map.Entry<String, Integer> transition = it.next();
                    out.print(String.format("  %-22s %-32s %d%n", entry.getKey(), transition.getKey(), transition.getValue()));
                }
            }
        }
        return counts[2] > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
