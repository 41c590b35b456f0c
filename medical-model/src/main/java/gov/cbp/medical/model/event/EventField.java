package gov.cbp.medical.model.event;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An immutable description of one field of an event type that a standard may reference in a trigger or a
 * satisfier: a flag, a code of a model enum, or a reference to other events.
 *
 * <p>Derived at build time from the event's interface (its {@code boolean}, coded and
 * {@link EventReference @EventReference} accessors, in accessor order); free text and personal data are never
 * fields. {@link #read(MedicalEvent)} calls the accessor directly, without reflection.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EventField {
    /** The kind of value a field holds. */
    public enum Kind {
        /** {@code true} or {@code false}. */
        FLAG,
        /** One code of a model enum. */
        CODE,
        /** The id of another event, or a list of ids. */
        REFERENCE
    }

    private static final List<String> FLAG_VALUES = List.of("true", "false");

    private final EventType eventType;
    private final String name;
    private final Kind kind;
    private final List<String> values;
    private final Set<EventType> targets;
    private final Function<MedicalEvent, Optional<List<String>>> reader;

    private EventField(EventType eventType, String name, Kind kind, List<String> values, Set<EventType> targets,
            Function<MedicalEvent, Optional<List<String>>> reader) {
        this.eventType = Objects.requireNonNull(eventType);
        this.name = Objects.requireNonNull(name);
        this.kind = kind;
        this.values = values;
        this.targets = targets;
        this.reader = reader;
    }

    static EventField flag(EventType type, String name, Predicate<MedicalEvent> getter) {
        return new EventField(type, name, Kind.FLAG, FLAG_VALUES, Set.of(),
                e -> Optional.of(List.of(String.valueOf(getter.test(e)))));
    }

    static EventField optionalFlag(EventType type, String name, Function<MedicalEvent, Optional<Boolean>> getter) {
        return new EventField(type, name, Kind.FLAG, FLAG_VALUES, Set.of(),
                e -> getter.apply(e).map(value -> List.of(String.valueOf(value))));
    }

    static <E extends Enum<E> & Coded> EventField code(EventType type, String name, CodeTable<E> codes,
            Function<MedicalEvent, E> getter) {
        return new EventField(type, name, Kind.CODE, codes.codes(), Set.of(),
                e -> Optional.ofNullable(getter.apply(e)).map(value -> List.of(value.code())));
    }

    static <E extends Enum<E> & Coded> EventField optionalCode(EventType type, String name, CodeTable<E> codes,
            Function<MedicalEvent, Optional<E>> getter) {
        return new EventField(type, name, Kind.CODE, codes.codes(), Set.of(),
                e -> getter.apply(e).map(value -> List.of(value.code())));
    }

    static EventField reference(EventType type, String name, Set<EventType> targets, Function<MedicalEvent, String> getter) {
        return new EventField(type, name, Kind.REFERENCE, List.of(), targets, e -> Optional.of(List.of(getter.apply(e))));
    }

    static EventField optionalReference(EventType type, String name, Set<EventType> targets,
            Function<MedicalEvent, Optional<String>> getter) {
        return new EventField(type, name, Kind.REFERENCE, List.of(), targets, e -> getter.apply(e).map(List::of));
    }

    static EventField references(EventType type, String name, Set<EventType> targets,
            Function<MedicalEvent, List<String>> getter) {
        return new EventField(type, name, Kind.REFERENCE, List.of(), targets, e -> {
            List<String> ids = getter.apply(e);
            return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
        });
    }

    /**
     * The event type the field belongs to.
     *
     * @return the type, not null
     */
    public EventType eventType() {
        return eventType;
    }

    /**
     * The field's name: the accessor's and the JSON property's.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * The kind of value.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The values a standard may compare the field with: {@code true} and {@code false} for a flag, the codes of
     * the enum for a code; empty for a reference.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> values() {
        return values;
    }

    /**
     * The type a referenced event must have.
     *
     * @return an unmodifiable set: one type, or empty for any type and for fields that are no reference
     */
    public Set<EventType> targets() {
        return targets;
    }

    /**
     * Reads the field from an event.
     *
     * @param event the event, not null
     * @return the value as strings (a flag as {@code true}/{@code false}, a code as its code, references as
     *     ids), empty when the field is not recorded or the event is of another type
     */
    public Optional<List<String>> read(MedicalEvent event) {
        return event.type() == eventType ? reader.apply(event) : Optional.empty();
    }

    /** The field as {@code <type code>.<name>}; no value of any event. */
    @Override
    public String toString() {
        return eventType.code() + "." + name;
    }
}
