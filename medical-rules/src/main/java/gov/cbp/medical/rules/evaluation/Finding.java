package gov.cbp.medical.rules.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable finding: the status of one occurrence of one requirement for one custody episode at the
 * evaluation instant, with the clause it rests on and the events that prove it.
 *
 * <p>A deadline requirement has one occurrence per trigger (one health interview per book-in, one
 * assessment per medical issue); a recurring requirement has one occurrence per interval (one welfare
 * check per hour in custody). Times are UTC instants; durations are exact.
 *
 * <p>The explanation is one line for people and never contains personal data: it names requirements,
 * event ids, durations and codes only.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
@JsonPropertyOrder({"episodeId", "requirementId", "standardId", "standardVersion", "status", "severity", "citation",
    "explanation"})
public interface Finding {
    /**
     * The episode judged.
     *
     * @return the episode id, not null
     */
    String episodeId();

    /**
     * The requirement's id, stable across versions (e.g. {@code EMD-INTERVIEW-JUV}).
     *
     * @return the id, not null
     */
    String requirementId();

    /**
     * The standard that holds the requirement (e.g. {@code CBP-DIR-2210-004}).
     *
     * @return the id, not null
     */
    String standardId();

    /**
     * The version of the standard in force at the occurrence's trigger.
     *
     * @return the version, not null
     */
    String standardVersion();

    /**
     * The status.
     *
     * @return the status, not null
     */
    FindingStatus status();

    /**
     * The requirement's severity code ({@code critical}, {@code major}, {@code minor}).
     *
     * @return the severity, not null
     */
    String severity();

    /**
     * The clause the requirement rests on, as document and section.
     *
     * @return the citation, not null
     */
    String citation();

    /**
     * One line for people, free of personal data.
     *
     * @return the explanation, not null
     */
    String explanation();

    /**
     * When the occurrence was triggered (book-in, the concern, the interval start).
     *
     * @return the instant, empty if the trigger time is unknown
     */
    Optional<Instant> triggerAt();

    /**
     * The events that triggered the occurrence.
     *
     * @return the event ids, not null
     */
    List<String> triggerEventIds();

    /**
     * When the occurrence falls due.
     *
     * @return the deadline, empty if it has none
     */
    Optional<Instant> dueAt();

    /**
     * For a recurring requirement, the end (exclusive) of the interval judged; the start is
     * {@link #triggerAt()}.
     *
     * @return the end, empty for a deadline requirement
     */
    Optional<Instant> intervalEnd();

    /**
     * When the occurrence was satisfied.
     *
     * @return the instant, empty if not satisfied
     */
    Optional<Instant> satisfiedAt();

    /**
     * The events that satisfy the occurrence or document an exemption.
     *
     * @return the event ids, not null
     */
    List<String> evidenceEventIds();

    /**
     * For {@link FindingStatus#MET_LATE}, how late.
     *
     * @return the lateness, empty otherwise
     */
    Optional<Duration> lateBy();

    /**
     * For {@link FindingStatus#OVERDUE} and {@link FindingStatus#NOT_MET}, how far past the deadline the
     * evaluation instant (or the end of custody) lies.
     *
     * @return the overdue time, empty otherwise
     */
    Optional<Duration> overdueBy();

    /**
     * For a recurring requirement, the longest gap between satisfying events in the interval (counting from
     * the interval start and to its end).
     *
     * @return the gap, empty for a deadline requirement
     */
    Optional<Duration> longestGap();

    /**
     * Whether the requirement's numbers are an interpretation that a deployment must confirm (provenance
     * {@code I} in the catalogue), rather than public source text.
     *
     * @return true if it rests on an interpretation
     */
    @Value.Default
    default boolean interpretation() {
        return false;
    }

    /**
     * Whether the applicability rests on an estimated age.
     *
     * @return true if an estimated age decided it
     */
    @Value.Default
    default boolean estimatedAge() {
        return false;
    }

    /**
     * The local waiver that loosened the requirement for this occurrence, if any.
     *
     * @return the waiver id and reason, empty if none
     */
    Optional<String> waiver();

    /**
     * For {@link FindingStatus#INDETERMINATE}, the data that is missing (JSON Pointers or property names).
     *
     * @return the missing data, not null
     */
    List<String> missingData();

    /**
     * The facility holding the person when the occurrence falls due, for worklists and stratification.
     *
     * @return the facility id, empty if unknown
     */
    Optional<String> facilityId();

    /**
     * The hold room when the occurrence falls due, for worklists.
     *
     * @return the hold room, empty if unknown
     */
    Optional<String> holdRoom();

    /**
     * The record-integrity checks (such as {@code REC-BURST}) that doubt an event of this finding's evidence: the
     * finding is then, for example, met on evidence with integrity concerns, and its explanation says so.
     *
     * @return the check ids, sorted, not null, empty if the evidence raises no concern
     * @since 0.2
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<String> integrityConcerns();

    /**
     * Whether an integrity check doubts this finding's evidence.
     *
     * @return true if {@link #integrityConcerns()} is not empty
     * @since 0.2
     */
    @JsonIgnore
    default boolean hasIntegrityConcerns() {
        return !integrityConcerns().isEmpty();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Finding}. */
    final class Builder extends ImmutableFinding.Builder {}
}
