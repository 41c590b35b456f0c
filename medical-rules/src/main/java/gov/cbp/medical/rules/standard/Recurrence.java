package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * An immutable recurrence: a positive interval and the state during which it repeats.
 *
 * <p>The {@link #mode()} says how checks are judged. In {@link RecurrenceMode#MAX_GAP} the first check is due
 * one interval after the start of the window and each next one interval after the previous check; a check exactly
 * at its due instant is on time. In {@link RecurrenceMode#FIXED_SLOTS} intervals form a fixed grid from the start
 * of each window: the first is {@code [start, start + every]}, each later one {@code (previous end, previous end +
 * every]}, so every instant of the window belongs to exactly one interval and an event exactly at an interval's
 * end is on time for it; an interval that the window's end cuts short is not owed.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRecurrence.class)
@JsonDeserialize(as = ImmutableRecurrence.class)
public interface Recurrence {
    /**
     * The interval.
     *
     * @return the interval, positive, not null
     */
    Duration every();

    /**
     * The state during which the requirement repeats.
     *
     * @return the window, not null
     */
    RecurrenceWindow during();

    /**
     * How the checks are judged. Data that does not say is judged in fixed slots, as before the mode existed; the
     * shipped welfare and monitoring requirements say {@code max-gap}.
     *
     * @return the mode, {@link RecurrenceMode#FIXED_SLOTS} by default
     * @since 0.2
     */
    @Value.Default
    default RecurrenceMode mode() {
        return RecurrenceMode.FIXED_SLOTS;
    }

    /**
     * Checks the interval.
     *
     * @throws IllegalStateException if the interval is not positive
     */
    @Value.Check
    default void check() {
        if (every().isNegative() || every().isZero()) {
            throw new IllegalStateException("the interval must be positive");
        }
    }

    /**
     * Obtains a recurrence.
     *
     * @param every the interval, positive, not null
     * @param during the window, not null
     * @return the recurrence, not null
     * @throws IllegalStateException if the interval is not positive
     */
    static Recurrence of(Duration every, RecurrenceWindow during) {
        return ImmutableRecurrence.builder().every(every).during(during).build();
    }

    /**
     * Obtains a recurrence judged in a mode.
     *
     * @param every the interval, positive, not null
     * @param during the window, not null
     * @param mode how checks are judged, not null
     * @return the recurrence, not null
     * @throws IllegalStateException if the interval is not positive
     * @since 0.2
     */
    static Recurrence of(Duration every, RecurrenceWindow during, RecurrenceMode mode) {
        return ImmutableRecurrence.builder().every(every).during(during).mode(mode).build();
    }
}
