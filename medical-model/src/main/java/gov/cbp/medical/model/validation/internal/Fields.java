package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.event.MedicalEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The properties of one JSON object, as a {@link Shape} declares and reads them.
 *
 * <p>Each method declares one property and, when the payload holds a valid value for it, passes the value
 * to {@code to}. {@link TapeFields} reads a parsed document; {@link SchemaFields} only records the
 * declarations as JSON Schema.
 */
interface Fields {
    void text(String name, Need need, TextRule kind, Consumer<String> to);

    void texts(String name, Need need, TextRule kind, Consumer<List<String>> to);

    void instant(String name, Need need, Consumer<Instant> to);

    /** A calendar date; dates in the model are dates of birth, so they are personal data. */
    void date(String name, Need need, Consumer<LocalDate> to);

    void zone(String name, Need need, Consumer<ZoneId> to);

    void duration(String name, Need need, Consumer<Duration> to);

    void integer(String name, Need need, int min, int max, Consumer<Integer> to);

    void bool(String name, Need need, Consumer<Boolean> to);

    <E extends Enum<E> & Coded> void coded(String name, Need need, CodeTable<E> codes, Consumer<E> to);

    <T> void object(String name, Need need, Shape<T> shape, Consumer<T> to);

    <T> void objects(String name, Need need, Shape<T> shape, Consumer<List<T>> to);

    /** The timeline: an array of events, each shaped by its {@code "type"}. */
    void events(String name, Need need, Consumer<List<MedicalEvent>> to);

    /**
     * Whether every required property so far was present and valid, so the object can be built.
     *
     * @return true if complete
     */
    boolean complete();
}
