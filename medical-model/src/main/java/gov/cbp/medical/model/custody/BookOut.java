package gov.cbp.medical.model.custody;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.RecordStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An immutable book-out: when and how custody ended.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableBookOut.class)
@JsonDeserialize(as = ImmutableBookOut.class)
public interface BookOut {
    /**
     * When the person was booked out (UTC).
     *
     * @return the value, not null
     */
    Instant at();

    /**
     * How custody ended.
     *
     * @return the value, not null
     */
    Disposition disposition();

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

    /** Builds a {@link BookOut}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableBookOut.Builder {}
}
