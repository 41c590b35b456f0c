package gov.cbp.medical.model.custody;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * An immutable placement in a hold room.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableHoldRoomPlacement.class)
@JsonDeserialize(as = ImmutableHoldRoomPlacement.class)
@JsonTypeName("hold-room-placement")
public interface HoldRoomPlacement extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.HOLD_ROOM_PLACEMENT;
    }

    /**
     * The facility.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.FACILITY_REFERENCE)
    @Size(max = Limits.MAX_ID_LENGTH)
    String facilityId();

    /**
     * The hold room code.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.CODE)
    @Size(max = Limits.MAX_CODE_LENGTH)
    String holdRoom();

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

    /** Builds a {@link HoldRoomPlacement}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableHoldRoomPlacement.Builder {}
}
