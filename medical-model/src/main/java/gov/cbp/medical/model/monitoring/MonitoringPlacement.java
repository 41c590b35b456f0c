package gov.cbp.medical.model.monitoring;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.event.EventReference;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable placement in enhanced medical monitoring (Directive 2210-004 implementation plans).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableMonitoringPlacement.class)
@JsonDeserialize(as = ImmutableMonitoringPlacement.class)
@JsonTypeName("monitoring-placement")
public interface MonitoringPlacement extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.MONITORING_PLACEMENT;
    }

    /**
     * Why.
     *
     * @return the value, not null
     */
    MonitoringReason reason();

    /**
     * The assessment that asked for monitoring.
     *
     * @return the value, empty when absent
     */
    @EventReference(EventType.MEDICAL_ASSESSMENT)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> assessmentEventId();

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

    /** Builds a {@link MonitoringPlacement}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMonitoringPlacement.Builder {}
}
