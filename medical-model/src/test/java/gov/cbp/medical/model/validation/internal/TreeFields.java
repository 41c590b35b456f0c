package gov.cbp.medical.model.validation.internal;

import static gov.cbp.medical.model.validation.Severity.ERROR;
import static gov.cbp.medical.model.validation.Severity.WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.validation.PropertyNames;
import gov.cbp.medical.model.validation.reading.Pointer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The reader of a Jackson tree that {@link TapeFields} replaced (issue 18), unchanged: kept in test scope as
 * the oracle of {@link TapeDifferentialTest}, through {@link TreeOracle}.
 *
 * <p>Reads the properties of one parsed JSON object, checking each against its declaration and reporting
 * every problem with its JSON Pointer.
 *
 * <p>A property that is missing, of the wrong type or out of bounds is reported and not passed on; the
 * object is {@linkplain #complete() complete} only if every required property was read. Properties the
 * shape does not declare are reported as warnings (forward compatibility within a major format version).
 */
final class TreeFields implements Fields {
    private final Decoding decoding;
    private final ObjectNode node;
    private final Pointer path;
    private final String[] declared = new String[24];
    private int declaredCount;
    private int consumed;
    private boolean complete = true;

    TreeFields(Decoding decoding, ObjectNode node, Pointer path) {
        this.decoding = decoding;
        this.node = node;
        this.path = path;
    }

    /** Reads an object node with a shape and reports its unknown properties. */
    static <T> T read(Decoding decoding, ObjectNode node, Pointer path, Shape<T> shape, String... alsoDeclared) {
        if (node.size() > Limits.MAX_PROPERTIES) {
            decoding.add(ERROR, "payload.object.tooManyProperties", path.pointer(), Integer.toString(Limits.MAX_PROPERTIES));
            return null;
        }
        TreeFields fields = new TreeFields(decoding, node, path);
        for (String name : alsoDeclared) {
            fields.take(name, Need.OPTIONAL);
        }
        T value = shape.read(fields);
        fields.reportUnknown();
        return value;
    }

    @Override
    public boolean complete() {
        return complete;
    }

    private JsonNode take(String name, Need need) {
        if (declaredCount < declared.length) {
            declared[declaredCount++] = name;
        }
        JsonNode value = node.get(name);
        if (value != null) {
            consumed++;
        }
        if (value == null || value.isNull()) {
            if (need == Need.REQUIRED) {
                decoding.add(ERROR, "payload.field.required", path.pointer(name), name);
                complete = false;
            }
            return null;
        }
        return value;
    }

    private void invalid(Need need) {
        if (need == Need.REQUIRED) {
            complete = false;
        }
    }

    private void wrongType(String name, Need need, String expected) {
        decoding.add(ERROR, "payload.field.type", path.pointer(name), name, expected);
        invalid(need);
    }

    private void reportUnknown() {
        if (consumed == node.size()) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!isDeclared(name)) {
                decoding.add(WARNING, "payload.field.unknown", path.pointerAtInputName(name), PropertyNames.display(name));
            }
        }
    }

    private boolean isDeclared(String name) {
        for (int i = 0; i < declaredCount; i++) {
            if (declared[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String text(String name, Need need, TextRule kind) {
        JsonNode value = take(name, need);
        if (value == null) {
            return null;
        }
        String text = checkText(value, kind, name, need, path, name);
        return text;
    }

    /** Checks a string; {@code at} and {@code step} locate it, and are only rendered as a pointer for a problem. */
    private String checkText(JsonNode value, TextRule kind, String name, Need need, Pointer at, String step) {
        if (!value.isTextual()) {
            decoding.add(ERROR, "payload.field.type", at.pointer(step), name, "string");
            invalid(need);
            return null;
        }
        String text = value.textValue();
        if (text.length() > kind.maxLength && text.codePointCount(0, text.length()) > kind.maxLength) {
            decoding.add(ERROR, "payload.text.tooLong", at.pointer(step), name, Integer.toString(kind.maxLength));
            invalid(need);
            return null;
        }
        if (!kind.shape.accepts(text)) {
            decoding.add(ERROR, kind.shape.code, at.pointer(step), name);
            invalid(need);
            return null;
        }
        return text;
    }

    @Override
    public List<String> texts(String name, Need need, TextRule kind) {
        JsonNode value = take(name, need);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            wrongType(name, need, "array");
            return null;
        }
        if (!checkSize(value, name, Limits.MAX_ITEMS, need)) {
            return null;
        }
        List<String> texts = new ArrayList<>(value.size());
        Pointer list = path.child(name);
        int[] kept = null;
        for (int i = 0; i < value.size(); i++) {
            String text = checkText(value.get(i), kind, name, Need.OPTIONAL, list.index(i), null);
            if (text != null) {
                if (kept != null) {
                    kept[texts.size()] = i;
                }
                texts.add(text);
            } else if (kept == null) {
                kept = firstIndexes(texts.size(), value.size());
            }
        }
        if (kept != null) {
            decoding.listRead(list.pointer(), Arrays.copyOf(kept, texts.size()));
        }
        return texts;
    }

    private boolean checkSize(JsonNode array, String name, int max, Need need) {
        if (array.size() > max) {
            decoding.add(ERROR, "payload.list.tooLong", path.pointer(name), name, Integer.toString(max));
            invalid(need);
            return false;
        }
        return true;
    }

    /** The string value of a property that must be a JSON string, or null (after reporting) if absent or not one. */
    private String textValue(String name, Need need) {
        JsonNode value = take(name, need);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            wrongType(name, need, "string");
            return null;
        }
        return value.textValue();
    }

    /** Reports a string that does not parse as its kind. */
    private void unreadable(String code, String name, Need need) {
        decoding.add(ERROR, code, path.pointer(name), name);
        invalid(need);
    }

    @Override
    public Instant instant(String name, Need need) {
        String text = textValue(name, need);
        if (text == null) {
            return null;
        }
        Instant instant = Instants.parse(text);
        if (instant == null) {
            unreadable("payload.instant.format", name, need);
            return null;
        }
        if (instant.isBefore(Limits.EARLIEST_INSTANT) || !instant.isBefore(Limits.LATEST_INSTANT)) {
            decoding.add(ERROR, "payload.instant.range", path.pointer(name), name, Limits.EARLIEST_INSTANT.toString(),
                    Limits.LATEST_INSTANT.toString());
            invalid(need);
            return null;
        }
        return instant;
    }

    @Override
    public LocalDate date(String name, Need need) {
        String text = textValue(name, need);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            unreadable("payload.date.format", name, need);
            return null;
        }
        if (date.isBefore(Limits.EARLIEST_DATE) || !date.isBefore(Limits.LATEST_DATE)) {
            decoding.add(ERROR, "payload.date.range", path.pointer(name), name, Limits.EARLIEST_DATE.toString(),
                    Limits.LATEST_DATE.toString());
            invalid(need);
            return null;
        }
        return date;
    }

    @Override
    public ZoneId zone(String name, Need need) {
        String text = textValue(name, need);
        if (text == null) {
            return null;
        }
        ZoneId zone = Zones.of(text);
        if (zone == null) {
            unreadable("payload.zone.unknown", name, need);
            return null;
        }
        return zone;
    }

    @Override
    public Duration duration(String name, Need need) {
        String text = textValue(name, need);
        if (text == null) {
            return null;
        }
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeException e) {
            unreadable("payload.duration.format", name, need);
            return null;
        }
        if (duration.isNegative() || duration.isZero()) {
            unreadable("payload.duration.notPositive", name, need);
            return null;
        }
        if (duration.compareTo(Limits.MIN_DOSE_INTERVAL) < 0 || duration.compareTo(Limits.MAX_DOSE_INTERVAL) > 0) {
            decoding.add(ERROR, "payload.duration.range", path.pointer(name), name, Limits.MIN_DOSE_INTERVAL.toString(),
                    Limits.MAX_DOSE_INTERVAL.toString());
            invalid(need);
            return null;
        }
        return duration;
    }

    @Override
    public Integer integer(String name, Need need, int min, int max) {
        JsonNode value = take(name, need);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() && !isWholeNumber(value)) {
            wrongType(name, need, "integer");
            return null;
        }
        if (!value.canConvertToInt() || !isWhole(value) || value.intValue() < min || value.intValue() > max) {
            decoding.add(ERROR, "payload.number.range", path.pointer(name), name, Integer.toString(min),
                    Integer.toString(max));
            invalid(need);
            return null;
        }
        return value.intValue();
    }

    @Override
    public Boolean bool(String name, Need need) {
        JsonNode value = take(name, need);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            wrongType(name, need, "boolean");
            return null;
        }
        return value.booleanValue();
    }

    @Override
    public <E extends Enum<E> & Coded> E coded(String name, Need need, CodeTable<E> codes) {
        String code = textValue(name, need);
        if (code == null) {
            return null;
        }
        E constant = codes.find(code);
        if (constant == null || constant.name().equals(CodeTable.UNKNOWN_NAME)) {
            if (codes.isOpen()) {
                decoding.add(WARNING, "payload.code.unknown", path.pointer(name), name);
                constant = codes.fromCode(code);
            } else {
                decoding.add(ERROR, "payload.code.invalid", path.pointer(name), name, String.join(", ", codes.codes()));
                invalid(need);
                return null;
            }
        }
        return constant;
    }

    @Override
    public <T> T object(String name, Need need, Shape<T> shape) {
        JsonNode value = take(name, need);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            wrongType(name, need, "object");
            return null;
        }
        T result = read(decoding, (ObjectNode) value, path.child(name), shape);
        if (result == null) {
            invalid(need);
            return null;
        }
        return result;
    }

    @Override
    public <T> List<T> objects(String name, Need need, Shape<T> shape) {
        JsonNode value = take(name, need);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            wrongType(name, need, "array");
            return null;
        }
        if (!checkSize(value, name, Limits.MAX_ITEMS, need)) {
            return null;
        }
        List<T> items = new ArrayList<>(value.size());
        Pointer list = path.child(name);
        int[] kept = null;
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            T item = null;
            if (!element.isObject()) {
                decoding.add(ERROR, "payload.field.type", list.pointer(Integer.toString(i)), name, "object");
            } else {
                item = read(decoding, (ObjectNode) element, list.index(i), shape);
            }
            if (item != null) {
                if (kept != null) {
                    kept[items.size()] = i;
                }
                items.add(item);
            } else if (kept == null) {
                kept = firstIndexes(items.size(), value.size());
            }
        }
        if (kept != null) {
            // cross-field problems point into the bound list: they are mapped back to the input's indexes
            decoding.listRead(list.pointer(), Arrays.copyOf(kept, items.size()));
        }
        return items;
    }

    @Override
    public List<MedicalEvent> events(String name, Need need) {
        JsonNode value = take(name, need);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            wrongType(name, need, "array");
            return null;
        }
        if (!checkSize(value, name, Limits.MAX_EVENTS, need)) {
            return null;
        }
        List<MedicalEvent> events = new ArrayList<>(value.size());
        Pointer list = path.child(name);
        for (int i = 0; i < value.size(); i++) {
            MedicalEvent event = readEvent(decoding, value.get(i), list.index(i), name);
            if (event != null) {
                decoding.eventRead(i);
                events.add(event);
            } else {
                decoding.eventUnread(typeOf(value.get(i)));
            }
        }
        return events;
    }

    /** A number with a zero fraction, such as {@code 30.0}: an integer to JSON Schema 2020-12, so to this reader. */
    private static boolean isWholeNumber(JsonNode value) {
        return value.isFloatingPointNumber() && isWhole(value);
    }

    private static boolean isWhole(JsonNode value) {
        if (!value.isFloatingPointNumber()) {
            return true;
        }
        double d = value.doubleValue();
        return !Double.isInfinite(d) && d == Math.rint(d);
    }

    /** The source indexes of the first {@code count} elements of a list of {@code size}, all kept so far. */
    private static int[] firstIndexes(int count, int size) {
        int[] kept = new int[size];
        for (int i = 0; i < count; i++) {
            kept[i] = i;
        }
        return kept;
    }

    /** The type code of an event that was not read: the input's text only if it is a known code. */
    private static String typeOf(JsonNode element) {
        JsonNode type = element == null ? null : element.get("type");
        if (type == null || !type.isTextual()) {
            return EventType.UNKNOWN.code();
        }
        EventType known = EventType.fromCode(type.textValue());
        return known == null ? EventType.UNKNOWN.code() : known.code();
    }

    /** Reads one event, dispatching on its {@code "type"}; null if it cannot be bound. */
    static MedicalEvent readEvent(Decoding decoding, JsonNode element, Pointer at, String listName) {
        if (element == null || !element.isObject()) {
            decoding.add(ERROR, "payload.field.type", at.pointer(), listName, "object");
            return null;
        }
        JsonNode typeNode = element.get("type");
        if (typeNode == null || typeNode.isNull()) {
            decoding.add(ERROR, "payload.field.required", at.pointer("type"), "type");
            return null;
        }
        if (!typeNode.isTextual()) {
            decoding.add(ERROR, "payload.field.type", at.pointer("type"), "type", "string");
            return null;
        }
        EventType type = EventType.fromCode(typeNode.textValue());
        Shape<? extends MedicalEvent> shape = Shapes.EVENTS.get(type);
        if (shape == null) {
            decoding.add(WARNING, "payload.event.typeUnknown", at.pointer("type"));
            return null;
        }
        return read(decoding, (ObjectNode) element, at, shape, "type");
    }
}
