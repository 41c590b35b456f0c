package gov.cbp.medical.rules.measure.report;

import gov.cbp.medical.rules.measure.DurationUnit;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable summary of the durations observed in one stratum of a continuous-variable measure, in the
 * measure's unit.
 *
 * <p>{@link #median()} and {@link #p90()} are nearest-rank percentiles over the durations truncated to whole
 * units, exact for every duration below the cap; when the rank falls among durations at or above the cap the
 * value is the cap and the matching flag is set. {@link #min()}, {@link #max()} and {@link #mean()} are exact
 * to the second, in (fractional) units. A member of the measure population with no duration (an act not yet
 * done) is counted in {@link #missing()}, never as zero.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableObservationSummary.class)
@JsonDeserialize(as = ImmutableObservationSummary.class)
@JsonPropertyOrder({"unit", "cap", "count", "missing", "atOrAboveCap", "min", "median", "p90", "max", "mean", "medianAtOrAboveCap", "p90AtOrAboveCap"})
public interface ObservationSummary {
    /**
     * The unit of every value.
     *
     * @return the unit, not null
     */
    DurationUnit unit();

    /**
     * The histogram cap in units.
     *
     * @return the cap
     */
    int cap();

    /**
     * The number of durations observed.
     *
     * @return the count
     */
    long count();

    /**
     * The measure-population members with no duration.
     *
     * @return the count
     */
    long missing();

    /**
     * The durations at or above the cap.
     *
     * @return the count
     */
    long atOrAboveCap();

    /**
     * The shortest duration.
     *
     * @return the value in units, empty if none observed
     */
    Optional<Double> min();

    /**
     * The median (nearest rank, whole units).
     *
     * @return the value, empty if none observed
     */
    Optional<Long> median();

    /**
     * The 90th percentile (nearest rank, whole units).
     *
     * @return the value, empty if none observed
     */
    Optional<Long> p90();

    /**
     * The longest duration.
     *
     * @return the value in units, empty if none observed
     */
    Optional<Double> max();

    /**
     * The mean duration.
     *
     * @return the value in units, empty if none observed
     */
    Optional<Double> mean();

    /**
     * Whether the median is at or above the cap (then {@link #median()} is the cap).
     *
     * @return true if so
     */
    @Value.Default
    default boolean medianAtOrAboveCap() {
        return false;
    }

    /**
     * Whether the 90th percentile is at or above the cap (then {@link #p90()} is the cap).
     *
     * @return true if so
     */
    @Value.Default
    default boolean p90AtOrAboveCap() {
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

    /** Builds a {@link ObservationSummary}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableObservationSummary.Builder {}
}
