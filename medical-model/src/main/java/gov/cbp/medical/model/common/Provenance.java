package gov.cbp.medical.model.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an event came into the record: when, by whom, in which system.
 *
 * <p>An immutable account of the record behind an event. Inspectors found custody logs unreliable and once falsified (DHS OIG-21-48), so evidence carries who,
 * when and how it was recorded. A record made long after the event is still evidence, and the gap is visible.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public interface Provenance {
    /**
     * When the record was made.
     *
     * @return the instant (UTC), empty if not stated
     */
    Optional<Instant> recordedAt();

    /**
     * The staff identifier of whoever made the record (a workforce id, not a name).
     *
     * @return the id, empty if not stated
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<String> recordedBy();

    /**
     * The system of record.
     *
     * @return the system, empty if not stated
     */
    Optional<RecordSystem> system();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Provenance}. */
    final class Builder extends ImmutableProvenance.Builder {}
}
