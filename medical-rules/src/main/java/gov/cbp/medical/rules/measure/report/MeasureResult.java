package gov.cbp.medical.rules.measure.report;

import gov.cbp.medical.rules.measure.DurationUnit;
import gov.cbp.medical.rules.measure.ImprovementNotation;
import gov.cbp.medical.rules.measure.PopulationBasis;
import gov.cbp.medical.rules.measure.Scoring;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable result of one measure over the period: the identity of the definition it comes from, its
 * total, and its strata.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMeasureResult.class)
@JsonDeserialize(as = ImmutableMeasureResult.class)
@JsonPropertyOrder({"id", "version", "title", "description", "requirementIds", "basis", "scoring", "improvementNotation", "unit", "total", "stratifiers"})
public interface MeasureResult {
    /**
     * The measure id.
     *
     * @return the id, not null
     */
    String id();

    /**
     * The measure version.
     *
     * @return the version, not null
     */
    String version();

    /**
     * The title.
     *
     * @return the title, not null
     */
    String title();

    /**
     * The description.
     *
     * @return the description, not null
     */
    String description();

    /**
     * The requirement ids measured.
     *
     * @return the ids, not null
     */
    List<String> requirementIds();

    /**
     * What a member is.
     *
     * @return the basis, not null
     */
    PopulationBasis basis();

    /**
     * The scoring.
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
     * The unit of observed durations.
     *
     * @return the unit, empty unless continuous-variable
     */
    Optional<DurationUnit> unit();

    /**
     * The result over all strata.
     *
     * @return the total, not null
     */
    StratumResult total();

    /**
     * The results per stratifier.
     *
     * @return the stratifier results, not null
     */
    List<StratifierResult> stratifiers();

    /**
     * The result of one stratifier.
     *
     * @param stratifierId the id, not null
     * @return the result, empty if the measure has no such stratifier
     */
    default Optional<StratifierResult> stratifier(String stratifierId) {
        return stratifiers().stream().filter(s -> s.id().equals(stratifierId)).findFirst();
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

    /** Builds a {@link MeasureResult}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMeasureResult.Builder {}
}
