package gov.cbp.medical.model.validation;

import gov.cbp.medical.model.custody.ConsistentEpisode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.internal.EpisodeConsistency;
import gov.cbp.medical.model.validation.internal.Messages;
import gov.cbp.medical.model.validation.internal.MethodNameProperties;
import gov.cbp.medical.model.validation.internal.ProblemCollector;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation for values built in Java: the library's own Hibernate Validator factory, and a bridge
 * from constraint violations to the same {@link Problem}s the payload validator reports.
 *
 * <p>The factory is configured for the model: it sees Immutables-style accessors ({@code at()}) as
 * properties, interpolates messages without an expression language (so no message can print a rejected
 * value), and finds the {@code @ConsistentEpisode} cross-field validator, which runs the same rules as
 * {@link PayloadValidator}. Applications may use their own factory; they then need a
 * {@code GetterPropertySelectionStrategy} that accepts such accessors, or field constraints are skipped.
 *
 * <p>Implementation Requirements: thread-safe; the factory is built once, on first use (it costs a few
 * hundred milliseconds).
 */
public final class BeanValidation {
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private BeanValidation() {}

    /**
     * The library's validator factory; do not close it.
     *
     * @return the factory, not null
     */
    public static ValidatorFactory factory() {
        return Holder.FACTORY;
    }

    /**
     * A validator of the library's factory.
     *
     * @return the validator, not null; thread-safe
     */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Validates a value built in Java and reports its problems as the payload validator would: constraint
     * violations under the code {@code bean.<Constraint>} with the JSON Pointer of the property, and the
     * cross-field rules of an episode under their own codes.
     *
     * @param value the value, not null
     * @param clock the clock for the future-time check, not null
     * @param <T> the type of value
     * @return the result, whose bound value is {@code value}, not null
     */
    public static <T> ValidationResult<T> validate(T value, Clock clock) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(clock, "clock");
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator().validate(value)) {
            Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
            if (constraint == ConsistentEpisode.class) {
                continue; // reported below with the precise codes
            }
            problems.add(Problem.of(Severity.ERROR, "bean." + constraint.getSimpleName(),
                    pointer(violation.getPropertyPath()), violation.getMessage(), List.of()));
        }
        if (value instanceof CustodyEpisode) {
            ProblemCollector collector = new ProblemCollector();
            EpisodeConsistency.check((CustodyEpisode) value, clock.instant().plus(FUTURE_TOLERANCE),
                    (severity, code, eventIndex, pointer, arguments) -> collector.add(severity, code,
                            EpisodeConsistency.pointer(eventIndex, pointer), arguments));
            problems.addAll(collector.toProblems(Messages.of(java.util.Locale.ROOT)));
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

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .getterPropertySelectionStrategy(new MethodNameProperties())
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }
}
