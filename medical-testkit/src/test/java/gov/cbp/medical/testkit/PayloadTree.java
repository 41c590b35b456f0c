package gov.cbp.medical.testkit;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadValidator;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The properties of a payload tree, each paired with the model accessor that binds it: its JSON Pointer, its
 * kind, and whether the payload must have it.
 *
 * <p>Required-ness is derived from the Java model, not copied from the validator's shapes: an accessor that
 * is abstract and neither {@code Optional} nor a {@code List} is required, plus the two decisions the payload
 * format adds ({@code formatVersion} must be stated; {@code facilities} must be listed) and the event
 * discriminator {@code type}. Tests that drop such a property and expect {@code payload.field.required} thus
 * check the hand-written decoder against the Jackson binding.
 */
final class PayloadTree {
    /** A clock after every generated instant. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC);
    /** A validator with that clock. */
    static final PayloadValidator VALIDATOR = PayloadValidator.builder().clock(CLOCK).build();

    /** The properties that refer to another event of the episode. */
    static final Set<String> REFERENCES = Set.of("interviewEventId", "subjectEventId", "issueEventId", "callEventId",
            "reasonEventIds", "reasonEventId", "visitEventId", "assessmentEventId", "placementEventId",
            "medicationEventId", "reviewEventId", "startEventId", "birthEventId", "triggerEventId");

    /** The JSON kind of a property. */
    enum Kind {
        TEXT, CODE, INSTANT, DATE, ZONE, DURATION, INTEGER, BOOLEAN, OBJECT, ARRAY, EVENT_TYPE;

        /** A value of another JSON type than this kind accepts. */
        JsonNode wrongType() {
            JsonNodeFactory f = JsonNodeFactory.instance;
            switch (this) {
                case INTEGER:
                    return f.textNode("12");
                case BOOLEAN:
                    return f.textNode("true");
                case OBJECT:
                    return f.arrayNode();
                case ARRAY:
                    return f.objectNode();
                default:
                    return f.numberNode(42);
            }
        }
    }

    /** A property of an object, or an element of an array. */
    static final class Slot {
        final String pointer;
        final JsonNode container;
        final String name;
        final int index;
        final Kind kind;
        final boolean required;
        final Class<?> javaType;

        Slot(String pointer, JsonNode container, String name, int index, Kind kind, boolean required, Class<?> javaType) {
            this.pointer = pointer;
            this.container = container;
            this.name = name;
            this.index = index;
            this.kind = kind;
            this.required = required;
            this.javaType = javaType;
        }

        boolean isElement() {
            return name == null;
        }

        /** Replaces the value. */
        void set(JsonNode value) {
            if (isElement()) {
                ((ArrayNode) container).set(index, value);
            } else {
                ((ObjectNode) container).set(name, value);
            }
        }

        /** Removes the property (not for elements). */
        void remove() {
            ((ObjectNode) container).remove(name);
        }

        JsonNode value() {
            return isElement() ? container.get(index) : container.get(name);
        }

        @Override
        public String toString() {
            return pointer + " (" + kind + (required ? ", required" : "") + ")";
        }
    }

    private static final Map<String, Class<?>> EVENT_CLASSES = eventClasses();

    private static Map<String, Class<?>> eventClasses() {
        Map<String, Class<?>> map = new HashMap<>();
        for (Class<?> type : ModelArbitraries.types()) {
            JsonTypeName name = type.getAnnotation(JsonTypeName.class);
            if (name != null && MedicalEvent.class.isAssignableFrom(type)) {
                map.put(name.value(), type);
            }
        }
        return map;
    }

    private PayloadTree() {}

    /** The tree of an episode. */
    static ObjectNode tree(CustodyEpisode episode) {
        return MedicalJson.mapper().valueToTree(episode);
    }

    /**
     * Every property and element of an episode tree that the model binds, depth first; properties the model
     * does not know and values of the wrong type (after a mutation) are passed over.
     */
    static List<Slot> slots(ObjectNode episode) {
        List<Slot> out = new ArrayList<>();
        walk(episode, CustodyEpisode.class, "", out, false);
        return out;
    }

    /**
     * Every property and element of an episode tree, depth first.
     *
     * @throws AssertionError if the tree has a property the model does not bind, or a value of the wrong kind
     */
    static List<Slot> strictSlots(ObjectNode episode) {
        List<Slot> out = new ArrayList<>();
        walk(episode, CustodyEpisode.class, "", out, true);
        return out;
    }

    private static Class<?> eventClass(JsonNode event, boolean strict) {
        Class<?> type = EVENT_CLASSES.get(event.path("type").asText());
        if (type == null && strict) {
            throw new AssertionError("no event class for type " + event.path("type"));
        }
        return type;
    }

    private static void walk(ObjectNode node, Class<?> type, String pointer, List<Slot> out, boolean strict) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            String at = pointer + "/" + name;
            if (name.equals("type") && MedicalEvent.class.isAssignableFrom(type)) {
                out.add(new Slot(at, node, name, -1, Kind.EVENT_TYPE, true, String.class));
                continue;
            }
            Method accessor;
            try {
                accessor = type.getMethod(name);
            } catch (NoSuchMethodException e) {
                if (strict) {
                    throw new AssertionError("the payload has a property the model does not bind: " + at, e);
                }
                continue;
            }
            Class<?> raw = accessor.getReturnType();
            boolean optional = raw == Optional.class;
            boolean list = raw == List.class;
            Class<?> element = optional || list ? typeArgument(accessor.getGenericReturnType()) : raw;
            boolean required = (!optional && !list && !accessor.isDefault())
                    || (type == CustodyEpisode.class && (name.equals("formatVersion") || name.equals("facilities")));
            Kind kind = list ? Kind.ARRAY : kindOf(element);
            out.add(new Slot(at, node, name, -1, kind, required, element));
            JsonNode value = field.getValue();
            if (strict && !matches(kind, value)) {
                throw new AssertionError("the payload has a value of the wrong kind at " + at);
            }
            if (kind == Kind.OBJECT && value.isObject()) {
                walk((ObjectNode) value, element, at, out, strict);
            } else if (list && value.isArray()) {
                Kind elementKind = kindOf(element);
                for (int i = 0; i < value.size(); i++) {
                    JsonNode item = value.get(i);
                    String itemAt = at + "/" + i;
                    out.add(new Slot(itemAt, value, null, i, elementKind, false, element));
                    if (strict && !matches(elementKind, item)) {
                        throw new AssertionError("the payload has a value of the wrong kind at " + itemAt);
                    }
                    if (elementKind == Kind.OBJECT && item.isObject()) {
                        Class<?> itemType = element == MedicalEvent.class ? eventClass(item, strict) : element;
                        if (itemType != null) {
                            walk((ObjectNode) item, itemType, itemAt, out, strict);
                        }
                    }
                }
            }
        }
    }

    private static boolean matches(Kind kind, JsonNode value) {
        switch (kind) {
            case OBJECT:
                return value.isObject();
            case ARRAY:
                return value.isArray();
            case INTEGER:
                return value.isIntegralNumber();
            case BOOLEAN:
                return value.isBoolean();
            default:
                return value.isTextual();
        }
    }

    private static Class<?> typeArgument(Type generic) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
        return argument instanceof Class ? (Class<?>) argument : (Class<?>) ((ParameterizedType) argument).getRawType();
    }

    private static Kind kindOf(Class<?> type) {
        if (type == String.class) {
            return Kind.TEXT;
        }
        if (type == Instant.class) {
            return Kind.INSTANT;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return Kind.ZONE;
        }
        if (type == Duration.class) {
            return Kind.DURATION;
        }
        if (type == Integer.class || type == int.class) {
            return Kind.INTEGER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type.isEnum()) {
            return Kind.CODE;
        }
        return Kind.OBJECT;
    }
}
