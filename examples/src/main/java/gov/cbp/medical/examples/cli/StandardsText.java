package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Standard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the {@code standards} commands share: finding versions, and describing requirements. */
final class StandardsText {
    private StandardsText() {}

    /** A standard id with an optional {@code @version}. */
    static final class Ref {
        final String id;
        final String version;

        Ref(String text) {
            int at = text.lastIndexOf('@');
            this.id = at < 0 ? text : text.substring(0, at);
            this.version = at < 0 ? null : text.substring(at + 1);
        }

        @Override
        public String toString() {
            return version == null ? id : id + "@" + version;
        }
    }

    /**
     * The versions a reference names: one version, or all versions of the standard.
     *
     * @throws ParameterException if the standard or version is unknown
     */
    static List<Standard> resolve(CommandSpec spec, Catalogue catalogue, Ref ref) {
        List<Standard> versions = catalogue.versions(ref.id);
        if (versions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown standard '" + ref.id + "'; the catalogue has "
                    + String.join(", ", catalogue.standardIds()));
        }
        if (ref.version == null) {
            return versions;
        }
        List<Standard> one = new ArrayList<>();
        catalogue.standard(ref.id, ref.version).ifPresent(one::add);
        if (one.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown version '" + ref.version + "' of " + ref.id
                    + "; it has " + versions.stream().map(Standard::version).collect(Collectors.joining(", ")));
        }
        return one;
    }

    /** The effective dates of a version: {@code from 2019-12-30 to 2020-03-30} or {@code from 2015-10-01}. */
    static String effective(Standard s) {
        return "from " + s.effectiveFrom() + s.effectiveTo().map(to -> " to " + to).orElse("");
    }

    /** What the rule asks for, in a few words: {@code deadline 12h}, {@code every 1h}, {@code not computable}. */
    static String rule(Requirement r) {
        switch (r.rule()) {
            case DEADLINE:
                if (r.deadline().isEmpty() && r.target().isPresent()) {
                    return "target " + ReadableDuration.text(r.target().get());
                }
                return "deadline " + r.deadline().map(ReadableDuration::text).orElse("?")
                        + r.target().map(t -> ", target " + ReadableDuration.text(t)).orElse("");
            case RECURRING:
                return "every " + r.recurrence().map(x -> ReadableDuration.text(x.every())).orElse("?");
            case SCHEDULED_DOSES:
                return "doses on schedule" + r.tolerance().map(t -> ", within " + ReadableDuration.text(t)).orElse("");
            case NEWBORN_RELEASE:
                return "newborn release" + r.deadline().map(d -> " within " + ReadableDuration.text(d)).orElse("");
            default:
                return "not computable";
        }
    }

    static void writeRequirementSummary(JsonGenerator g, Requirement r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("title", r.title());
        g.writeStringField("severity", r.severity().code());
        g.writeStringField("rule", r.rule().code());
        JsonOutput.writeOptional(g, "deadline", r.deadline());
        JsonOutput.writeOptional(g, "every", r.recurrence().map(x -> x.every()));
        JsonOutput.writeOptional(g, "target", r.target());
        g.writeObjectFieldStart("citation");
        g.writeStringField("document", r.citation().document());
        g.writeStringField("section", r.citation().section());
        g.writeEndObject();
        g.writeStringField("provenance", r.provenanceText());
        g.writeEndObject();
    }
}
