package gov.cbp.medical.model.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says what a string attribute of the payload holds, which decides its length limit and allowed characters
 * where a Java {@code String} cannot say it.
 *
 * <p>Read at build time by the model's annotation processor, which derives the payload decoder's checks and
 * the JSON Schema from it. Three kinds have an annotation of their own instead: personal data
 * ({@link PersonalData}), the record's own id ({@link RecordId}) and a reference to another event
 * ({@link gov.cbp.medical.model.event.EventReference}).
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Text {
    /**
     * The kind of text.
     *
     * @return the kind, not null
     */
    Kind value();

    /** The kinds of string attribute that are not personal data, each with its limit. */
    enum Kind {
        /** An identifier of a record or subject, free of personal data; at most {@link Limits#MAX_ID_LENGTH}. */
        IDENTIFIER,
        /** The {@code facilityId} of a facility of the same episode; at most {@link Limits#MAX_ID_LENGTH}. */
        FACILITY_REFERENCE,
        /** A workforce identifier, not a name; at most {@link Limits#MAX_ID_LENGTH}. */
        STAFF_ID,
        /** A short code or tag (letters, digits, {@code . _ : / -}); at most {@link Limits#MAX_CODE_LENGTH}. */
        CODE,
        /** An ICD-10-CM code such as {@code J06.9}, shape-checked, not looked up. */
        ICD10,
        /** A non-personal label such as a facility name; at most {@link Limits#MAX_LABEL_LENGTH}. */
        LABEL,
        /** A payload format version, {@code major.minor}. */
        FORMAT_VERSION
    }
}
