package gov.cbp.medical.rules.standard.internal;

import static gov.cbp.medical.model.validation.reading.Pointer.append;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.rules.internal.EventVocabulary;
import gov.cbp.medical.rules.standard.Citation;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import gov.cbp.medical.rules.standard.IntegrityKind;
import gov.cbp.medical.rules.standard.SourceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a standard's {@code integrityChecks} array, reporting every structural problem and the numbers a
 * check's kind needs but lacks or has no use for.
 */
final class IntegrityCheckReader {
    static final Set<String> FIELDS = Set.of("id", "kind", "title", "text", "citation", "provenance",
            "provenanceNote", "events", "maxDelay", "window", "minEvents", "minSpread", "spacingTolerance", "minRun",
            "exemptSystems");

    private final TreeReader tree;

    IntegrityCheckReader(TreeReader tree) {
        this.tree = tree;
    }

    /** Reads the checks of a standard document; those with a problem are left out. */
    List<IntegrityCheck> read(JsonNode standard, String pointer) {
        List<IntegrityCheck> result = new ArrayList<>();
        List<JsonNode> nodes = tree.array(standard, pointer, "integrityChecks", false);
        if (nodes == null) {
            return result;
        }
        for (int i = 0; i < nodes.size(); i++) {
            IntegrityCheck check = check(nodes.get(i), append(append(pointer, "integrityChecks"), i));
            if (check != null) {
                result.add(check);
            }
        }
        return result;
    }

    private IntegrityCheck check(JsonNode node, String pointer) {
        if (!node.isObject()) {
            tree.problems().error("standard.field.type", pointer, "integrityChecks", "an array of objects");
            return null;
        }
        long before = tree.problems().count();
        tree.knownFields(node, pointer, FIELDS);
        String id = tree.text(node, pointer, "id", true);
        IntegrityKind kind = tree.code(node, pointer, "kind", IntegrityKind.codes(), true);
        String title = tree.text(node, pointer, "title", true);
        String text = tree.text(node, pointer, "text", true);
        Citation citation = StandardReader.citation(tree, node, pointer);
        List<SourceKind> provenance = tree.codes(node, pointer, "provenance", SourceKind.codes());
        if (provenance != null && provenance.isEmpty()) {
            tree.problems().error("standard.provenance.empty", append(pointer, "provenance"));
        }
        List<String> events = events(node, pointer);
        Duration maxDelay = tree.duration(node, pointer, "maxDelay", true);
        Duration window = tree.duration(node, pointer, "window", false);
        Integer minEvents = tree.integer(node, pointer, "minEvents", 2, 10_000);
        Duration minSpread = tree.duration(node, pointer, "minSpread", true);
        Duration tolerance = tree.duration(node, pointer, "spacingTolerance", false);
        Integer minRun = tree.integer(node, pointer, "minRun", 2, 10_000);
        List<RecordSystem> exempt = tree.codes(node, pointer, "exemptSystems", RecordSystem.codes());
        if (kind != null) {
            needs(node, pointer, kind);
        }
        if (tree.problems().count() > before) {
            return null;
        }
        IntegrityCheck.Builder b = IntegrityCheck.builder().id(id).kind(kind).title(title).text(text)
                .citation(citation).provenance(provenance).events(events).exemptSystems(exempt);
        tree.optionalText(node, pointer, "provenanceNote").ifPresent(b::provenanceNote);
        if (maxDelay != null) {
            b.maxDelay(maxDelay);
        }
        if (window != null) {
            b.window(window);
        }
        if (minEvents != null) {
            b.minEvents(minEvents);
        }
        if (minSpread != null) {
            b.minSpread(minSpread);
        }
        if (tolerance != null) {
            b.spacingTolerance(tolerance);
        }
        if (minRun != null) {
            b.minRun(minRun);
        }
        return b.build();
    }

    private void needs(JsonNode node, String pointer, IntegrityKind kind) {
        Set<String> needed = kind.numbers();
        for (String name : List.of("maxDelay", "window", "minEvents", "minSpread", "spacingTolerance", "minRun")) {
            boolean present = node.has(name) && !node.get(name).isNull();
            if (needed.contains(name) && !present) {
                tree.problems().error("standard.field.required", append(pointer, name), name);
            } else if (!needed.contains(name) && present) {
                tree.problems().error("standard.integrity.unused", append(pointer, name), name, kind.code());
            }
        }
    }

    private List<String> events(JsonNode node, String pointer) {
        List<JsonNode> items = tree.array(node, pointer, "events", true);
        List<String> result = new ArrayList<>();
        if (items == null) {
            return result;
        }
        if (items.isEmpty()) {
            tree.problems().error("standard.integrity.noEvents", append(pointer, "events"));
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isTextual() || !EventVocabulary.isEventCode(item.asText())) {
                tree.problems().error("standard.eventType.unknown", append(append(pointer, "events"), i));
            } else {
                result.add(EventVocabulary.canonical(item.asText()));
            }
        }
        return result;
    }
}
