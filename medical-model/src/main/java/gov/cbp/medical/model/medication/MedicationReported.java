package gov.cbp.medical.model.medication;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.PersonalData;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable record of a medication in the person's possession on arrival, or reported by them.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableMedicationReported.class)
@JsonDeserialize(as = ImmutableMedicationReported.class)
@JsonTypeName("medication-reported")
public interface MedicationReported extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.MEDICATION_REPORTED;
    }

    /**
     * True if reported but not in possession.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean reportedOnly() {
        return false;
    }

    /**
     * The medication as named on the label or by the person (personal data).
     *
     * @return the value, empty when absent
     */
    @PersonalData
    @Value.Redacted
    Optional<@Size(max = Limits.MAX_TEXT_LENGTH) String> medication();

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

    /** Builds a {@link MedicationReported}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMedicationReported.Builder {}
}
