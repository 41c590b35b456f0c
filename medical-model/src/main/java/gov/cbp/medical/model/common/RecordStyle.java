package gov.cbp.medical.model.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the custody record's values (person, episode, events, facilities): the
 * {@link ModelStyle} settings, with a {@code toString()} that shows the type and its {@link RecordId}
 * attributes only.
 *
 * <p>Why not {@code @Value.Redacted} per attribute: a record is mostly health content (diagnoses, pregnancy
 * weeks, findings) and staff ids, which end up in logs through {@code toString()}. Printing only what is
 * declared safe keeps a new attribute private by default. The settings other than {@code delegateToString}
 * must stay those of {@link ModelStyle}.
 *
 * @since 0.1
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    redactedMask = ModelStyle.REDACTED,
    jdkOnly = true,
    unsafeDefaultAndDerived = true,
    delegateToString = "gov.cbp.medical.model.common.RecordText.of",
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface RecordStyle {}
