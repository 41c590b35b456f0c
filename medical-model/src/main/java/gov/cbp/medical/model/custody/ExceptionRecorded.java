package gov.cbp.medical.model.custody;

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
 * An immutable record of an exceptional circumstance or waiver that excuses a requirement for this person, such as a delayed transfer of an unaccompanied child.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableExceptionRecorded.class)
@JsonDeserialize(as = ImmutableExceptionRecorded.class)
@JsonTypeName("exception-recorded")
public interface ExceptionRecorded extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.EXCEPTION_RECORDED;
    }

    /**
     * The requirement excused, by its stable id (e.g. {@code TVPRA-TRANSFER}).
     *
     * @return the value, not null
     */
    @Text(Text.Kind.CODE)
    @Size(max = Limits.MAX_CODE_LENGTH)
    String requirementId();

    /**
     * The event that started the occurrence excused (the determination of a delayed transfer, one interview among
     * several, a medication review), when the requirement can occur more than once. Without it the exception
     * excuses every occurrence of the requirement triggered at or before the exception's instant.
     *
     * @return the event id, empty when the exception names no occurrence
     */
    @EventReference
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> triggerEventId();

    /**
     * The coded reason.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.CODE)
    @Size(max = Limits.MAX_CODE_LENGTH)
    String reasonCode();

    /**
     * Who approved the exception.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> approvedBy();

    /**
     * A free-text note (personal data).
     *
     * @return the value, empty when absent
     */
    @PersonalData
    @Value.Redacted
    Optional<@Size(max = Limits.MAX_TEXT_LENGTH) String> note();

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

    /** Builds a {@link ExceptionRecorded}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableExceptionRecorded.Builder {}
}
