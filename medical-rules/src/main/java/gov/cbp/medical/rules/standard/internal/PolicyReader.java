package gov.cbp.medical.rules.standard.internal;

import static gov.cbp.medical.model.validation.reading.Pointer.append;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import gov.cbp.medical.rules.standard.Applicability;
import gov.cbp.medical.rules.standard.IntegrityOverride;
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
     * A reader reporting to a collector.
     *
     * @param sink the collector
     */
    public PolicyReader(ProblemCollector sink) {
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
            tree.problems().error("catalogue.json.notObject", "");
            return null;
        }
        long before = tree.problems().count();
        tree.knownFields(node, "", Set.of("id", "title", "overrides", "integrityOverrides"));
        String id = tree.text(node, "", "id", true);
        String title = tree.text(node, "", "title", true);
        List<JsonNode> nodes = tree.array(node, "", "overrides", true);
        List<RequirementOverride> overrides = new ArrayList<>();
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                RequirementOverride override = override(nodes.get(i), append("/overrides", i));
                if (override != null) {
                    overrides.add(override);
                }
            }
        }
        List<IntegrityOverride> integrity = new ArrayList<>();
        List<JsonNode> integrityNodes = tree.array(node, "", "integrityOverrides", false);
        if (integrityNodes != null) {
            for (int i = 0; i < integrityNodes.size(); i++) {
                IntegrityOverride override = integrityOverride(integrityNodes.get(i), append("/integrityOverrides", i));
                if (override != null) {
                    integrity.add(override);
                }
            }
        }
        if (tree.problems().count() > before) {
            return null;
        }
        return LocalPolicy.builder().id(id).title(title).overrides(overrides).integrityOverrides(integrity).build();
    }

    private IntegrityOverride integrityOverride(JsonNode node, String pointer) {
        if (!node.isObject()) {
            tree.problems().error("policy.field.type", pointer, "integrityOverrides", "an array of objects");
            return null;
        }
        long before = tree.problems().count();
        tree.knownFields(node, pointer, Set.of("checkId", "maxDelay", "window", "minEvents", "minSpread",
                "spacingTolerance", "minRun", "disabled"));
        String checkId = tree.text(node, pointer, "checkId", true);
        Duration maxDelay = tree.duration(node, pointer, "maxDelay", true);
        Duration window = tree.duration(node, pointer, "window", false);
        Integer minEvents = tree.integer(node, pointer, "minEvents", 2, 10_000);
        Duration minSpread = tree.duration(node, pointer, "minSpread", true);
        Duration tolerance = tree.duration(node, pointer, "spacingTolerance", false);
        Integer minRun = tree.integer(node, pointer, "minRun", 2, 10_000);
        Boolean disabled = tree.flag(node, pointer, "disabled");
        if (tree.problems().count() > before) {
            return null;
        }
        IntegrityOverride.Builder b = IntegrityOverride.builder().checkId(checkId)
                .maxDelay(java.util.Optional.ofNullable(maxDelay)).window(java.util.Optional.ofNullable(window))
                .minEvents(java.util.Optional.ofNullable(minEvents)).minSpread(java.util.Optional.ofNullable(minSpread))
                .spacingTolerance(java.util.Optional.ofNullable(tolerance)).minRun(java.util.Optional.ofNullable(minRun));
        if (disabled != null) {
            b.disabled(disabled);
        }
        return b.build();
    }

    private RequirementOverride override(JsonNode node, String pointer) {
        if (!node.isObject()) {
            tree.problems().error("policy.field.type", pointer, "overrides", "an array of objects");
            return null;
        }
        long before = tree.problems().count();
        tree.knownFields(node, pointer, Set.of("requirementId", "deadline", "every", "recurrenceMode", "applicability",
                "provenance", "disabled", "waiver"));
        String requirementId = tree.text(node, pointer, "requirementId", true);
        Duration deadline = tree.duration(node, pointer, "deadline", false);
        Duration every = tree.duration(node, pointer, "every", true);
        RecurrenceMode recurrenceMode = tree.code(node, pointer, "recurrenceMode", RecurrenceMode.codes(), false);
        JsonNode applicabilityNode = tree.object(node, pointer, "applicability", false);
        Applicability applicability = applicabilityNode == null ? null
                : standards.applicability(applicabilityNode, append(pointer, "applicability"));
        List<SourceKind> provenance = tree.codes(node, pointer, "provenance", SourceKind.codes());
        Boolean disabled = tree.flag(node, pointer, "disabled");
        JsonNode waiverNode = tree.object(node, pointer, "waiver", false);
        Waiver waiver = null;
        if (waiverNode != null) {
            String wp = append(pointer, "waiver");
            tree.knownFields(waiverNode, wp, Set.of("id", "reason", "approvedBy"));
            String waiverId = tree.text(waiverNode, wp, "id", true);
            String reason = tree.text(waiverNode, wp, "reason", true);
            String approvedBy = tree.text(waiverNode, wp, "approvedBy", false);
            if (waiverId != null && reason != null) {
                waiver = Waiver.of(waiverId, reason, java.util.Optional.ofNullable(approvedBy));
            }
        }
        if (tree.problems().count() > before) {
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
