package gov.cbp.medical.rules.internal;

import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.event.EventField;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The event type codes and event fields that a standard may reference in triggers and satisfiers, with the
 * values each field accepts and how to read it from an event.
 *
 * <p>Event types are the codes of {@link EventType} (less {@code unknown}) and the custody marks
 * {@value #BOOK_IN} and {@value #BOOK_OUT}. Fields are flags ({@code true}/{@code false}), codes of a model enum,
 * or references to other events. Free-text and personal fields are deliberately absent: a standard cannot
 * reference them. The fields of an event type are the model's declaration, {@link EventType#fields()},
 * derived at build time from the event's interface; only the custody marks' fields are listed here.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class EventVocabulary {
    /** The custody mark for book-in. */
    public static final String BOOK_IN = "book-in";
    /** The custody mark for book-out. */
    public static final String BOOK_OUT = "book-out";

    /** The kind of value a field holds. */
    public enum FieldKind {
        /** {@code true} or {@code false}. */
        FLAG,
        /** One code of a model enum. */
        CODE,
        /** The id of another event, or a list of ids. */
        REFERENCE
    }

    /** One field of one event type. */
    public static final class Field {
        private final String name;
        private final FieldKind kind;
        private final List<String> values;
        private final Function<Object, Optional<List<String>>> reader;

        Field(String name, FieldKind kind, List<String> values, Function<Object, Optional<List<String>>> reader) {
            this.name = name;
            this.kind = kind;
            this.values = values;
            this.reader = reader;
        }

        /**
         * The field name.
         *
         * @return the name
         */
        public String name() {
            return name;
        }

        /**
         * The kind.
         *
         * @return the kind
         */
        public FieldKind kind() {
            return kind;
        }

        /**
         * The accepted values: the codes, or {@code true} and {@code false}; empty for references.
         *
         * @return the values
         */
        public List<String> values() {
            return values;
        }

        /**
         * Reads the field.
         *
         * @param source the event, {@link gov.cbp.medical.model.custody.BookIn} or {@link BookOut}
         * @return the values as strings, empty if the field is not recorded
         */
        public Optional<List<String>> read(Object source) {
            return reader.apply(source);
        }
    }

    private static final Map<String, Map<String, Field>> FIELDS = build();

    private EventVocabulary() {}

    /**
     * The event type codes a standard may reference, custody marks first.
     *
     * @return the codes
     */
    public static Set<String> eventCodes() {
        return FIELDS.keySet();
    }

    /**
     * Whether a code is an event type code a standard may reference.
     *
     * @param code the code, may be null
     * @return true if known
     */
    public static boolean isEventCode(String code) {
        return code != null && FIELDS.containsKey(code);
    }

    /**
     * The vocabulary's own instance of an event type code, so that later lookups keyed by it compare by
     * identity first; any other string is returned as it is.
     *
     * @param code the code, may be null
     * @return the canonical instance, or the argument
     */
    public static String canonical(String code) {
        if (code == null) {
            return null;
        }
        for (String known : FIELDS.keySet()) {
            if (known.equals(code)) {
                return known;
            }
        }
        return code;
    }

    /**
     * The fields of an event type.
     *
     * @param eventCode the event type code
     * @return the fields by name, empty for an unknown type
     */
    public static Map<String, Field> fields(String eventCode) {
        return FIELDS.getOrDefault(eventCode, Map.of());
    }

    /**
     * A field of an event type.
     *
     * @param eventCode the event type code
     * @param name the field name
     * @return the field, empty if the type has none with that name
     */
    public static Optional<Field> field(String eventCode, String name) {
        return Optional.ofNullable(fields(eventCode).get(name));
    }

    private static Map<String, Map<String, Field>> build() {
        Map<String, Map<String, Field>> all = new LinkedHashMap<>();
        all.put(BOOK_IN, Map.of());
        all.put(BOOK_OUT, Map.of("disposition", new Field("disposition", FieldKind.CODE, Disposition.codes().codes(),
                source -> source instanceof BookOut
                        ? Optional.of(List.of(((BookOut) source).disposition().code())) : Optional.empty())));
        for (EventType type : EventType.values()) {
            if (type == EventType.UNKNOWN) {
                continue;
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            for (EventField field : type.fields()) {
                fields.put(field.name(), new Field(field.name(), FieldKind.valueOf(field.kind().name()), field.values(),
                        source -> source instanceof MedicalEvent ? field.read((MedicalEvent) source) : Optional.empty()));
            }
            all.put(type.code(), Collections.unmodifiableMap(fields));
        }
        return Collections.unmodifiableMap(all);
    }
}
