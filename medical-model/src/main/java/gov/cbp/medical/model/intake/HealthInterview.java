package gov.cbp.medical.model.intake;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable health interview on CBP Form 2500 (Directive 2210-004, phase 2).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableHealthInterview.class)
@JsonDeserialize(as = ImmutableHealthInterview.class)
@JsonTypeName("health-interview")
public interface HealthInterview extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.HEALTH_INTERVIEW;
    }

    /**
     * The revision of Form 2500 used, which decides the question set.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.CODE)
    @Size(max = Limits.MAX_CODE_LENGTH)
    String formRevision();

    /**
     * Who interviewed.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> interviewerId();

    /**
     * The language of the interview as a BCP 47 tag.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.CODE)
    Optional<@Size(max = Limits.MAX_CODE_LENGTH) String> language();

    /**
     * Who interpreted.
     *
     * @return the value, empty when absent
     */
    Optional<@Valid Interpretation> interpretation();

    /**
     * The answers, one per question asked.
     *
     * @return the value, not null, empty when absent
     */
    @Size(max = Limits.MAX_ITEMS)
    List<@Valid InterviewAnswer> answers();

    /**
     * Whether the person refused the interview (a documented refusal).
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean refused() {
        return false;
    }

    /**
     * Whether any answer is {@link Answer#YES}, which raises a medical concern.
     *
     * @return true if any answer is positive
     */
    default boolean hasPositiveAnswer() {
        for (InterviewAnswer answer : answers()) {
            if (answer.answer() == Answer.YES) {
                return true;
            }
        }
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

    /** Builds a {@link HealthInterview}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableHealthInterview.Builder {}
}
