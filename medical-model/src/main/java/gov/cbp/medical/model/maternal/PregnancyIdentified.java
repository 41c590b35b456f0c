package gov.cbp.medical.model.maternal;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.person.PregnancyBasis;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable identification of a pregnancy during custody (2021 CBP policy on pregnant, postpartum and nursing people).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutablePregnancyIdentified.class)
@JsonDeserialize(as = ImmutablePregnancyIdentified.class)
@JsonTypeName("pregnancy-identified")
public interface PregnancyIdentified extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.PREGNANCY_IDENTIFIED;
    }

    /**
     * The weeks of gestation.
     *
     * @return the value, empty when absent
     */
    Optional<@Min(0) @Max(Limits.MAX_PREGNANCY_WEEKS) Integer> weeks();

    /**
     * How it is known.
     *
     * @return the value, not null
     */
    PregnancyBasis basis();

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

    /** Builds a {@link PregnancyIdentified}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutablePregnancyIdentified.Builder {}
}
