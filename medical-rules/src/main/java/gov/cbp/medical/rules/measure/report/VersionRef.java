package gov.cbp.medical.rules.measure.report;


import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable reference to one version of a versioned thing: a standard, a measure or a measure set.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableVersionRef.class)
@JsonDeserialize(as = ImmutableVersionRef.class)
@JsonPropertyOrder({"id", "version"})
public interface VersionRef {
    /**
     * The id.
     *
     * @return the id, not null
     */
    String id();

    /**
     * The version.
     *
     * @return the version, not null
     */
    String version();

    /**
     * Obtains a reference.
     *
     * @param id the id, not null
     * @param version the version, not null
     * @return the reference, not null
     */
    static VersionRef of(String id, String version) {
        return builder().id(id).version(version).build();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VersionRef}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableVersionRef.Builder {}
}
