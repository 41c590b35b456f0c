package gov.cbp.medical.model.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that identifies a person or holds free text about them (names, A-numbers, dates of
 * birth, clinical notes).
 *
 * <p>Such a value never appears in {@code toString()}, a problem message, an exception or a finding. Every
 * attribute carrying this annotation also carries {@code @Value.Redacted}; a test holds the two together,
 * and the generated JSON Schema marks the property with {@code "x-personal-data": true}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface PersonalData {}
