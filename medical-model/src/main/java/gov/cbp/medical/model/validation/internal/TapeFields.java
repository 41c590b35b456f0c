package gov.cbp.medical.model.validation.internal;

import static gov.cbp.medical.model.validation.Severity.ERROR;
import static gov.cbp.medical.model.validation.Severity.WARNING;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.validation.PropertyNames;
import gov.cbp.medical.model.validation.reading.Pointer;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the properties of one object of a {@link Tape}, checking each against its declaration and reporting
 * every problem with its JSON Pointer.
 *
 * <p>A property that is missing, of the wrong type or out of bounds is reported and not passed on; the
 * object is {@linkplain #complete() complete} only if every required property was read. Properties the
 * shape does not declare are reported as warnings (forward compatibility within a major format version).
 */
final class TapeFields implements Fields {
    private final Decoding decoding;
    private final Tape tape;
    private int node;
    /**
     * Where the object is: its container's reader and the step from there (a member name, and an index into the
     * array that member holds, or -1), or a fixed {@link #path} at the root. The path is made on first use, so
     * that only an object with a problem pays for its pointer.
     */
    private TapeFields outer;
    private String step;
    private int index;
    private Pointer path;
    /** The reader of this object's nested objects, made once and reused for each of them in turn. */
    private TapeFields inner;
    /**
     * The member after the one found last, and its position: the next search starts there, since shapes mostly
     * declare properties in the order senders write them.
     */
    private int cursor = -1;
    private int cursorOrdinal;
    /** The members a declaration found, by position: the first 64 in bits, the rest (rare) in an array. */
    private long taken;
    private boolean[] takenBeyond;
    private int consumed;
    private boolean complete = true;

    private TapeFields(Decoding decoding, Tape tape) {
        this.decoding = decoding;
        this.tape = tape;
    }

    /** Reads the object at the root of a document with a shape and reports its unknown properties. */
    static <T> T read(Decoding decoding, Tape tape, int node, Pointer path, Shape<T> shape) {
        TapeFields fields = new TapeFields(decoding, tape);
        fields.path = path;
        return fields.readAs(node, shape, null);
    }

    /** Reads a nested object, at a member of this object or an element of an array there. */
    private <T> T readNested(int object, String member, int element, Shape<T> shape, String alsoDeclared) {
        return nested(member, element).readAs(object, shape, alsoDeclared);
    }

    /** The reader of this object's nested objects, placed at a member (and an index into it, or -1). */
    private TapeFields nested(String member, int element) {
        if (inner == null) {
            inner = new TapeFields(decoding, tape);
        }
        inner.outer = this;
        inner.step = member;
        inner.index = element;
        inner.path = null;
        return inner;
    }

    private <T> T readAs(int object, Shape<T> shape, String alsoDeclared) {
        node = object;
        cursor = -1;
        cursorOrdinal = 0;
        taken = 0;
        takenBeyond = null;
        consumed = 0;
        complete = true;
        if (tape.size(object) > Limits.MAX_PROPERTIES) {
            decoding.add(ERROR, "payload.object.tooManyProperties", path().pointer(), Integer.toString(Limits.MAX_PROPERTIES));
            return null;
        }
        if (alsoDeclared != null) {
            take(alsoDeclared, Need.OPTIONAL);
        }
        T value = shape.read(this);
        reportUnknown();
        return value;
    }

    /** This object's location. */
    private Pointer path() {
        if (path == null) {
            Pointer member = outer.path().child(step);
            path = index < 0 ? member : member.index(index);
        }
        return path;
    }

    @Override
    public boolean complete() {
        return complete;
    }

    /** The member's node, or -1 (after reporting if required) if it is absent or null. */
    private int take(String name, Need need) {
        int value = find(name);
        if (value >= 0) {
            consumed++;
        }
        if (value < 0 || tape.kind(value) == Tape.NULL) {
            if (need == Need.REQUIRED) {
                decoding.add(ERROR, "payload.field.required", path().pointer(name), name);
                complete = false;
            }
            return -1;
        }
        return value;
    }

    private void invalid(Need need) {
        if (need == Need.REQUIRED) {
            complete = false;
        }
    }

    private void wrongType(String name, Need need, String expected) {
        decoding.add(ERROR, "payload.field.type", path().pointer(name), name, expected);
        invalid(need);
    }

    /** The member of a name, marked as declared, or -1; from the cursor to the end, then from the start. */
    private int find(String name) {
        int size = tape.size(node);
        int member = cursor < 0 ? Tape.first(node) : cursor;
        int ordinal = cursor < 0 ? 0 : cursorOrdinal;
        for (int n = 0; n < size; n++) {
            if (ordinal == size) {
                member = Tape.first(node);
                ordinal = 0;
            }
            if (tape.name(member).equals(name)) {
                if (ordinal < Long.SIZE) {
                    taken |= 1L << ordinal;
                } else {
                    if (takenBeyond == null) {
                        takenBeyond = new boolean[size - Long.SIZE];
                    }
                    takenBeyond[ordinal - Long.SIZE] = true;
                }
                cursor = tape.next(member);
                cursorOrdinal = ordinal + 1;
                return member;
            }
            member = tape.next(member);
            ordinal++;
        }
        return -1;
    }

    /**
     * Reports the members no declaration found. (Names are unique in an object, so a member is found exactly
     * when its name is declared.)
     */
    private void reportUnknown() {
        int size = tape.size(node);
        if (consumed == size) {
            return;
        }
        for (int member = Tape.first(node), ordinal = 0; ordinal < size; member = tape.next(member), ordinal++) {
            boolean declared = ordinal < Long.SIZE ? (taken & 1L << ordinal) != 0
                    : takenBeyond != null && takenBeyond[ordinal - Long.SIZE];
            if (!declared) {
                String name = tape.name(member);
                decoding.add(WARNING, "payload.field.unknown", path().pointerAtInputName(name), PropertyNames.display(name));
            }
        }
    }

    @Override
    public String text(String name, Need need, TextRule kind) {
        int value = take(name, need);
        if (value < 0) {
            return null;
        }
        return checkText(value, kind, name, need, -1);
    }

    /** Checks a string, the property's own value or (at {@code element} ≥ 0) an element of the array it holds. */
    private String checkText(int value, TextRule kind, String name, Need need, int element) {
        if (tape.kind(value) != Tape.STRING) {
            decoding.add(ERROR, "payload.field.type", textPointer(name, element), name, "string");
            invalid(need);
            return null;
        }
        String text = tape.text(value);
        if (text.length() > kind.maxLength && text.codePointCount(0, text.length()) > kind.maxLength) {
            decoding.add(ERROR, "payload.text.tooLong", textPointer(name, element), name, Integer.toString(kind.maxLength));
            invalid(need);
            return null;
        }
        if (!kind.shape.accepts(text)) {
            decoding.add(ERROR, kind.shape.code, textPointer(name, element), name);
            invalid(need);
            return null;
        }
        return text;
    }

    private String textPointer(String name, int element) {
        return element < 0 ? path().pointer(name) : path().child(name).index(element).pointer();
    }

    @Override
    public List<String> texts(String name, Need need, TextRule kind) {
        int value = take(name, need);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) != Tape.ARRAY) {
            wrongType(name, need, "array");
            return null;
        }
        if (!checkSize(value, name, Limits.MAX_ITEMS, need)) {
            return null;
        }
        int size = tape.size(value);
        List<String> texts = new ArrayList<>(size);
        int[] kept = null;
        for (int i = 0, element = Tape.first(value); i < size; i++, element = tape.next(element)) {
            String text = checkText(element, kind, name, Need.OPTIONAL, i);
            if (text != null) {
                if (kept != null) {
                    kept[texts.size()] = i;
                }
                texts.add(text);
            } else if (kept == null) {
                kept = firstIndexes(texts.size(), size);
            }
        }
        if (kept != null) {
            decoding.listRead(path().pointer(name), Arrays.copyOf(kept, texts.size()));
        }
        return texts;
    }

    private boolean checkSize(int array, String name, int max, Need need) {
        if (tape.size(array) > max) {
            decoding.add(ERROR, "payload.list.tooLong", path().pointer(name), name, Integer.toString(max));
            invalid(need);
            return false;
        }
        return true;
    }

    /** The string value of a property that must be a JSON string, or null (after reporting) if absent or not one. */
    private String textValue(String name, Need need) {
        int value = take(name, need);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) != Tape.STRING) {
            wrongType(name, need, "string");
            return null;
        }
        return tape.text(value);
    }

    /** Reports a string that does not parse as its kind. */
    private void unreadable(String code, String name, Need need) {
        decoding.add(ERROR, code, path().pointer(name), name);
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
            decoding.add(ERROR, "payload.instant.range", path().pointer(name), name, Limits.EARLIEST_INSTANT.toString(),
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
            decoding.add(ERROR, "payload.date.range", path().pointer(name), name, Limits.EARLIEST_DATE.toString(),
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
            decoding.add(ERROR, "payload.duration.range", path().pointer(name), name, Limits.MIN_DOSE_INTERVAL.toString(),
                    Limits.MAX_DOSE_INTERVAL.toString());
            invalid(need);
            return null;
        }
        return duration;
    }

    @Override
    public Integer integer(String name, Need need, int min, int max) {
        int value = take(name, need);
        if (value < 0) {
            return null;
        }
        Number number = tape.kind(value) == Tape.NUMBER ? tape.number(value) : null;
        if (number == null || !isWhole(number)) {
            wrongType(name, need, "integer");
            return null;
        }
        if (!canConvertToInt(number) || number.intValue() < min || number.intValue() > max) {
            decoding.add(ERROR, "payload.number.range", path().pointer(name), name, Integer.toString(min),
                    Integer.toString(max));
            invalid(need);
            return null;
        }
        return number.intValue();
    }

    @Override
    public Boolean bool(String name, Need need) {
        int value = take(name, need);
        if (value < 0) {
            return null;
        }
        byte kind = tape.kind(value);
        if (kind != Tape.TRUE && kind != Tape.FALSE) {
            wrongType(name, need, "boolean");
            return null;
        }
        return kind == Tape.TRUE;
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
                decoding.add(WARNING, "payload.code.unknown", path().pointer(name), name);
                constant = codes.fromCode(code);
            } else {
                decoding.add(ERROR, "payload.code.invalid", path().pointer(name), name, String.join(", ", codes.codes()));
                invalid(need);
                return null;
            }
        }
        return constant;
    }

    @Override
    public <T> T object(String name, Need need, Shape<T> shape) {
        int value = take(name, need);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) != Tape.OBJECT) {
            wrongType(name, need, "object");
            return null;
        }
        T result = readNested(value, name, -1, shape, null);
        if (result == null) {
            invalid(need);
            return null;
        }
        return result;
    }

    @Override
    public <T> List<T> objects(String name, Need need, Shape<T> shape) {
        int value = take(name, need);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) != Tape.ARRAY) {
            wrongType(name, need, "array");
            return null;
        }
        if (!checkSize(value, name, Limits.MAX_ITEMS, need)) {
            return null;
        }
        int size = tape.size(value);
        List<T> items = new ArrayList<>(size);
        int[] kept = null;
        for (int i = 0, element = Tape.first(value); i < size; i++, element = tape.next(element)) {
            T item = null;
            if (tape.kind(element) != Tape.OBJECT) {
                decoding.add(ERROR, "payload.field.type", path().child(name).pointer(Integer.toString(i)), name, "object");
            } else {
                item = readNested(element, name, i, shape, null);
            }
            if (item != null) {
                if (kept != null) {
                    kept[items.size()] = i;
                }
                items.add(item);
            } else if (kept == null) {
                kept = firstIndexes(items.size(), size);
            }
        }
        if (kept != null) {
            // cross-field problems point into the bound list: they are mapped back to the input's indexes
            decoding.listRead(path().pointer(name), Arrays.copyOf(kept, items.size()));
        }
        return items;
    }

    @Override
    public List<MedicalEvent> events(String name, Need need) {
        int value = take(name, need);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) != Tape.ARRAY) {
            wrongType(name, need, "array");
            return null;
        }
        if (!checkSize(value, name, Limits.MAX_EVENTS, need)) {
            return null;
        }
        int size = tape.size(value);
        List<MedicalEvent> events = new ArrayList<>(size);
        for (int i = 0, element = Tape.first(value); i < size; i++, element = tape.next(element)) {
            MedicalEvent event = readEvent(element, name, i);
            if (event != null) {
                decoding.eventRead(i);
                events.add(event);
            } else {
                decoding.eventUnread(typeOf(tape, element));
            }
        }
        return events;
    }

    /**
     * Whether a number is whole: every integer is, and a floating-point number with a zero fraction, such as
     * {@code 30.0}, is an integer to JSON Schema 2020-12, so to this reader.
     */
    private static boolean isWhole(Number number) {
        if (!(number instanceof Double)) {
            return true;
        }
        double d = number.doubleValue();
        return !Double.isInfinite(d) && d == Math.rint(d);
    }

    /** Jackson's {@code canConvertToInt} of the number's tree node. */
    private static boolean canConvertToInt(Number number) {
        if (number instanceof Integer) {
            return true;
        }
        if (number instanceof Long) {
            long l = number.longValue();
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE;
        }
        if (number instanceof BigInteger) {
            return ((BigInteger) number).bitLength() <= 31;
        }
        double d = number.doubleValue();
        return d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE;
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
    private static String typeOf(Tape tape, int element) {
        int type = tape.kind(element) == Tape.OBJECT ? tape.member(element, "type") : -1;
        if (type < 0 || tape.kind(type) != Tape.STRING) {
            return EventType.UNKNOWN.code();
        }
        EventType known = EventType.fromCode(tape.text(type));
        return known == null ? EventType.UNKNOWN.code() : known.code();
    }

    /** Reads one event, dispatching on its {@code "type"} wherever the object has it; null if it cannot be bound. */
    static MedicalEvent readEvent(Decoding decoding, Tape tape, int element, Pointer at, String listName) {
        TapeFields fields = new TapeFields(decoding, tape);
        fields.path = at;
        return fields.readEventAs(element, listName);
    }

    /** Reads an element of an array of events held by a member of this object. */
    private MedicalEvent readEvent(int element, String member, int position) {
        return nested(member, position).readEventAs(element, member);
    }

    private MedicalEvent readEventAs(int element, String listName) {
        if (tape.kind(element) != Tape.OBJECT) {
            decoding.add(ERROR, "payload.field.type", path().pointer(), listName, "object");
            return null;
        }
        int typeNode = tape.member(element, "type");
        if (typeNode < 0 || tape.kind(typeNode) == Tape.NULL) {
            decoding.add(ERROR, "payload.field.required", path().pointer("type"), "type");
            return null;
        }
        if (tape.kind(typeNode) != Tape.STRING) {
            decoding.add(ERROR, "payload.field.type", path().pointer("type"), "type", "string");
            return null;
        }
        EventType type = EventType.fromCode(tape.text(typeNode));
        Shape<? extends MedicalEvent> shape = Shapes.EVENTS.get(type);
        if (shape == null) {
            decoding.add(WARNING, "payload.event.typeUnknown", path().pointer("type"));
            return null;
        }
        return readAs(element, shape, "type");
    }
}
