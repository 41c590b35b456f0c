package gov.cbp.medical.model.medication;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventReference;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable administration of a scheduled dose, or its documented refusal.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableMedicationAdministration.class)
@JsonDeserialize(as = ImmutableMedicationAdministration.class)
@JsonTypeName("medication-administration")
public interface MedicationAdministration extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.MEDICATION_ADMINISTRATION;
    }

    /**
     * The review that scheduled the dose.
     *
     * @return the value, not null
     */
    @EventReference(EventType.MEDICATION_REVIEW)
    @Size(max = Limits.MAX_ID_LENGTH)
    String reviewEventId();

    /**
     * When the dose was due.
     *
     * @return the value, empty when absent
     */
    Optional<Instant> scheduledAt();

    /**
     * Given, refused or not given.
     *
     * @return the value, not null
     */
    AdministrationStatus status();

    /**
     * Who gave it.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> givenBy();

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

    /** Builds a {@link MedicationAdministration}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMedicationAdministration.Builder {}
}
