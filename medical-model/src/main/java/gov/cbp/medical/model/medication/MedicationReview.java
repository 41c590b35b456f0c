package gov.cbp.medical.model.medication;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.care.Credential;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventReference;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable medication review by medical personnel (Directive 2210-004, medication review).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableMedicationReview.class)
@JsonDeserialize(as = ImmutableMedicationReview.class)
@JsonTypeName("medication-review")
public interface MedicationReview extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.MEDICATION_REVIEW;
    }

    /**
     * The medication reviewed.
     *
     * @return the value, not null
     */
    @EventReference(EventType.MEDICATION_REPORTED)
    @Size(max = Limits.MAX_ID_LENGTH)
    String medicationEventId();

    /**
     * The provider.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> providerId();

    /**
     * The provider's credential.
     *
     * @return the value, not null
     */
    Credential credential();

    /**
     * Continue, hold or replace.
     *
     * @return the value, not null
     */
    MedicationDecision decision();

    /**
     * The interval between scheduled doses when continued or replaced (ISO-8601, e.g. {@code PT8H}).
     *
     * @return the value, empty when absent
     */
    Optional<Duration> doseInterval();

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

    /** Builds a {@link MedicationReview}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMedicationReview.Builder {}
}
