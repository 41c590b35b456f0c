package gov.cbp.medical.rules.standard.internal;

import static gov.cbp.medical.rules.standard.internal.TreeReader.at;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.rules.standard.Applicability;
import gov.cbp.medical.rules.standard.LocalPolicy;
import gov.cbp.medical.rules.standard.RecurrenceMode;
import gov.cbp.medical.rules.standard.RequirementOverride;
import gov.cbp.medical.rules.standard.SourceKind;
import gov.cbp.medical.rules.standard.Waiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a local policy document, reporting every structural problem. */
public final class PolicyReader {
    private final TreeReader tree;
    private final StandardReader standards;

    /**
     * A reader reporting to a sink.
     *
     * @param sink the sink
     */
    public PolicyReader(ProblemSink sink) {
        this.tree = new TreeReader(sink, "policy");
        this.standards = new StandardReader(sink);
    }

    /**
     * Reads a policy.
     *
     * @param node the document
     * @return the policy, or null if it could not be read
     */
    public LocalPolicy read(JsonNode node) {
        if (!node.isObject()) {
            tree.sink().error("catalogue.json.notObject", "");
            return null;
        }
        int before = tree.sink().size();
        tree.knownFields(node, "", Set.of("id", "title", "overrides"));
        String id = tree.text(node, "", "id", true);
        String title = tree.text(node, "", "title", true);
        List<JsonNode> nodes = tree.array(node, "", "overrides", true);
        List<RequirementOverride> overrides = new ArrayList<>();
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                RequirementOverride override = override(nodes.get(i), at("/overrides", i));
                if (override != null) {
                    overrides.add(override);
                }
            }
        }
        if (tree.sink().size() > before) {
            return null;
        }
        return LocalPolicy.builder().id(id).title(title).overrides(overrides).build();
    }

    private RequirementOverride override(JsonNode node, String pointer) {
        if (!node.isObject()) {
            tree.sink().error("policy.field.type", pointer, "overrides", "an array of objects");
            return null;
        }
        int before = tree.sink().size();
        tree.knownFields(node, pointer, Set.of("requirementId", "deadline", "every", "recurrenceMode", "applicability",
                "provenance", "disabled", "waiver"));
        String requirementId = tree.text(node, pointer, "requirementId", true);
        Duration deadline = tree.duration(node, pointer, "deadline", false);
        Duration every = tree.duration(node, pointer, "every", true);
        RecurrenceMode recurrenceMode = tree.code(node, pointer, "recurrenceMode", RecurrenceMode.codes(), false);
        JsonNode applicabilityNode = tree.object(node, pointer, "applicability", false);
        Applicability applicability = applicabilityNode == null ? null
                : standards.applicability(applicabilityNode, at(pointer, "applicability"));
        List<SourceKind> provenance = tree.codes(node, pointer, "provenance", SourceKind.codes());
        Boolean disabled = tree.flag(node, pointer, "disabled");
        JsonNode waiverNode = tree.object(node, pointer, "waiver", false);
        Waiver waiver = null;
        if (waiverNode != null) {
            String wp = at(pointer, "waiver");
            tree.knownFields(waiverNode, wp, Set.of("id", "reason", "approvedBy"));
            String waiverId = tree.text(waiverNode, wp, "id", true);
            String reason = tree.text(waiverNode, wp, "reason", true);
            String approvedBy = tree.text(waiverNode, wp, "approvedBy", false);
            if (waiverId != null && reason != null) {
                waiver = Waiver.of(waiverId, reason, java.util.Optional.ofNullable(approvedBy));
            }
        }
        if (tree.sink().size() > before) {
            return null;
        }
        RequirementOverride.Builder builder = RequirementOverride.builder().requirementId(requirementId)
                .provenance(provenance);
        if (deadline != null) {
            builder.deadline(deadline);
        }
        if (every != null) {
            builder.every(every);
        }
        if (recurrenceMode != null) {
            builder.recurrenceMode(recurrenceMode);
        }
        if (applicability != null) {
            builder.applicability(applicability);
        }
        if (disabled != null) {
            builder.disabled(disabled);
        }
        if (waiver != null) {
            builder.waiver(waiver);
        }
        return builder.build();
    }
}
