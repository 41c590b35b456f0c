package gov.cbp.medical.model.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the model.
 *
 * <p>Generated {@code Immutable*} classes are package-private: callers use the abstract type's
 * {@code builder()} and {@code of(...)} factories, so the generated names never appear in the public API.
 * Redacted attributes (personal data) print as {@value #REDACTED} in {@code toString()}. The custody record's
 * values use {@link RecordStyle} instead, whose {@code toString()} shows record ids only.
 *
 * <p>Default and derived attributes are computed in the constructor without Immutables' initialization shim
 * ({@code unsafeDefaultAndDerived}): the shim, which lets one default read another in any order, cost an
 * object and volatile writes per value built, the largest single cost of evaluating a short stay (one
 * finding per requirement). The rule that comes with it: <b>a default or derived attribute reads only
 * mandatory or optional attributes</b>, never another default or derived one.
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
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ModelStyle {
    /** The text that stands in {@code toString()} for every attribute that holds personal data. */
    String REDACTED = "<redacted>";
}
