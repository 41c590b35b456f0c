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
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable significant-incident report, required for every birth in custody.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableSignificantIncidentReport.class)
@JsonDeserialize(as = ImmutableSignificantIncidentReport.class)
@JsonTypeName("significant-incident-report")
public interface SignificantIncidentReport extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.SIGNIFICANT_INCIDENT_REPORT;
    }

    /**
     * The category.
     *
     * @return the value, not null
     */
    IncidentCategory category();

    /**
     * The event reported, such as a birth.
     *
     * @return the value, empty when absent
     */
    @EventReference
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> subjectEventId();

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

    /** Builds a {@link SignificantIncidentReport}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableSignificantIncidentReport.Builder {}
}
