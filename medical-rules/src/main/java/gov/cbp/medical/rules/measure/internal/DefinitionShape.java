package gov.cbp.medical.rules.measure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.reading.Pointer;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The structure of one JSON value in a measure-set file: checks a tree and reports every structural problem
 * (missing, unknown, wrongly typed properties, unknown codes), so that binding cannot fail afterwards.
 */
public abstract class DefinitionShape {
    /** Per JSON string: the longest text accepted. */
    public static final int MAX_TEXT = 8_000;

    /**
     * Checks a value.
     *
     * @param node the value, not null
     * @param pointer its JSON Pointer
     * @param problems receives the problems
     */
    public abstract void check(JsonNode node, String pointer, ProblemCollector problems);

    /**
     * A string of at most a length.
     *
     * @param maxLength the greatest length
     * @return the shape
     */
    public static DefinitionShape string(int maxLength) {
        return new DefinitionShape() {
            @Override
            public void check(JsonNode node, String pointer, ProblemCollector problems) {
                if (!node.isTextual()) {
                    problems.add(Severity.ERROR, "measure.field.type", pointer, "string");
                } else if (node.textValue().length() > maxLength) {
                    problems.add(Severity.ERROR, "measure.field.tooLong", pointer, Integer.toString(maxLength));
                }
            }
        };
    }

    /**
     * An integer within bounds.
     *
     * @param min the least value
     * @param max the greatest value
     * @return the shape
     */
    public static DefinitionShape integer(int min, int max) {
        return new DefinitionShape() {
            @Override
            public void check(JsonNode node, String pointer, ProblemCollector problems) {
                if (!node.isIntegralNumber()) {
                    problems.add(Severity.ERROR, "measure.field.type", pointer, "integer");
                } else if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
                    problems.add(Severity.ERROR, "measure.field.range", pointer, Integer.toString(min),
                            Integer.toString(max));
                }
            }
        };
    }

    /**
     * One of a list of codes.
     *
     * @param codes the codes
     * @return the shape
     */
    public static DefinitionShape code(List<String> codes) {
        return new DefinitionShape() {
            @Override
            public void check(JsonNode node, String pointer, ProblemCollector problems) {
                if (!node.isTextual()) {
                    problems.add(Severity.ERROR, "measure.field.type", pointer, "string");
                } else if (!codes.contains(node.textValue())) {
                    problems.add(Severity.ERROR, "measure.code.unknown", pointer, String.join(", ", codes));
                }
            }
        };
    }

    /**
     * An array of values of one shape.
     *
     * @param item the items' shape
     * @param maxItems the most items
     * @return the shape
     */
    public static DefinitionShape array(DefinitionShape item, int maxItems) {
        return new DefinitionShape() {
            @Override
            public void check(JsonNode node, String pointer, ProblemCollector problems) {
                if (!node.isArray()) {
                    problems.add(Severity.ERROR, "measure.field.type", pointer, "array");
                    return;
                }
                if (node.size() > maxItems) {
                    problems.add(Severity.ERROR, "measure.array.tooLarge", pointer, Integer.toString(maxItems));
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    item.check(node.get(i), Pointer.append(pointer, i), problems);
                }
            }
        };
    }

    /**
     * A shape defined later, for recursive structures.
     *
     * @param shape supplies the shape
     * @return the shape
     */
    public static DefinitionShape lazy(Supplier<DefinitionShape> shape) {
        return new DefinitionShape() {
            @Override
            public void check(JsonNode node, String pointer, ProblemCollector problems) {
                shape.get().check(node, pointer, problems);
            }
        };
    }

    /**
     * An object with known properties.
     *
     * @return a new object shape to fill
     */
    public static ObjectShape object() {
        return new ObjectShape();
    }

    /** An object's shape: required and optional properties; any other property is a problem. */
    public static final class ObjectShape extends DefinitionShape {
        private final Map<String, DefinitionShape> properties = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();

        private ObjectShape() {}

        /**
         * Adds a required property.
         *
         * @param name the name
         * @param shape its shape
         * @return this
         */
        public ObjectShape required(String name, DefinitionShape shape) {
            properties.put(name, shape);
            required.add(name);
            return this;
        }

        /**
         * Adds an optional property.
         *
         * @param name the name
         * @param shape its shape
         * @return this
         */
        public ObjectShape optional(String name, DefinitionShape shape) {
            properties.put(name, shape);
            return this;
        }

        @Override
        public void check(JsonNode node, String pointer, ProblemCollector problems) {
            if (!node.isObject()) {
                problems.add(Severity.ERROR, "measure.field.type", pointer, "object");
                return;
            }
            for (String name : required) {
                JsonNode value = node.get(name);
                if (value == null || value.isNull()) {
                    problems.add(Severity.ERROR, "measure.field.required", Pointer.append(pointer, name), name);
                }
            }
            node.fieldNames().forEachRemaining(name -> {
                DefinitionShape shape = properties.get(name);
                JsonNode value = node.get(name);
                if (shape == null) {
                    problems.add(Severity.ERROR, "measure.field.unknown", Pointer.atInputName(pointer, name));
                } else if (!value.isNull()) {
                    shape.check(value, Pointer.append(pointer, name), problems);
                }
            });
        }
    }
}
