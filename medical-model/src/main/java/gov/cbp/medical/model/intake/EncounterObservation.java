package gov.cbp.medical.model.intake;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable record that a person was observed for medical issues at encounter and told to report them (Directive 2210-004, phase 1).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableEncounterObservation.class)
@JsonDeserialize(as = ImmutableEncounterObservation.class)
@JsonTypeName("encounter-observation")
public interface EncounterObservation extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.ENCOUNTER_OBSERVATION;
    }

    /**
     * Who observed.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> observerId();

    /**
     * Whether a medical concern was observed.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean concernObserved() {
        return false;
    }

    /**
     * Whether the person was told to report medical issues.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean toldToReport() {
        return false;
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised from this value, to make a changed copy.
     *
     * @return the builder, not null
     */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link EncounterObservation}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableEncounterObservation.Builder {}
}
