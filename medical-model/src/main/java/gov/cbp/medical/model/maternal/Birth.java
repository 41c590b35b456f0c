package gov.cbp.medical.model.maternal;

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
 * An immutable birth in custody; every birth is a significant incident (OIG-21-49).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableBirth.class)
@JsonDeserialize(as = ImmutableBirth.class)
@JsonTypeName("birth")
public interface Birth extends MedicalEvent {
    @Override
    default EventType type() {
        return EventType.BIRTH;
    }

    /**
     * Where.
     *
     * @return the value, not null
     */
    BirthPlace place();

    /**
     * The newborn's pseudonymous subject id, whose own episode records the newborn.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.IDENTIFIER)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> newbornSubjectId();

    /**
     * Whether the newborn is a U.S. citizen.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean newbornUsCitizen() {
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

    /** Builds a {@link Birth}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableBirth.Builder {}
}
