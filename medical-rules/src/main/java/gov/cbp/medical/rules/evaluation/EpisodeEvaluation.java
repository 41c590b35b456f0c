package gov.cbp.medical.rules.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * An immutable evaluation of one custody episode at one instant: every finding, in a stable order
 * (requirement id, then trigger time, then the first trigger event id).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEpisodeEvaluation.class)
@JsonDeserialize(as = ImmutableEpisodeEvaluation.class)
public interface EpisodeEvaluation {
    /**
     * The episode evaluated.
     *
     * @return the id, not null
     */
    String episodeId();

    /**
     * The evaluation instant.
     *
     * @return the instant, not null
     */
    Instant asOf();

    /**
     * The instant the records are complete through: an occurrence whose deadline falls after it and that the
     * records do not show done is {@link FindingStatus#DUE}, never {@link FindingStatus#NOT_MET} or
     * {@link FindingStatus#OVERDUE}. Never after {@link #asOf()}.
     *
     * @return the instant, {@link #asOf()} by default, not null
     * @since 0.2
     */
    @Value.Default
    default Instant recordsThrough() {
        return asOf();
    }

    /**
     * The findings.
     *
     * @return the findings, not null
     */
    List<Finding> findings();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EpisodeEvaluation}. */
    final class Builder extends ImmutableEpisodeEvaluation.Builder {}
}
