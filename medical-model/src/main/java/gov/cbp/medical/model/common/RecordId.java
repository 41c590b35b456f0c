package gov.cbp.medical.model.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute that identifies a record (an event, an episode, a facility): the only kind of attribute
 * that {@code toString()} of a {@link RecordStyle} value prints.
 *
 * <p>Never put it on an attribute that identifies a person (a subject, a staff member) or holds
 * {@link PersonalData}.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RecordId {}
