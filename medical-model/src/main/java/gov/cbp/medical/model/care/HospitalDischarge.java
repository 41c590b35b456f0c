package gov.cbp.medical.model.care;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.event.EventReference;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * An immutable discharge from a hospital visit.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableHospitalDischarge.class)
@JsonDeserialize(as = ImmutableHospitalDischarge.class)
@JsonTypeName("hospital-discharge")
public interface HospitalDischarge extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.HOSPITAL_DISCHARGE;
    }

    /**
     * The visit ended.
     *
     * @return the value, not null
     */
    @EventReference(EventType.HOSPITAL_VISIT)
    @Size(max = Limits.MAX_ID_LENGTH)
    String visitEventId();

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

    /** Builds a {@link HospitalDischarge}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableHospitalDischarge.Builder {}
}
