package gov.cbp.medical.model.care;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.EventReference;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable visit to a local medical facility, with the hospital watch and who interpreted (OIG-21-49).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableHospitalVisit.class)
@JsonDeserialize(as = ImmutableHospitalVisit.class)
@JsonTypeName("hospital-visit")
public interface HospitalVisit extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.HOSPITAL_VISIT;
    }

    /**
     * The hospital.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.LABEL)
    Optional<@Size(max = Limits.MAX_LABEL_LENGTH) String> hospitalName();

    /**
     * The assessment or issue that led to the visit.
     *
     * @return the value, empty when absent
     */
    @EventReference
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> reasonEventId();

    /**
     * Whether the person was admitted.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean admitted() {
        return false;
    }

    /**
     * Whether CBP staff kept a hospital watch.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean hospitalWatch() {
        return false;
    }

    /**
     * Who interpreted at the hospital.
     *
     * @return the value, empty when absent
     */
    Optional<@Valid Interpretation> interpretation();

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

    /** Builds a {@link HospitalVisit}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableHospitalVisit.Builder {}
}
