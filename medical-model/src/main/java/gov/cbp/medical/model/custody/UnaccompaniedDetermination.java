package gov.cbp.medical.model.custody;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import org.immutables.value.Value;

/**
 * An immutable determination that the person is an unaccompanied child, which starts the 72-hour transfer deadline (TVPRA, 8 U.S.C. 1232(b)(3)).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableUnaccompaniedDetermination.class)
@JsonDeserialize(as = ImmutableUnaccompaniedDetermination.class)
@JsonTypeName("unaccompanied-determination")
public interface UnaccompaniedDetermination extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.UNACCOMPANIED_DETERMINATION;
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

    /** Builds a {@link UnaccompaniedDetermination}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableUnaccompaniedDetermination.Builder {}
}
