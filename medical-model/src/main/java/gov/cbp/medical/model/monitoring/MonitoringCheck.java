package gov.cbp.medical.model.monitoring;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventReference;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable check of a person in enhanced medical monitoring.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableMonitoringCheck.class)
@JsonDeserialize(as = ImmutableMonitoringCheck.class)
@JsonTypeName("monitoring-check")
public interface MonitoringCheck extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.MONITORING_CHECK;
    }

    /**
     * The placement.
     *
     * @return the value, not null
     */
    @EventReference(EventType.MONITORING_PLACEMENT)
    @Size(max = Limits.MAX_ID_LENGTH)
    String placementEventId();

    /**
     * Who checked.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> observerId();

    /**
     * Whether this check is a medical re-evaluation by medical personnel.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean medicalReevaluation() {
        return false;
    }

    /**
     * What the check found.
     *
     * @return the value, empty when absent
     */
    Optional<CheckOutcome> outcome();

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

    /** Builds a {@link MonitoringCheck}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMonitoringCheck.Builder {}
}
