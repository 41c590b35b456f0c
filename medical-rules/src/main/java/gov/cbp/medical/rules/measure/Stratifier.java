package gov.cbp.medical.rules.measure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable stratifier: one or more dimensions along which a measure's populations are split into strata
 * (FHIR Measure.group.stratifier, with components for several dimensions).
 *
 * <p>Every member falls in exactly one stratum of every stratifier (a dimension the data does not decide
 * gives {@code "unknown"}), so the strata of a stratifier add up to the whole. A stratifier with the
 * dimensions {@code [facility, month]} gives one stratum per facility and month.
 *
 * <p>Age bands are given by their lower bounds in whole years, strictly increasing from 0: {@code [0, 13, 18,
 * 65]} (the default) gives {@code 0-12}, {@code 13-17}, {@code 18-64} and {@code 65+}, matching the
 * thresholds of Directive 2210-004 (12 and under, under 18).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableStratifier.class)
@JsonDeserialize(as = ImmutableStratifier.class)
@JsonPropertyOrder({"id", "title", "dimensions", "ageBands"})
public interface Stratifier {
    /** The default age-band lower bounds. */
    List<Integer> DEFAULT_AGE_BANDS = List.of(0, 13, 18, 65);

    /**
     * The stratifier id, unique within a measure (such as {@code facility} or {@code facility-month}).
     *
     * @return the id, not null
     */
    String id();

    /**
     * A title for people.
     *
     * @return the title, empty to use the id
     */
    Optional<String> title();

    /**
     * The dimensions, at least one, each at most once.
     *
     * @return the dimensions, not null
     */
    List<StratifierDimension> dimensions();

    /**
     * The age-band lower bounds, for the {@code age-band} dimension.
     *
     * @return the bounds, not null; empty means {@link #DEFAULT_AGE_BANDS}
     */
    List<Integer> ageBands();

    /**
     * The age-band bounds in force.
     *
     * @return the bounds, not null
     */
    default List<Integer> effectiveAgeBands() {
        return ageBands().isEmpty() ? DEFAULT_AGE_BANDS : ageBands();
    }

    /**
     * Obtains a stratifier.
     *
     * @param id the id, not null
     * @param dimensions the dimensions, not null
     * @return the stratifier, not null
     */
    static Stratifier of(String id, StratifierDimension... dimensions) {
        return builder().id(id).addDimensions(dimensions).build();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Stratifier}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableStratifier.Builder {}
}
