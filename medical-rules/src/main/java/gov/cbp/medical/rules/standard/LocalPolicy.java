package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * An immutable local policy: a deployment's changes to the baseline catalogue, layered over it with
 * {@link Catalogue#withPolicy(LocalPolicy)}.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLocalPolicy.class)
@JsonDeserialize(as = ImmutableLocalPolicy.class)
public interface LocalPolicy {
    /**
     * The policy's id.
     *
     * @return the id, not null
     */
    String id();

    /**
     * The title.
     *
     * @return the title, not null
     */
    String title();

    /**
     * The changes, at most one per requirement.
     *
     * @return the overrides, not null
     */
    List<RequirementOverride> overrides();

    /**
     * The overrides of record-integrity checks' numbers.
     *
     * @return the overrides, not null
     * @since 0.2
     */
    List<IntegrityOverride> integrityOverrides();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LocalPolicy}. */
    final class Builder extends ImmutableLocalPolicy.Builder {}
}
