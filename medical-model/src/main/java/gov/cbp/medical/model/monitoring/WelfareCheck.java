package gov.cbp.medical.model.monitoring;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.PersonalData;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable welfare check of a person in a hold room (TEDS "regular and frequent" checks).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableWelfareCheck.class)
@JsonDeserialize(as = ImmutableWelfareCheck.class)
@JsonTypeName("welfare-check")
public interface WelfareCheck extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.WELFARE_CHECK;
    }

    /**
     * Who checked.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> observerId();

    /**
     * How.
     *
     * @return the value, not null
     */
    CheckMethod method();

    /**
     * What the check found.
     *
     * @return the value, not null
     */
    CheckOutcome outcome();

    /**
     * The hold room.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.CODE)
    Optional<@Size(max = Limits.MAX_CODE_LENGTH) String> holdRoom();

    /**
     * Free-text observations (personal data).
     *
     * @return the value, empty when absent
     */
    @PersonalData
    @Value.Redacted
    Optional<@Size(max = Limits.MAX_TEXT_LENGTH) String> observations();

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

    /** Builds a {@link WelfareCheck}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableWelfareCheck.Builder {}
}
