package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.event.MedicalEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The properties of one JSON object, as a {@link Shape} declares and reads them.
 *
 * <p>Each method declares one property and returns its value when the payload holds a valid one, else null
 * (after reporting why, if it must). A returned value rather than a callback saves the shapes a bound method
 * reference, one allocation, per property read. {@link TapeFields} reads a parsed document; {@link SchemaFields}
 * only records the declarations as JSON Schema.
 */
interface Fields {
    String text(String name, Need need, TextRule kind);

    List<String> texts(String name, Need need, TextRule kind);

    Instant instant(String name, Need need);

    /** A calendar date; dates in the model are dates of birth, so they are personal data. */
    LocalDate date(String name, Need need);

    ZoneId zone(String name, Need need);

    Duration duration(String name, Need need);

    Integer integer(String name, Need need, int min, int max);

    Boolean bool(String name, Need need);

    <E extends Enum<E> & Coded> E coded(String name, Need need, CodeTable<E> codes);

    <T> T object(String name, Need need, Shape<T> shape);

    <T> List<T> objects(String name, Need need, Shape<T> shape);

    /** The timeline: an array of events, each shaped by its {@code "type"}. */
    List<MedicalEvent> events(String name, Need need);

    /**
     * Whether every required property so far was present and valid, so the object can be built.
     *
     * @return true if complete
     */
    boolean complete();
}
