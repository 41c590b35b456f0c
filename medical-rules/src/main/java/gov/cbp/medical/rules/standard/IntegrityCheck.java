package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.model.common.RecordSystem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable record-integrity check of a standard: a sign that evidence may have been back-filled or
 * falsified, with the numbers that decide it (domain brief, sections 1 and 7).
 *
 * <p>An integrity check is not a requirement: it owes nothing to the person and issues no compliance status.
 * Its findings ({@code gov.cbp.medical.rules.integrity.IntegrityFinding}) name the events that look doubtful,
 * and a compliance finding whose evidence includes such an event says that it rests on evidence with integrity
 * concerns. Every number is an interpretation (provenance {@code I}) that a local policy may override
 * ({@link IntegrityOverride}). Which numbers a check needs depends on its {@link #kind()}:
 * <ul>
 *   <li>{@link IntegrityKind#LATE_RECORDING}: {@link #maxDelay()} (exceeding it is a concern; equal is not);</li>
 *   <li>{@link IntegrityKind#BURST}: {@link #minEvents()} entries recorded within {@link #window()} whose own
 *       times span at least {@link #minSpread()};</li>
 *   <li>{@link IntegrityKind#REGULAR_SPACING}: {@link #minRun()} consecutive spacings whose largest and smallest
 *       differ by at most {@link #spacingTolerance()};</li>
 *   <li>{@link IntegrityKind#OBSERVER_IN_TWO_PLACES}: two entries by one observer in different hold rooms or
 *       facilities at most {@link #window()} apart;</li>
 *   <li>{@link IntegrityKind#PERSON_ELSEWHERE}: an entry more than {@link #window()} before book-in, after
 *       book-out, inside a hospital stay, or in a hold room of a facility that is not the person's then.</li>
 * </ul>
 * Entries made in a system listed in {@link #exemptSystems()} are not judged by late-recording and burst checks:
 * transcribing a contemporaneous paper log later is normal practice, its own times are the evidence.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.2
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableIntegrityCheck.class)
@JsonDeserialize(as = ImmutableIntegrityCheck.class)
public interface IntegrityCheck {
    /**
     * The id, stable across versions, such as {@code REC-LATE-ENTRY}; unique among requirements and checks.
     *
     * @return the id, not null
     */
    String id();

    /**
     * Which sign the check looks for.
     *
     * @return the kind, not null
     */
    IntegrityKind kind();

    /**
     * A short title.
     *
     * @return the title, not null
     */
    String title();

    /**
     * The check in plain words.
     *
     * @return the text, not null
     */
    String text();

    /**
     * The guidance the check rests on.
     *
     * @return the citation, not null
     */
    Citation citation();

    /**
     * Where the check and its numbers come from; the baseline's are interpretations ({@code I}).
     *
     * @return the sources, not empty
     */
    List<SourceKind> provenance();

    /**
     * A note on the interpretation chosen.
     *
     * @return the note, empty if none
     */
    Optional<String> provenanceNote();

    /**
     * The event type codes judged, such as {@code welfare-check}.
     *
     * @return the codes, not empty
     */
    List<String> events();

    /**
     * For a late-recording check, the longest accepted time from an event to its record.
     *
     * @return the delay, empty for other kinds
     */
    Optional<Duration> maxDelay();

    /**
     * For a burst, the span of recording times; for an observer in two places, the span of event times; for a
     * person elsewhere, the grace before book-in and after book-out.
     *
     * @return the window, empty for other kinds
     */
    Optional<Duration> window();

    /**
     * For a burst, the fewest entries that make one.
     *
     * @return the count, empty for other kinds
     */
    Optional<Integer> minEvents();

    /**
     * For a burst, the shortest span of the entries' own times that makes one.
     *
     * @return the spread, empty for other kinds
     */
    Optional<Duration> minSpread();

    /**
     * For a regular spacing, the largest difference between spacings still called the same.
     *
     * @return the tolerance, empty for other kinds
     */
    Optional<Duration> spacingTolerance();

    /**
     * For a regular spacing, the fewest consecutive spacings that make a run.
     *
     * @return the run length in spacings (checks minus one), empty for other kinds
     */
    Optional<Integer> minRun();

    /**
     * Systems whose entries late-recording and burst checks do not judge (contemporaneous paper logs).
     *
     * @return the systems, not null
     */
    List<RecordSystem> exemptSystems();

    /**
     * Whether the check's numbers rest on an interpretation a deployment must confirm.
     *
     * @return true if the provenance includes {@link SourceKind#INTERPRETATION}
     */
    @JsonIgnore
    default boolean isInterpretation() {
        return provenance().contains(SourceKind.INTERPRETATION);
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised from this value.
     *
     * @return the builder, not null
     */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link IntegrityCheck}. */
    final class Builder extends ImmutableIntegrityCheck.Builder {}
}
