package gov.cbp.medical.model.custody;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import org.immutables.value.Value;

/**
 * An immutable record of a claim or suspicion that a detainee is under 18 (TVPRA, 8 U.S.C. 1232(b)(2)).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableMinorClaim.class)
@JsonDeserialize(as = ImmutableMinorClaim.class)
@JsonTypeName("minor-claim")
public interface MinorClaim extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.MINOR_CLAIM;
    }

    /**
     * Claimed or suspected.
     *
     * @return the value, not null
     */
    MinorClaimBasis basis();

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

    /** Builds a {@link MinorClaim}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMinorClaim.Builder {}
}
