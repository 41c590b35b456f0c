package gov.cbp.medical.model.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable record of who interpreted for a person at an interview, assessment or hospital visit (TEDS section 1.7; OIG-21-49).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableInterpretation.class)
@JsonDeserialize(as = ImmutableInterpretation.class)
public interface Interpretation {
    /**
     * Who interpreted.
     *
     * @return the value, not null
     */
    InterpretationMode mode();

    /**
     * The language used, as a BCP 47 tag such as {@code es} or {@code quc}.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.CODE)
    Optional<@Size(max = Limits.MAX_CODE_LENGTH) String> language();

    /**
     * The interpreter or service identifier.
     *
     * @return the value, empty when absent
     */
    @Text(Text.Kind.STAFF_ID)
    Optional<@Size(max = Limits.MAX_ID_LENGTH) String> interpreterId();

    /**
     * Whether the interpretation meets the language-access standard: a professional or telephonic or video
     * service, or qualified staff, or none needed.
     *
     * @return true if qualified
     */
    default boolean meetsLanguageAccess() {
        switch (mode()) {
            case NOT_NEEDED:
            case PROFESSIONAL_IN_PERSON:
            case TELEPHONIC_SERVICE:
            case VIDEO_SERVICE:
            case QUALIFIED_STAFF:
                return true;
            default:
                return false;
        }
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised from this value, to make a changed copy.
     *
     * @return the builder, not null
     */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link Interpretation}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableInterpretation.Builder {}
}
