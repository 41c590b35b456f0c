package gov.cbp.medical.rules.standard.internal;

import static gov.cbp.medical.model.validation.reading.Pointer.append;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.validation.PropertyNames;
import gov.cbp.medical.model.validation.reading.Pointer;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed values from a JSON tree, reporting every problem to a collector with its JSON Pointer and never the
 * value read. A method returns {@code null} (or empty) for a value it could not read.
 */
final class TreeReader {
    private final ProblemCollector sink;
    private final String prefix;

    TreeReader(ProblemCollector sink, String prefix) {
        this.sink = sink;
        this.prefix = prefix;
    }

    ProblemCollector problems() {
        return sink;
    }

    /** Reports unknown properties of an object. */
    void knownFields(JsonNode object, String pointer, Set<String> known) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name) && !name.equals("$schema") && !name.equals("$comment")) {
                sink.error(prefix + ".field.unknown", Pointer.atInputName(pointer, name), PropertyNames.display(name));
            }
        }
    }

    private void type(String pointer, String name, String expected) {
        sink.error(prefix + ".field.type", append(pointer, name), name, expected);
    }

    JsonNode object(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                sink.error(prefix + ".field.required", append(pointer, name), name);
            }
            return null;
        }
        if (!node.isObject()) {
            type(pointer, name, "an object");
            return null;
        }
        return node;
    }

    List<JsonNode> array(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                sink.error(prefix + ".field.required", append(pointer, name), name);
            }
            return null;
        }
        if (!node.isArray()) {
            type(pointer, name, "an array");
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    String text(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                sink.error(prefix + ".field.required", append(pointer, name), name);
            }
            return null;
        }
        if (!node.isTextual()) {
            type(pointer, name, "a string");
            return null;
        }
        if (node.asText().isBlank()) {
            sink.error(prefix + ".field.blank", append(pointer, name), name);
            return null;
        }
        return node.asText();
    }

    Boolean flag(JsonNode parent, String pointer, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            type(pointer, name, "true or false");
            return null;
        }
        return node.asBoolean();
    }

    Integer integer(JsonNode parent, String pointer, String name, int min, int max) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            sink.error(prefix + ".number.range", append(pointer, name), name, String.valueOf(min), String.valueOf(max));
            return null;
        }
        return node.asInt();
    }

    LocalDate date(JsonNode parent, String pointer, String name, boolean required) {
        String text = text(parent, pointer, name, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            sink.error(prefix + ".date.format", append(pointer, name), name);
            return null;
        }
    }

    /** Reads a duration; zero allowed unless {@code positive}. */
    Duration duration(JsonNode parent, String pointer, String name, boolean positive) {
        String text = text(parent, pointer, name, false);
        if (text == null) {
            return null;
        }
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            sink.error(prefix + ".duration.format", append(pointer, name), name);
            return null;
        }
        if (duration.isNegative()) {
            sink.error(prefix + ".duration.negative", append(pointer, name), name);
            return null;
        }
        if (positive && duration.isZero()) {
            sink.error(prefix + ".duration.notPositive", append(pointer, name), name);
            return null;
        }
        return duration;
    }

    <E extends Enum<E> & Coded> E code(JsonNode parent, String pointer, String name, CodeTable<E> codes,
            boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                sink.error(prefix + ".field.required", append(pointer, name), name);
            }
            return null;
        }
        return code(node, append(pointer, name), name, codes);
    }

    <E extends Enum<E> & Coded> E code(JsonNode node, String pointer, String name, CodeTable<E> codes) {
        if (!node.isTextual()) {
            sink.error(prefix + ".field.type", pointer, name, "a string");
            return null;
        }
        if (!codes.isKnown(node.asText())) {
            sink.error(prefix + ".code.unknown", pointer, name);
            return null;
        }
        return codes.fromCode(node.asText());
    }

    /** Reads a list of codes; null for a wrong shape, an empty list when absent. */
    <E extends Enum<E> & Coded> List<E> codes(JsonNode parent, String pointer, String name, CodeTable<E> codes) {
        List<JsonNode> items = array(parent, pointer, name, false);
        List<E> result = new ArrayList<>();
        if (items == null) {
            return parent.has(name) && !parent.get(name).isNull() ? null : result;
        }
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            E value = code(items.get(i), append(append(pointer, name), i), name, codes);
            if (value == null) {
                ok = false;
            } else {
                result.add(value);
            }
        }
        return ok ? result : null;
    }

    /**
     * Reads a map of field name to accepted values: each value a string, a boolean or an array of them.
     * Booleans become {@code "true"}/{@code "false"}.
     */
    Map<String, List<String>> valueMap(JsonNode parent, String pointer, String name) {
        JsonNode node = object(parent, pointer, name, false);
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (node == null) {
            return parent.has(name) && !parent.get(name).isNull() ? null : result;
        }
        boolean ok = true;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPointer = append(append(pointer, name), field.getKey());
            List<String> values = new ArrayList<>();
            JsonNode value = field.getValue();
            List<JsonNode> items = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(items::add);
            } else {
                items.add(value);
            }
            for (JsonNode item : items) {
                if (item.isTextual() || item.isBoolean()) {
                    values.add(item.asText());
                } else {
                    sink.error(prefix + ".field.type", fieldPointer, field.getKey(), "a string, a boolean or an array of them");
                    ok = false;
                }
            }
            if (values.isEmpty() && ok) {
                sink.error(prefix + ".field.type", fieldPointer, field.getKey(), "a string, a boolean or an array of them");
                ok = false;
            }
            result.put(field.getKey(), values);
        }
        return ok ? result : null;
    }

    Optional<String> optionalText(JsonNode parent, String pointer, String name) {
        return Optional.ofNullable(text(parent, pointer, name, false));
    }
}
