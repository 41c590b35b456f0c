package gov.cbp.medical.rules.measure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable description of the duration a continuous-variable measure observes on each member of its
 * measure population, and of how it is reported.
 *
 * <p>For a finding-based measure the duration is read from the member finding. For an episode-based measure
 * it is either an episode attribute ({@code custody-duration}) or read from the episode's findings of
 * {@link #requirements()} (the measure's own requirements when empty) whose status is one of
 * {@link #statuses()} (any when empty), combined by {@link #aggregate()}. A member with no duration is
 * counted as a missing observation, never as zero.
 *
 * <p>Durations are bucketed per whole {@link #unit()} up to {@link #cap()} units: median and 90th
 * percentile are then exact (nearest rank) over the durations truncated to whole units, and mergeable.
 * Durations at or above the cap are counted and their exact maximum kept; a percentile that falls among them
 * is reported as "at or above the cap".
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
@JsonPropertyOrder({"attribute", "requirements", "statuses", "aggregate", "unit", "cap"})
public interface Observation {
    /** The largest cap accepted, in units: about 2 years of minutes. */
    int MAX_CAP = 1_051_200;

    /**
     * The duration observed.
     *
     * @return the attribute, not null
     */
    ObservationAttribute attribute();

    /**
     * For episode-based measures with a finding attribute: the requirements whose findings are read.
     *
     * @return the ids, not null; empty means the measure's requirements
     */
    List<String> requirements();

    /**
     * For finding attributes: the statuses of the findings read.
     *
     * @return the statuses, not null; empty means any status
     */
    List<FindingStatus> statuses();

    /**
     * For episode-based measures with a finding attribute: how several findings' durations combine.
     *
     * @return the aggregate, empty meaning {@link ObservationAggregate#MAX}
     */
    Optional<ObservationAggregate> aggregate();

    /**
     * The reporting unit and histogram resolution.
     *
     * @return the unit, not null
     */
    DurationUnit unit();

    /**
     * The histogram cap in units.
     *
     * @return the cap, empty meaning {@link DurationUnit#defaultCap()}
     */
    Optional<Integer> cap();

    /**
     * The cap in force.
     *
     * @return the cap in units, positive
     */
    default int effectiveCap() {
        return cap().orElse(unit().defaultCap());
    }

    /**
     * The aggregate in force.
     *
     * @return the aggregate, not null
     */
    default ObservationAggregate effectiveAggregate() {
        return aggregate().orElse(ObservationAggregate.MAX);
    }

    /**
     * Obtains an observation with defaults.
     *
     * @param attribute the duration observed, not null
     * @param unit the unit, not null
     * @return the observation, not null
     */
    static Observation of(ObservationAttribute attribute, DurationUnit unit) {
        return builder().attribute(attribute).unit(unit).build();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Observation}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableObservation.Builder {}
}
