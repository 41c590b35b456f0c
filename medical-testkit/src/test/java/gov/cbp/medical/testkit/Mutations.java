package gov.cbp.medical.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.testkit.PayloadTree.Kind;
import gov.cbp.medical.testkit.PayloadTree.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Single mutations of an episode tree, each returning the problem it must cause: its code and JSON Pointer.
 * A mutation is chosen among the candidates of the tree by a non-negative {@code pick}; it returns empty when
 * the tree has no candidate (an episode without events cannot have a duplicate event id).
 */
final class Mutations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The problem a mutation must cause. */
    record Expected(String code, String pointer) {}

    private Mutations() {}

    private static <T> T choose(List<T> candidates, int pick) {
        return candidates.get(Math.floorMod(pick, candidates.size()));
    }

    /** Removes a property the payload must have. */
    static Optional<Expected> dropRequired(ObjectNode tree, int pick) {
        List<Slot> required = PayloadTree.slots(tree).stream().filter(s -> s.required).collect(Collectors.toList());
        if (required.isEmpty()) {
            return Optional.empty();
        }
        Slot slot = choose(required, pick);
        slot.remove();
        return Optional.of(new Expected("payload.field.required", slot.pointer));
    }

    /** Puts a value of the wrong JSON type in a property or array element. */
    static Optional<Expected> wrongType(ObjectNode tree, int pick) {
        List<Slot> slots = PayloadTree.slots(tree);
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        Slot slot = choose(slots, pick);
        slot.set(slot.kind.wrongType());
        return Optional.of(new Expected("payload.field.type", slot.pointer));
    }

    /** Puts a string longer than every text limit in a text property or element. */
    static Optional<Expected> oversizeString(ObjectNode tree, int pick) {
        List<Slot> texts = PayloadTree.slots(tree).stream().filter(s -> s.kind == Kind.TEXT)
                .collect(Collectors.toList());
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        Slot slot = choose(texts, pick);
        slot.set(NODES.textNode("x".repeat(Limits.MAX_TEXT_LENGTH + 1)));
        return Optional.of(new Expected("payload.text.tooLong", slot.pointer));
    }

    /** Gives an event the id of another. */
    static Optional<Expected> duplicateId(ObjectNode tree, int pick) {
        ArrayNode events = events(tree);
        int n = events.size();
        if (n < 2) {
            return Optional.empty();
        }
        int i = Math.floorMod(pick, n);
        int j = (i + 1 + Math.floorMod(pick / n, n - 1)) % n;
        if (!events.get(i).path("id").isTextual() || !events.get(j).isObject()) {
            return Optional.empty();
        }
        ((ObjectNode) events.get(j)).set("id", events.get(i).get("id"));
        return Optional.of(new Expected("episode.event.duplicateId", "/events/" + Math.max(i, j) + "/id"));
    }

    /** Moves an event (not an encounter observation) an hour before book-in. */
    static Optional<Expected> beforeBookIn(ObjectNode tree, int pick) {
        ArrayNode events = events(tree);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!"encounter-observation".equals(events.get(i).path("type").textValue())) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int i = choose(candidates, pick);
        Instant bookIn = instant(tree.path("bookIn").path("at"));
        if (bookIn == null || !events.get(i).isObject()) {
            return Optional.empty();
        }
        ((ObjectNode) events.get(i)).put("at", bookIn.minusSeconds(3600).toString());
        return Optional.of(new Expected("episode.event.beforeBookIn", "/events/" + i + "/at"));
    }

    /** Swaps the times of an event and a strictly earlier event it refers to. */
    static Optional<Expected> swapReferencedTimes(ObjectNode tree, int pick) {
        ArrayNode events = events(tree);
        java.util.Map<String, Integer> byId = new java.util.HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode id = events.get(i).path("id");
            if (id.isTextual() && instant(events.get(i).path("at")) != null) {
                byId.putIfAbsent(id.textValue(), i);
            }
        }
        List<String[]> candidates = new ArrayList<>(); // {referrer index, pointer suffix, target index}
        for (int a = 0; a < events.size(); a++) {
            JsonNode event = events.get(a);
            Instant at = instant(event.path("at"));
            if (at == null) {
                continue;
            }
            for (String property : PayloadTree.REFERENCES) {
                JsonNode value = event.get(property);
                if (value == null) {
                    continue;
                }
                List<String[]> targets = new ArrayList<>();
                if (value.isArray()) {
                    for (int k = 0; k < value.size(); k++) {
                        targets.add(new String[] {property + "/" + k, value.get(k).textValue()});
                    }
                } else {
                    targets.add(new String[] {property, value.textValue()});
                }
                targets.removeIf(t -> t[1] == null);
                for (String[] target : targets) {
                    Integer b = byId.get(target[1]);
                    if (b != null && instant(events.get(b).path("at")).isBefore(at)) {
                        candidates.add(new String[] {Integer.toString(a), target[0], Integer.toString(b)});
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String[] chosen = choose(candidates, pick);
        ObjectNode referrer = (ObjectNode) events.get(Integer.parseInt(chosen[0]));
        ObjectNode referenced = (ObjectNode) events.get(Integer.parseInt(chosen[2]));
        JsonNode later = referrer.get("at");
        referrer.set("at", referenced.get("at"));
        referenced.set("at", later);
        return Optional.of(new Expected("episode.reference.later", "/events/" + chosen[0] + "/" + chosen[1]));
    }

    /** Adds a property holding arrays nested deeper than the parser allows, inside a random object. */
    static Optional<Expected> nestTooDeep(ObjectNode tree, int pick) {
        List<Slot> objects = PayloadTree.slots(tree).stream()
                .filter(s -> s.kind == Kind.OBJECT && s.value().isObject()).collect(Collectors.toList());
        ObjectNode host = objects.isEmpty() ? tree : (ObjectNode) choose(objects, pick).value();
        ArrayNode deep = host.putArray("nested");
        for (int i = 0; i < Limits.MAX_DEPTH + 8; i++) {
            deep = deep.addArray();
        }
        return Optional.of(new Expected("json.limit.depth", ""));
    }

    /** Applies one mutation of any kind, including ones whose problem is not predicted here. */
    static void random(ObjectNode tree, int pick) {
        int kinds = 12;
        int inner = pick / kinds;
        List<Slot> slots = PayloadTree.slots(tree);
        if (slots.isEmpty()) {
            tree.put("episodeId", "SYN-EMPTY");
            return;
        }
        switch (Math.floorMod(pick, kinds)) {
            case 0:
                dropRequired(tree, inner);
                break;
            case 1:
                wrongType(tree, inner);
                break;
            case 2:
                swapReferencedTimes(tree, inner);
                break;
            case 3:
                duplicateId(tree, inner);
                break;
            case 4:
                beforeBookIn(tree, inner);
                break;
            case 5:
                oversizeString(tree, inner);
                break;
            case 6: {
                List<Slot> properties = slots.stream().filter(s -> !s.isElement()).collect(Collectors.toList());
                if (!properties.isEmpty()) {
                    choose(properties, inner).remove();
                }
                break;
            }
            case 7:
                choose(slots, inner).set(NODES.nullNode());
                break;
            case 8: {
                JsonNode[] odd = {NODES.textNode(""), NODES.textNode("x y"), NODES.numberNode(-1),
                    NODES.numberNode(1e300), NODES.booleanNode(true), NODES.textNode("9999-99-99T99:99:99Z"),
                    NODES.textNode("unknown"), NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"))};
                choose(slots, inner).set(odd[Math.floorMod(inner / 7, odd.length)]);
                break;
            }
            case 9: {
                List<Slot> objects = slots.stream().filter(s -> s.value() != null && s.value().isObject())
                        .collect(Collectors.toList());
                (objects.isEmpty() ? tree : (ObjectNode) choose(objects, inner).value()).put("unexpected~/name", 1);
                break;
            }
            case 10:
                tree.putArray("events");
                break;
            default:
                nestTooDeep(tree, inner);
                break;
        }
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.textValue());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static ArrayNode events(ObjectNode tree) {
        JsonNode events = tree.get("events");
        return events instanceof ArrayNode ? (ArrayNode) events : tree.putArray("events");
    }
}
