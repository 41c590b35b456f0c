package gov.cbp.medical.model.care;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.PersonalData;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventReference;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable medical assessment by medical personnel (Directive 2210-004, phase 3).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableMedicalAssessment.class)
@JsonDeserialize(as = ImmutableMedicalAssessment.class)
@JsonTypeName("medical-assessment")
public interface MedicalAssessment extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.MEDICAL_ASSESSMENT;
    }

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
     * The events that called for the assessment (issues, interviews, pregnancy).
     *
     * @return the value, not null, empty when absent
     */
    @EventReference
    @Size(max = Limits.MAX_ITEMS)
    List<@Size(max = Limits.MAX_ID_LENGTH) String> reasonEventIds();

    /**
     * Who interpreted.
     *
     * @return the value, empty when absent
     */
    Optional<@Valid Interpretation> interpretation();

    /**
     * The clinical findings (personal data).
     *
     * @return the value, empty when absent
     */
    @PersonalData
    @Value.Redacted
    Optional<@Size(max = Limits.MAX_TEXT_LENGTH) String> findings();

    /**
     * ICD-10-CM codes (shape-checked, not looked up).
     *
     * @return the value, not null, empty when absent
     */
    @Text(Text.Kind.ICD10)
    @Size(max = Limits.MAX_ITEMS)
    List<@Size(max = Limits.MAX_CODE_LENGTH) String> diagnoses();

    /**
     * The outcome; empty when the person refused.
     *
     * @return the value, empty when absent
     */
    Optional<AssessmentDisposition> disposition();

    /**
     * Whether the person refused the assessment (a documented refusal).
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean refused() {
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

    /** Builds a {@link MedicalAssessment}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMedicalAssessment.Builder {}
}
