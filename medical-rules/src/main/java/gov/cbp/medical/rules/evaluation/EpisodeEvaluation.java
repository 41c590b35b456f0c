package gov.cbp.medical.rules.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.RecordId;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.rules.integrity.IntegrityFinding;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * An immutable evaluation of one custody episode at one instant: every finding, in a stable order
 * (requirement id, then trigger time, then the first trigger event id), or, if the evaluator failed on the
 * episode, no finding and the {@linkplain #problems() problem} that says so.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * <p>{@code toString()} shows the type and the episode id only: requirements, explanations and findings tell
 * health content ({@link gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
@JsonSerialize(as = ImmutableEpisodeEvaluation.class)
@JsonDeserialize(as = ImmutableEpisodeEvaluation.class)
public interface EpisodeEvaluation {
    /**
     * The episode evaluated.
     *
     * @return the id, not null
     */
    @RecordId
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
     * The record-integrity findings: events of the episode that look back-filled or falsified. They are
     * concerns about evidence, not compliance statuses; each compliance finding whose evidence they involve lists
     * their check ids in {@link Finding#integrityConcerns()}.
     *
     * @return the findings, not null, empty if nothing looks doubtful
     * @since 0.2
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<IntegrityFinding> integrityFindings();

    /**
     * The problems that kept the evaluator from judging the episode: an internal failure on this episode
     * becomes one problem ({@code evaluation.episode.failed}, severity error, pointer {@code ""}) instead of an
     * exception, so that the other episodes of a run are still evaluated. The findings are then empty: no
     * partial judgement is given. The problem names the failure's kind only, never a value from the episode.
     *
     * @return the problems, empty for an episode that was judged, not null
     * @since 0.1
     */
    List<gov.cbp.medical.model.validation.Problem> problems();

    /**
     * The events of the episode's payload that the reader could not interpret, by type code
     * ({@link gov.cbp.medical.model.custody.CustodyEpisode#unreadEvents()}): the findings judge only the events
     * read, so a {@code not-met} or {@code overdue} finding may rest on an act recorded in one of these.
     *
     * @return the counts by type code, empty if every event was read, not null
     * @since 0.1
     */
    java.util.Map<String, Integer> unreadEvents();

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
