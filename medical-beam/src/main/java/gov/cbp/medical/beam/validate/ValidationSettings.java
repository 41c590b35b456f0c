package gov.cbp.medical.beam.validate;

import gov.cbp.medical.model.validation.PayloadValidator;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How every worker validates: the one time-dependent check (no instant in the future) is made against a
 * fixed instant, not each worker's clock, so that a line validates the same on every worker, in every retry
 * and when a coder re-validates it.
 *
 * <p>Implementation Requirements: immutable, thread-safe and serializable.
 */
public final class ValidationSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Instant validatedAt;
    private final Duration futureTolerance;
    private final boolean checkFutureTimes;

    private ValidationSettings(Instant validatedAt, Duration futureTolerance, boolean checkFutureTimes) {
        this.validatedAt = validatedAt;
        this.futureTolerance = futureTolerance;
        this.checkFutureTimes = checkFutureTimes;
    }

    /**
     * Validates as at an instant: an instant later than it plus 5 minutes is in the future.
     *
     * @param validatedAt the instant, typically when the pipeline is built, not null
     * @return the settings, not null
     */
    public static ValidationSettings at(Instant validatedAt) {
        return new ValidationSettings(Objects.requireNonNull(validatedAt, "validatedAt"), Duration.ofMinutes(5), true);
    }

    /**
     * Validates without the future-time check, for replaying data.
     *
     * @return the settings, not null
     */
    public static ValidationSettings withoutFutureCheck() {
        return new ValidationSettings(Instant.EPOCH, Duration.ZERO, false);
    }

    /**
     * The same, with another tolerance for clock skew.
     *
     * @param tolerance the tolerance, not negative, not null
     * @return a copy, not null
     */
    public ValidationSettings withFutureTolerance(Duration tolerance) {
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
        return new ValidationSettings(validatedAt, tolerance, checkFutureTimes);
    }

    /**
     * A validator of these settings.
     *
     * @return the validator, not null
     */
    public PayloadValidator validator() {
        return PayloadValidator.builder().clock(Clock.fixed(validatedAt, ZoneOffset.UTC))
                .futureTolerance(futureTolerance).checkFutureTimes(checkFutureTimes).build();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ValidationSettings)) {
            return false;
        }
        ValidationSettings that = (ValidationSettings) other;
        return checkFutureTimes == that.checkFutureTimes && validatedAt.equals(that.validatedAt)
                && futureTolerance.equals(that.futureTolerance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(validatedAt, futureTolerance, checkFutureTimes);
    }

    @Override
    public String toString() {
        return checkFutureTimes ? "validated at " + validatedAt + " (tolerance " + futureTolerance + ")"
                : "validated without the future check";
    }
}
