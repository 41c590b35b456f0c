package gov.cbp.medical.model.custody;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import org.immutables.value.Value;

/**
 * An immutable record that something was offered under the TEDS standards: a shower, a meal, a snack, water.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableProvisionOffered.class)
@JsonDeserialize(as = ImmutableProvisionOffered.class)
@JsonTypeName("provision-offered")
public interface ProvisionOffered extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.PROVISION_OFFERED;
    }

    /**
     * What was offered.
     *
     * @return the value, not null
     */
    ProvisionItem item();

    /**
     * Whether the person declined it.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean declined() {
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

    /** Builds a {@link ProvisionOffered}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableProvisionOffered.Builder {}
}
