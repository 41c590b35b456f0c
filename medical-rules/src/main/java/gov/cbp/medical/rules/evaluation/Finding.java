package gov.cbp.medical.rules.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.RecordId;
import gov.cbp.medical.model.common.RecordStyle;
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
 * assessment per medical issue). A recurring requirement judged by the gaps between checks ({@code max-gap}) has
 * one finding per gap that owed a check: its start is {@link #triggerAt()} (the start of the window or the
 * previous check), its end {@link #satisfiedAt()} (the check that ended it; empty if none yet) or
 * {@link #intervalEnd()}, its length {@link #longestGap()}, and the excess over the interval {@link #lateBy()}
 * (a lapse ended by a late check, {@code met-late}) or {@link #overdueBy()} (a lapse to the end of the window,
 * {@code not-met}, or still running, {@code overdue}); while the person is in custody the last finding is the next
 * check, {@code due} or {@code overdue}, at the previous check plus the interval. A fixed-slot recurring
 * requirement has one finding per interval, a run of missed intervals being one finding
 * ({@link #missedIntervals()}). Times are UTC instants; durations are exact.
 *
 * <p>The explanation is one line for people and never contains personal data: it names requirements,
 * event ids, durations and codes only.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * <p>{@code toString()} shows the type and the episode id only: requirements, explanations and findings tell
 * health content ({@link gov.cbp.medical.model.common.RecordStyle}).
 */
@Value.Immutable
@RecordStyle
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
    @RecordId
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
     * When the occurrence falls due: its deadline. For a requirement with a target and no deadline, the target while
     * the act is missing (so that DUE and OVERDUE findings always have one), and empty once the act is done.
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
     * The exceptions recorded for the occurrence (naming its requirement and its trigger, or no occurrence), whether
     * they excuse it or not: one recorded at or before the deadline excuses a late act as well as a missing one
     * ({@link FindingStatus#EXEMPT}); one recorded after the deadline is listed here and named in the explanation,
     * but does not excuse.
     *
     * @return the event ids, not null
     * @since 0.2
     */
    List<String> exceptionEventIds();

    /**
     * When the occurrence reaches its target, for a requirement with a target apart from its deadline (trigger
     * plus the target; TEDS-EMERGENCY's "at once" is the trigger instant). A target never makes an act late.
     *
     * @return the target instant, empty if the requirement has no target
     * @since 0.2
     */
    Optional<Instant> targetAt();

    /**
     * For an occurrence with a target that was satisfied, how far past the target the act came: zero when at or
     * before it (an EMS call 12 minutes after the emergency is 12 minutes past a target of "at once").
     *
     * @return the time past the target, empty without a target or without an act
     * @since 0.2
     */
    Optional<Duration> pastTarget();

    /**
     * For {@link FindingStatus#MET_LATE}, how late.
     *
     * @return the lateness, empty otherwise
     */
    Optional<Duration> lateBy();

    /**
     * For {@link FindingStatus#OVERDUE} and {@link FindingStatus#NOT_MET}, how far past the deadline the
     * evaluation instant (or the end of custody) lies. A requirement judged at an event (language access at an
     * interview, medication at a transfer: it closes at its deadline) has none: nothing runs on after the event.
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
     * For a fixed-slot recurring requirement, the number of consecutive intervals without a check that this one
     * finding stands for (from {@link #triggerAt()} to {@link #intervalEnd()}): a long run of missed intervals is one
     * finding, so the cost of an evaluation follows the records, not the clock.
     *
     * @return the count, at least 2; empty for a finding about a single interval or occurrence
     * @since 0.2
     */
    Optional<Long> missedIntervals();

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
     * Whether an estimated age decided the finding: whether the requirement applies (NOT_APPLICABLE findings
     * included) or which trigger and deadline apply. The explanation then says so.
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
