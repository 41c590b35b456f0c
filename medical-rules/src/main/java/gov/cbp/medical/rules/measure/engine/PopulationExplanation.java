package gov.cbp.medical.rules.measure.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.rules.measure.PopulationType;
import java.util.List;
import org.immutables.value.Value;

/**
 * An immutable account of why one member is or is not in one population of one measure: the verdict and one
 * line per test made, indented by nesting, naming requirement ids, statuses, instants and event ids only.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePopulationExplanation.class)
@JsonDeserialize(as = ImmutablePopulationExplanation.class)
@JsonPropertyOrder({"population", "member", "reasons"})
public interface PopulationExplanation {
    /**
     * The population.
     *
     * @return the population, not null
     */
    PopulationType population();

    /**
     * Whether the member is in it.
     *
     * @return true if a member
     */
    boolean member();

    /**
     * Why, one test per line.
     *
     * @return the reasons, not null
     */
    List<String> reasons();

    /**
     * Obtains an explanation.
     *
     * @param population the population, not null
     * @param member whether in it
     * @param reasons why, not null
     * @return the explanation, not null
     */
    static PopulationExplanation of(PopulationType population, boolean member, List<String> reasons) {
        return ImmutablePopulationExplanation.builder().population(population).member(member).reasons(reasons).build();
    }
}
