package gov.cbp.medical.rules.measure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable quality-measure definition in the style of FHIR Measure: what is counted, over whom, and how
 * it is scored, with the requirements it measures. It holds no results: those are in
 * {@code gov.cbp.medical.rules.measure.report.MeasureReport}.
 *
 * <p>Populations are computed in order, each within the one before, so that numerator &sube; net denominator
 * &sube; denominator &sube; initial population always holds:
 * <ol>
 *   <li>initial population: candidates (every episode, or every finding of {@link #requirementIds()} for a
 *       finding-based measure) that satisfy {@link #initialPopulation()};
 *   <li>denominator: members of the initial population that satisfy {@link #denominator()};
 *   <li>denominator exclusion: members of the denominator that satisfy {@link #denominatorExclusion()}; the
 *       rest is the net denominator (for continuous-variable scoring, the measure population);
 *   <li>numerator (proportion): members of the net denominator that satisfy {@link #numerator()}; for ratio
 *       scoring, members of the initial population that satisfy it;
 *   <li>numerator exclusion: members of the numerator that satisfy {@link #numeratorExclusion()}.
 * </ol>
 * A proportion's rate is (numerator &minus; numerator exclusion) / (denominator &minus; denominator exclusion);
 * a ratio's is the same quotient without the subset guarantee.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMeasureDefinition.class)
@JsonDeserialize(as = ImmutableMeasureDefinition.class)
@JsonPropertyOrder({"id", "version", "title", "description", "requirementIds", "basis", "scoring",
    "improvementNotation", "initialPopulation", "denominator", "denominatorExclusion", "numerator",
    "numeratorExclusion", "observation", "stratifiers"})
public interface MeasureDefinition {
    /**
     * The measure id, stable across versions ({@code MQM-INTERVIEW-JUV}).
     *
     * @return the id, not null
     */
    String id();

    /**
     * The version of this definition ({@code 1.0.0}); a change of meaning needs a new version.
     *
     * @return the version, not null
     */
    String version();

    /**
     * A short title for people.
     *
     * @return the title, not null
     */
    String title();

    /**
     * What the measure shows and why, for people.
     *
     * @return the description, not null
     */
    String description();

    /**
     * The requirement ids the measure measures (domain brief section 4). For a finding-based measure these
     * are also the findings that are its candidates.
     *
     * @return the ids, not null, at least one
     */
    List<String> requirementIds();

    /**
     * What a member is.
     *
     * @return the basis, {@link PopulationBasis#EPISODE} by default
     */
    @Value.Default
    default PopulationBasis basis() {
        return PopulationBasis.EPISODE;
    }

    /**
     * How the measure is scored.
     *
     * @return the scoring, not null
     */
    Scoring scoring();

    /**
     * Which direction is better.
     *
     * @return the notation, not null
     */
    ImprovementNotation improvementNotation();

    /**
     * The initial-population criterion.
     *
     * @return the criterion, not null
     */
    Criterion initialPopulation();

    /**
     * The denominator criterion (the measure population for continuous-variable scoring).
     *
     * @return the criterion, empty meaning the whole initial population
     */
    Optional<Criterion> denominator();

    /**
     * The denominator-exclusion criterion.
     *
     * @return the criterion, empty meaning none excluded
     */
    Optional<Criterion> denominatorExclusion();

    /**
     * The numerator criterion; required for proportion and ratio scoring, absent for continuous-variable.
     *
     * @return the criterion, empty for continuous-variable scoring
     */
    Optional<Criterion> numerator();

    /**
     * The numerator-exclusion criterion.
     *
     * @return the criterion, empty meaning none excluded
     */
    Optional<Criterion> numeratorExclusion();

    /**
     * The duration observed; required for continuous-variable scoring, absent otherwise.
     *
     * @return the observation, empty for proportion and ratio scoring
     */
    Optional<Observation> observation();

    /**
     * The measure's own stratifiers, in addition to its measure set's common ones.
     *
     * @return the stratifiers, not null
     */
    List<Stratifier> stratifiers();

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

    /** Builds a {@link MeasureDefinition}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMeasureDefinition.Builder {}
}
