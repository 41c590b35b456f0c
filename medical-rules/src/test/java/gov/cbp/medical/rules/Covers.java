package gov.cbp.medical.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the requirements (domain brief, section 4) a test class or method exercises; the traceability matrix is
 * built from it, and a computable requirement that no test covers fails the build.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Covers {
    /**
     * The requirement ids.
     *
     * @return the ids
     */
    String[] value();
}
