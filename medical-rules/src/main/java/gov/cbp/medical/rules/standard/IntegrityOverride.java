package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable local override of a record-integrity check's numbers, part of a {@link LocalPolicy}.
 *
 * <p>Each present number replaces the check's in every version that holds it; a disabled check reports
 * nothing. Integrity checks issue no compliance status, so a looser number needs no waiver.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.2
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableIntegrityOverride.class)
@JsonDeserialize(as = ImmutableIntegrityOverride.class)
public interface IntegrityOverride {
    /**
     * The check overridden.
     *
     * @return the id, not null
     */
    String checkId();

    /** @return the new {@link IntegrityCheck#maxDelay()}, empty to keep it */
    Optional<Duration> maxDelay();

    /** @return the new {@link IntegrityCheck#window()}, empty to keep it */
    Optional<Duration> window();

    /** @return the new {@link IntegrityCheck#minEvents()}, empty to keep it */
    Optional<Integer> minEvents();

    /** @return the new {@link IntegrityCheck#minSpread()}, empty to keep it */
    Optional<Duration> minSpread();

    /** @return the new {@link IntegrityCheck#spacingTolerance()}, empty to keep it */
    Optional<Duration> spacingTolerance();

    /** @return the new {@link IntegrityCheck#minRun()}, empty to keep it */
    Optional<Integer> minRun();

    /**
     * Whether the check is switched off.
     *
     * @return true if disabled
     */
    @Value.Default
    default boolean disabled() {
        return false;
    }

    /**
     * Applies this override to a check.
     *
     * @param check the check, not null
     * @return the changed check, not null
     */
    default IntegrityCheck applyTo(IntegrityCheck check) {
        IntegrityCheck.Builder b = check.toBuilder();
        maxDelay().ifPresent(b::maxDelay);
        window().ifPresent(b::window);
        minEvents().ifPresent(b::minEvents);
        minSpread().ifPresent(b::minSpread);
        spacingTolerance().ifPresent(b::spacingTolerance);
        minRun().ifPresent(b::minRun);
        return b.build();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IntegrityOverride}. */
    final class Builder extends ImmutableIntegrityOverride.Builder {}
}
