package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable trigger of a deadline requirement: an event type, with optional field values and named
 * conditions, that starts the deadline clock.
 *
 * <p>{@link #on()} is an event type code of {@code gov.cbp.medical.model.event.EventType} or one of the
 * custody marks {@code book-in} and {@code book-out}. {@link #where()} maps a field of that event type to the
 * values accepted (codes, or {@code true}/{@code false} for flags); all fields must match. A requirement may
 * have several triggers; each may narrow the requirement's applicability and shorten its deadline (an
 * emergency needs an assessment at once).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTrigger.class)
@JsonDeserialize(as = ImmutableTrigger.class)
public interface Trigger {
    /**
     * The event type code, or {@code book-in} or {@code book-out}.
     *
     * @return the code, not null
     */
    String on();

    /**
     * The field values required of the event: field name to accepted values.
     *
     * @return the map, empty for none, not null
     */
    Map<String, List<String>> where();

    /**
     * The named conditions the event must meet.
     *
     * @return the conditions, empty for none, not null
     */
    List<Condition> conditions();

    /**
     * A further applicability for this trigger alone, in addition to the requirement's.
     *
     * @return the applicability, empty for none
     */
    Optional<Applicability> applicability();

    /**
     * A deadline for this trigger instead of the requirement's.
     *
     * @return the duration from the trigger, empty to use the requirement's
     */
    Optional<Duration> deadline();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A trigger on an event type with no further conditions.
     *
     * @param on the event type code, not null
     * @return the trigger, not null
     */
    static Trigger on(String on) {
        return builder().on(on).build();
    }

    /** Builds a {@link Trigger}. */
    final class Builder extends ImmutableTrigger.Builder {}
}
