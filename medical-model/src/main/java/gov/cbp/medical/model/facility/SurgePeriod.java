package gov.cbp.medical.model.facility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.RecordStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable period during which a surge or crisis level was declared at a facility.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableSurgePeriod.class)
@JsonDeserialize(as = ImmutableSurgePeriod.class)
public interface SurgePeriod {
    /**
     * When the level was declared (inclusive).
     *
     * @return the value, not null
     */
    Instant start();

    /**
     * When the level ended (exclusive); empty while it is still declared.
     *
     * @return the value, empty when absent
     */
    Optional<Instant> end();

    /**
     * The declared level.
     *
     * @return the value, not null
     */
    SurgeLevel level();

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

    /** Builds a {@link SurgePeriod}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableSurgePeriod.Builder {}
}
