package gov.cbp.medical.model.person;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.PersonalData;
import gov.cbp.medical.model.common.RecordStyle;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable set of the identifiers that name a person: all personal data, all redacted from every output.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutablePersonalIdentifiers.class)
@JsonDeserialize(as = ImmutablePersonalIdentifiers.class)
public interface PersonalIdentifiers {
    /**
     * The family name.
     *
     * @return the value, empty when absent
     */
    @PersonalData
    @Value.Redacted
    Optional<@Size(max = Limits.MAX_TEXT_LENGTH) String> familyName();

    /**
     * The given names.
     *
     * @return the value, empty when absent
     */
    @PersonalData
    @Value.Redacted
    Optional<@Size(max = Limits.MAX_TEXT_LENGTH) String> givenName();

    /**
     * The alien registration number (A-number).
     *
     * @return the value, empty when absent
     */
    @PersonalData
    @Value.Redacted
    Optional<@Size(max = Limits.MAX_TEXT_LENGTH) String> aNumber();

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

    /** Builds a {@link PersonalIdentifiers}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutablePersonalIdentifiers.Builder {}
}
