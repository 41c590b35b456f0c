package gov.cbp.medical.model.validation;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.internal.ConsistentEpisodeValidator;
import gov.cbp.medical.model.validation.internal.ConstraintMessages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bean Validation for values built in Java: the library's validator factory, and a bridge to the same
 * {@link Problem}s the payload validator reports.
 *
 * <p>Any Bean Validation provider works, configured any way: the model's root type {@link CustodyEpisode}
 * carries the class-level constraint {@code @ConsistentEpisode}, whose validator runs every check of the
 * payload reader (field constraints and cross-field rules) and reports each error with the property path of
 * its JSON Pointer. So {@code Validation.buildDefaultValidatorFactory().getValidator().validate(episode)}
 * reports every problem, and so does {@code @Valid} in Spring or a Jakarta EE container. Hibernate Validator
 * is optional: payload validation ({@link PayloadValidator}) needs no provider at all.
 *
 * <p>The library's own factory ({@link #factory()}) is the default provider's, with the library's message
 * interpolator: no expression language, so no message can print a rejected value (which may be personal
 * data). Field constraints on the model's accessors ({@code @Size} on {@code episodeId()}) document the
 * limits; providers that see only {@code getX()} properties skip them, which is why the class-level
 * constraint carries the checks.
 *
 * <p>Implementation Requirements: thread-safe; the factory is built once, on first use (it costs a few
 * hundred milliseconds). Without a provider on the path, {@link #factory()} and {@link #validator()} throw
 * {@link jakarta.validation.NoProviderFoundException}; {@link #validate} of an episode does not need one.
 */
public final class BeanValidation {
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private BeanValidation() {}

    /**
     * The library's validator factory; do not close it.
     *
     * @return the factory, not null
     * @throws jakarta.validation.NoProviderFoundException if no Bean Validation provider is on the path
     */
    public static ValidatorFactory factory() {
        if (Holder.FACTORY == null) {
            throw new NoProviderFoundException(Holder.NO_PROVIDER);
        }
        return Holder.FACTORY;
    }

    /**
     * A validator of the library's factory.
     *
     * @return the validator, not null; thread-safe
     * @throws jakarta.validation.NoProviderFoundException if no Bean Validation provider is on the path
     */
    public static Validator validator() {
        factory(); // throws without a provider
        return Holder.VALIDATOR;
    }

    /**
     * Validates a value built in Java and reports its problems as the payload validator would. An episode
     * is checked exactly as its JSON would be (same codes and pointers, no provider needed); any other value
     * through the library's factory, each violation under the code {@code bean.<Constraint>} with the JSON
     * Pointer of the property.
     *
     * @param value the value, not null
     * @param clock the clock for the future-time check, not null
     * @param <T> the type of value
     * @return the result, whose bound value is {@code value}, not null
     */
    public static <T> ValidationResult<T> validate(T value, Clock clock) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(clock, "clock");
        if (value instanceof CustodyEpisode) {
            return ValidationResult.of(ConsistentEpisodeValidator.problems((CustodyEpisode) value,
                    clock.instant().plus(FUTURE_TOLERANCE)), value);
        }
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator().validate(value)) {
            Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
            problems.add(Problem.of(Severity.ERROR, "bean." + constraint.getSimpleName(),
                    pointer(violation.getPropertyPath()), violation.getMessage(), List.of()));
        }
        return ValidationResult.of(problems, value);
    }

    static String pointer(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                out.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                out.append('/').append(node.getKey());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                out.append('/').append(node.getName());
            }
        }
        return out.toString();
    }

    /** Built once; without a provider both stay null, and every call says so (not only the first). */
    private static final class Holder {
        static final String NO_PROVIDER = "No Jakarta Validation provider is on the path; add one, such as"
                + " Hibernate Validator, to validate with Bean Validation (payload validation needs none)";
        static final ValidatorFactory FACTORY = build();
        static final Validator VALIDATOR = FACTORY == null ? null : FACTORY.getValidator();

        private static ValidatorFactory build() {
            try {
                return Validation.byDefaultProvider().configure().messageInterpolator(new ConstraintMessages())
                        .buildValidatorFactory();
            } catch (NoProviderFoundException e) {
                return null;
            }
        }
    }
}
