package gov.cbp.medical.model.care;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.PersonalData;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventReference;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable identification of a medical issue: self-reported, observed, or from an interview answer (Directive 2210-004, identification and notification).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableMedicalIssue.class)
@JsonDeserialize(as = ImmutableMedicalIssue.class)
@JsonTypeName("medical-issue")
public interface MedicalIssue extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.MEDICAL_ISSUE;
    }

    /**
     * How the issue came to light.
     *
     * @return the value, not null
     */
    IssueSource source();

    /**
     * The health interview whose answer raised the issue.
     *
     * @return the value, empty when absent
     */
    @EventReference(EventType.HEALTH_INTERVIEW)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> interviewEventId();

    /**
     * The question whose answer raised the issue.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.CODE)
    Optional<@Size(max = Limits.MAX_CODE_LENGTH) String> questionCode();

    /**
     * Whether the issue is a medical emergency.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean emergency() {
        return false;
    }

    /**
     * Whether the issue makes the person medically high-risk.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean highRisk() {
        return false;
    }

    /**
     * A free-text description (personal data).
     *
     * @return the value, empty when absent
     */
    @PersonalData
    @Value.Redacted
    Optional<@Size(max = Limits.MAX_TEXT_LENGTH) String> description();

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

    /** Builds a {@link MedicalIssue}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMedicalIssue.Builder {}
}
