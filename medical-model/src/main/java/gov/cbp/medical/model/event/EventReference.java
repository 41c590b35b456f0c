package gov.cbp.medical.model.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that holds the id of another event of the same episode (a string, an optional string
 * or a list of strings).
 *
 * <p>Read at build time by the model's annotation processor: the payload validator checks that each such id
 * resolves to an event of the episode, of the type named here, and a standard may link events through the
 * attribute ({@link EventType#fields()}).
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface EventReference {
    /**
     * The type the referenced event must have: at most one; none for an event of any type.
     *
     * @return the types, not null
     */
    EventType[] value() default {};
}
