package gov.cbp.medical.model.custody;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: a custody episode obeys the cross-field rules of the payload format (events
 * within custody, unique event ids, references that resolve to events of the right type, an age that agrees
 * with the population class).
 *
 * <p>The rules live in one place, the model's episode validator, which the payload reader also calls; the
 * constraint's validator is registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}
 * so any Bean Validation provider finds it.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentEpisode {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{gov.cbp.medical.model.custody.ConsistentEpisode.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
