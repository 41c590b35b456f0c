package gov.cbp.medical.model.person;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable statement that a person is pregnant, as known at book-in.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutablePregnancy.class)
@JsonDeserialize(as = ImmutablePregnancy.class)
public interface Pregnancy {
    /**
     * The weeks of gestation at book-in.
     *
     * @return the value, empty when absent
     */
    Optional<@Min(0) @Max(Limits.MAX_PREGNANCY_WEEKS) Integer> weeks();

    /**
     * How the pregnancy is known.
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

    /** Builds a {@link Pregnancy}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutablePregnancy.Builder {}
}
