package gov.cbp.medical.rules.measure.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable result of one measure in one stratum (or in total): its population counts, its rate, the
 * statuses of the findings measured, and for continuous-variable measures the observed durations.
 *
 * <p>The counts are those of {@code MeasureDefinition}: initial population &supe; denominator &supe; denominator
 * exclusion; numerator &sube; net denominator (proportion). {@link #rate()} is (numerator &minus; numerator
 * exclusion) / (denominator &minus; denominator exclusion), empty when that denominator is zero or for
 * continuous-variable scoring. {@link #statusCounts()} counts, by status code, the findings of the measured
 * requirements held by members of the net denominator: the met / late / not-met split the domain brief asks
 * for (section 5).
 *
 * <p>When {@link #suppressed()} is true (small-cell suppression) every count, the rate and the observation
 * are absent.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableStratumResult.class)
@JsonDeserialize(as = ImmutableStratumResult.class)
@JsonPropertyOrder({"key", "suppressed", "suppression", "initialPopulation", "denominator", "denominatorExclusion", "numerator", "numeratorExclusion", "rate", "statusCounts", "findingsOnInterpretation", "findingsOnEstimatedAge", "observation"})
public interface StratumResult {
    /**
     * The stratum key: one value per dimension of the stratifier; empty for the total.
     *
     * @return the key, not null
     */
    List<String> key();

    /**
     * Whether the counts are withheld as a small cell.
     *
     * @return true if suppressed
     */
    @Value.Default
    default boolean suppressed() {
        return false;
    }

    /**
     * Why the counts are withheld.
     *
     * @return the reason, empty unless {@link #suppressed()} (and in reports written before reasons were kept)
     */
    Optional<SuppressionReason> suppression();

    /**
     * The initial population.
     *
     * @return the count, empty if suppressed
     */
    Optional<Long> initialPopulation();

    /**
     * The denominator (measure population for continuous-variable scoring).
     *
     * @return the count, empty if suppressed
     */
    Optional<Long> denominator();

    /**
     * The denominator exclusions.
     *
     * @return the count, empty if suppressed
     */
    Optional<Long> denominatorExclusion();

    /**
     * The numerator (zero for continuous-variable scoring).
     *
     * @return the count, empty if suppressed
     */
    Optional<Long> numerator();

    /**
     * The numerator exclusions.
     *
     * @return the count, empty if suppressed
     */
    Optional<Long> numeratorExclusion();

    /**
     * The rate, between 0 and 1 for proportions.
     *
     * @return the rate, empty if suppressed, undefined or not scored as a rate
     */
    Optional<Double> rate();

    /**
     * The measured findings of the net denominator by status code, in the order of the statuses.
     *
     * @return the counts, empty if suppressed
     */
    Map<String, Long> statusCounts();

    /**
     * The measured findings that rest on an interpretation (provenance I).
     *
     * @return the count, empty if suppressed
     */
    Optional<Long> findingsOnInterpretation();

    /**
     * The measured findings whose applicability rests on an estimated age.
     *
     * @return the count, empty if suppressed
     */
    Optional<Long> findingsOnEstimatedAge();

    /**
     * The observed durations, for continuous-variable measures.
     *
     * @return the summary, empty if suppressed or not continuous-variable
     */
    Optional<ObservationSummary> observation();

    /**
     * The net denominator: denominator minus denominator exclusion.
     *
     * @return the count, empty if suppressed
     */
    default Optional<Long> netDenominator() {
        return denominator().flatMap(d -> denominatorExclusion().map(x -> d - x));
    }

    /**
     * The net numerator: numerator minus numerator exclusion.
     *
     * @return the count, empty if suppressed
     */
    default Optional<Long> netNumerator() {
        return numerator().flatMap(n -> numeratorExclusion().map(x -> n - x));
    }

    /**
     * A builder initialised from this value, to make a changed copy.
     *
     * @return the builder, not null
     */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StratumResult}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableStratumResult.Builder {}
}
