package gov.cbp.medical.model.validation;

import gov.cbp.medical.model.common.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable result of validating one payload: every problem found and, where the payload could be bound,
 * the value.
 *
 * <p>{@link #isValid()} is true when no problem is an error; then {@link #value()} holds the value. When the
 * payload is structurally complete but breaks cross-field rules, the value is still bound and available from
 * {@link #boundValue()}, so that it can be evaluated as far as its data allows; {@link #value()} stays empty.
 * Problems are sorted by pointer, then code.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @param <T> the type of value validated
 */
@Value.Immutable
@ModelStyle
public interface ValidationResult<T> {
    /**
     * The problems, sorted by pointer, then code.
     *
     * @return the problems, not null
     */
    List<Problem> problems();

    /**
     * The value as far as it could be bound, even if some problems are errors.
     *
     * @return the value, empty if the payload was too broken to bind
     */
    Optional<T> boundValue();

    /**
     * Whether no problem is an error.
     *
     * @return true if valid
     */
    @Value.Derived
    default boolean isValid() {
        for (Problem problem : problems()) {
            if (problem.severity().isError()) {
                return false;
            }
        }
        return boundValue().isPresent();
    }

    /**
     * The value, if the payload is valid.
     *
     * @return the value, empty unless {@link #isValid()}
     */
    default Optional<T> value() {
        return isValid() ? boundValue() : Optional.empty();
    }

    /**
     * The number of problems at a severity.
     *
     * @param severity the severity, not null
     * @return the count
     */
    default long count(Severity severity) {
        return problems().stream().filter(p -> p.severity() == severity).count();
    }

    /**
     * Obtains a result.
     *
     * @param problems the problems in any order, not null
     * @param boundValue the value, may be null (meaning not bound)
     * @param <T> the type of value
     * @return the result, not null
     */
    static <T> ValidationResult<T> of(List<Problem> problems, T boundValue) {
        List<Problem> sorted = new java.util.ArrayList<>(problems);
        sorted.sort(Problem.ORDER);
        return ImmutableValidationResult.<T>builder()
                .problems(sorted)
                .boundValue(Optional.ofNullable(boundValue))
                .build();
    }
}
