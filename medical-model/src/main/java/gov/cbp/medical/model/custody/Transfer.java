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
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable transfer between facilities within the episode (TEDS section 2.10: medication travels with the person).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableTransfer.class)
@JsonDeserialize(as = ImmutableTransfer.class)
@JsonTypeName("transfer")
public interface Transfer extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.TRANSFER;
    }

    /**
     * The facility left.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.FACILITY_REFERENCE)
    @Size(max = Limits.MAX_ID_LENGTH)
    String fromFacilityId();

    /**
     * The facility reached.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.FACILITY_REFERENCE)
    @Size(max = Limits.MAX_ID_LENGTH)
    String toFacilityId();

    /**
     * The hold room at the facility reached.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.CODE)
    Optional<@Size(max = Limits.MAX_CODE_LENGTH) String> holdRoom();

    /**
     * Whether the person's medication travelled with them; empty if not recorded.
     *
     * @return the value, empty when absent
     */
    Optional<Boolean> medicationTransferred();

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

    /** Builds a {@link Transfer}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableTransfer.Builder {}
}
