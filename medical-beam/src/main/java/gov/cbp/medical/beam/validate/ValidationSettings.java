package gov.cbp.medical.beam.validate;

import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.model.validation.PayloadValidator;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * How every worker validates: the one time-dependent check (no instant in the future) is made against a
 * fixed instant, not each worker's clock, so that a line validates the same on every worker, in every retry
 * and in every transform that reads it.
 *
 * <p>{@link #validate} is the module's one place that validates a line, and it counts each validation in the
 * Beam counter {@value #LINES_VALIDATED} of this class's namespace: each line is validated exactly once per
 * transform that reads it, never again by a coder (no validated value is ever a Beam element).
 *
 * <p>Implementation Requirements: immutable, thread-safe and serializable.
 */
public final class ValidationSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The name of the counter of lines validated, in the namespace of this class. */
    public static final String LINES_VALIDATED = "linesValidated";
    private static final Counter VALIDATIONS = Metrics.counter(ValidationSettings.class, LINES_VALIDATED);
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

    /**
     * Validates one line, counting it: the one call of the validator in this module.
     *
     * @param validator a validator of {@link #validator()}, not null
     * @param line the line as read, not null
     * @return the line with its result, not null
     */
    public ValidatedLine validate(PayloadValidator validator, SourceLine line) {
        VALIDATIONS.inc();
        return ValidatedLine.of(line, validator.validateLine(line.jsonLine()));
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
