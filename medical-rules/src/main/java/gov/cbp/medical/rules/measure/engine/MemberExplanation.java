package gov.cbp.medical.rules.measure.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.rules.evaluation.Finding;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable account of one member of a measure (the episode itself, or one of its findings): its
 * populations with the reasons, the duration observed, and the stratum it falls in for each stratifier.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMemberExplanation.class)
@JsonDeserialize(as = ImmutableMemberExplanation.class)
@JsonPropertyOrder({"finding", "populations", "observation", "strata"})
public interface MemberExplanation {
    /**
     * The member finding of a finding-based measure.
     *
     * @return the finding, empty for an episode-based measure
     */
    Optional<Finding> finding();

    /**
     * The populations, in order.
     *
     * @return the explanations, not null
     */
    List<PopulationExplanation> populations();

    /**
     * The duration observed, for a member of a continuous-variable measure's measure population.
     *
     * @return the duration, empty if none
     */
    Optional<Duration> observation();

    /**
     * The stratum key per stratifier id.
     *
     * @return the keys, not null
     */
    Map<String, List<String>> strata();

    /**
     * Whether the member is in a population.
     *
     * @param population the population, not null
     * @return true if a member
     */
    default boolean isIn(gov.cbp.medical.rules.measure.PopulationType population) {
        return populations().stream().anyMatch(p -> p.population() == population && p.member());
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MemberExplanation}. */
    final class Builder extends ImmutableMemberExplanation.Builder {}
}
