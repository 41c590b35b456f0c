package gov.cbp.medical.model.person;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * An immutable statement of the language a person understands and whether they need an interpreter.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}, never
 * {@code ==}. {@code toString()} shows the type and its record id only ({@link
 * gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableLanguageProfile.class)
@JsonDeserialize(as = ImmutableLanguageProfile.class)
public interface LanguageProfile {
    /**
     * The preferred language as a BCP 47 tag (e.g. {@code es}, {@code quc}, {@code pt-BR}).
     *
     * @return the value, not null
     */
    @Text(Text.Kind.CODE)
    @Size(max = Limits.MAX_CODE_LENGTH)
    String preferred();

    /**
     * Whether the person has limited English proficiency and needs an interpreter.
     *
     * @return the flag; false when absent from the payload
     */
    @Value.Default
    default boolean interpreterNeeded() {
        return false;
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

    /** Builds a {@link LanguageProfile}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableLanguageProfile.Builder {}
}
