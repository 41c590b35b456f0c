package gov.cbp.medical.model.custody;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable book-in: when and where custody began.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableBookIn.class)
@JsonDeserialize(as = ImmutableBookIn.class)
public interface BookIn {
    /**
     * When the person was booked in (UTC).
     *
     * @return the value, not null
     */
    Instant at();

    /**
     * The facility of book-in.
     *
     * @return the value, not null
     */
    @Text(Text.Kind.FACILITY_REFERENCE)
    @Size(max = Limits.MAX_ID_LENGTH)
    String facilityId();

    /**
     * The first hold room.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.CODE)
    Optional<@Size(max = Limits.MAX_CODE_LENGTH) String> holdRoom();

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

    /** Builds a {@link BookIn}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableBookIn.Builder {}
}
