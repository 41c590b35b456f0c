package gov.cbp.medical.rules.measure.report;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable account of the input: what was read, measured, outside the period, rejected, and measured
 * despite validation errors, with the problem codes behind each, so that nothing is dropped silently.
 *
 * <p>{@code episodesRead = episodesMeasured + episodesOutsidePeriod + (bound episodes rejected)
 * + episodesNotEvaluated}, and
 * {@code linesRead = episodesRead + (lines too broken to bind)} for line input.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableInputSummary.class)
@JsonDeserialize(as = ImmutableInputSummary.class)
@JsonPropertyOrder({"linesRead", "episodesRead", "episodesMeasured", "episodesOutsidePeriod", "episodesRejected", "episodesMeasuredWithErrors", "invalidEpisodes", "rejected", "measuredWithErrors", "episodesNotEvaluated", "notEvaluated", "episodesWithUnreadEvents", "unreadEvents"})
public interface InputSummary {
    /**
     * The non-blank JSON Lines read (zero for episodes given as objects).
     *
     * @return the count
     */
    long linesRead();

    /**
     * The episodes bound (from lines or given as objects).
     *
     * @return the count
     */
    long episodesRead();

    /**
     * The episodes evaluated and counted in the measures.
     *
     * @return the count
     */
    long episodesMeasured();

    /**
     * The episodes whose book-in lies outside the measurement period.
     *
     * @return the count
     */
    long episodesOutsidePeriod();

    /**
     * The lines not measured because of validation errors.
     *
     * @return the count
     */
    long episodesRejected();

    /**
     * The episodes measured although they had validation errors (cross-field rules), per the policy.
     *
     * @return the count
     */
    long episodesMeasuredWithErrors();

    /**
     * The policy for bound episodes with validation errors: {@code measure} or {@code reject}.
     *
     * @return the policy code, not null
     */
    String invalidEpisodes();

    /**
     * The rejected lines by problem code (errors only).
     *
     * @return the tallies, sorted by code, not null
     */
    List<ProblemTally> rejected();

    /**
     * The episodes measured despite errors, by problem code (errors only).
     *
     * @return the tallies, sorted by code, not null
     */
    List<ProblemTally> measuredWithErrors();

    /**
     * The episodes the evaluator failed on (an internal error on that one episode, reported by the evaluator
     * as a problem rather than thrown): they are in no measure, and every other episode is measured.
     *
     * @return the count
     * @since 0.1.0
     */
    @Value.Default
    default long episodesNotEvaluated() {
        return 0;
    }

    /**
     * The episodes not evaluated, by problem code, with their first line numbers (for line input).
     *
     * @return the tallies, sorted by code, not null
     * @since 0.1.0
     */
    List<ProblemTally> notEvaluated();

    /**
     * The episodes measured with events their reader could not interpret (an unknown type under a newer minor
     * format version, or an event dropped after an error): their findings rest only on the events read.
     *
     * @return the count
     * @since 0.1.0
     */
    @Value.Default
    default long episodesWithUnreadEvents() {
        return 0;
    }

    /**
     * The unread events of the measured episodes, by event type code ({@code unknown} for an unknown type).
     *
     * @return the counts by type code, sorted, not null
     * @since 0.1.0
     */
    java.util.Map<String, Long> unreadEvents();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link InputSummary}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableInputSummary.Builder {}
}
