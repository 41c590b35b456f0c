package gov.cbp.medical.model.custody;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable time out of the hold room: the person left the hold room at the event's instant and re-entered it
 * at its return instant, for an interview, a medical visit in the facility, a court or consular appearance, a
 * shower or recreation.
 *
 * <p>Hold-room welfare checks are not owed while the person is out of the hold room: the time from
 * {@code at} to {@code returnedAt} is taken out of the {@code in-facility} window of recurring requirements, as a
 * hospital visit is. One event records the whole absence, written once the person is back; while they are still
 * out, nothing is recorded and the checks stay owed. Enhanced medical monitoring is not paused (the person stays
 * monitored wherever they are). A {@code returnedAt} before {@code at} is an error of the payload
 * ({@code episode.absence.returnBeforeLeaving}) and pauses nothing.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 *
 * @since 0.1
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableHoldRoomAbsence.class)
@JsonDeserialize(as = ImmutableHoldRoomAbsence.class)
@JsonTypeName("hold-room-absence")
public interface HoldRoomAbsence extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.HOLD_ROOM_ABSENCE;
    }

    /**
     * When the person re-entered the hold room (RFC 3339 with offset).
     *
     * @return the instant (UTC), not null
     */
    Instant returnedAt();

    /**
     * Why the person left the hold room.
     *
     * @return the reason, not null
     */
    Reason reason();

    /**
     * Who escorted the person (a workforce id, not a name).
     *
     * @return the id, empty when not recorded
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> escortedBy();

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

    /** Builds a {@link HoldRoomAbsence}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableHoldRoomAbsence.Builder {}

    /** Why a person left the hold room. An open code list: a newer minor version may add reasons. */
    enum Reason implements Coded {
        /** An interview (processing, asylum screening, consular or legal counsel in the facility). */
        INTERVIEW("interview"),
        /** A medical visit inside the facility (an assessment, a medication round); a hospital is a {@code hospital-visit}. */
        MEDICAL_VISIT("medical-visit"),
        /** A court or consular appearance outside the hold room. */
        COURT_OR_CONSULAR("court-or-consular"),
        /** A shower or recreation. */
        SHOWER_OR_RECREATION("shower-or-recreation"),
        /** Another reason. */
        OTHER("other"),
        /** A code not known to this version of the library; never written by it. */
        UNKNOWN("unknown");

        private static final CodeTable<Reason> CODES = CodeTable.of(Reason.class);
        private final String code;

        Reason(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        /**
         * The constant with a code.
         *
         * @param code the code, may be null
         * @return the constant, {@link #UNKNOWN} for an unknown code, null for null
         */
        public static Reason fromCode(String code) {
            return CODES.fromCode(code);
        }

        /**
         * The table of this enum's codes.
         *
         * @return the table, not null
         */
        public static CodeTable<Reason> codes() {
            return CODES;
        }
    }
}
