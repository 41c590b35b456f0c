package gov.cbp.medical.rules.measure.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable account of why one episode is or is not in each population of each measure, with the
 * findings behind it: what oversight staff ask when a number surprises them (domain brief section 5).
 *
 * <p>It names the episode by its id and its pseudonymous subject id only; reasons cite requirement ids,
 * statuses, instants, event ids and codes, never personal data.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEpisodeExplanation.class)
@JsonDeserialize(as = ImmutableEpisodeExplanation.class)
@JsonPropertyOrder({"episodeId", "subjectId", "evaluatedAsOf", "recordsThrough", "bookInFacilityId", "bookInLocalDate", "counted",
    "periodNote", "measures"})
public interface EpisodeExplanation {
    /**
     * The episode id.
     *
     * @return the id, not null
     */
    String episodeId();

    /**
     * The pseudonymous subject id.
     *
     * @return the id, not null
     */
    String subjectId();

    /**
     * The evaluation instant.
     *
     * @return the instant, not null
     */
    Instant evaluatedAsOf();

    /**
     * The instant the records were judged complete through ({@link
     * gov.cbp.medical.rules.evaluation.EpisodeEvaluation#recordsThrough()}): occurrences falling due after it are
     * due, not missed, and count in the populations as such.
     *
     * @return the instant, {@link #evaluatedAsOf()} by default, not null
     * @since 0.2
     */
    @Value.Default
    default Instant recordsThrough() {
        return evaluatedAsOf();
    }

    /**
     * The book-in facility.
     *
     * @return the id, not null
     */
    String bookInFacilityId();

    /**
     * The book-in's local date in the book-in facility's time zone, which decides the period.
     *
     * @return the date, not null
     */
    LocalDate bookInLocalDate();

    /**
     * Whether the episode is counted at all: its book-in lies in the measurement period.
     *
     * @return true if counted
     */
    boolean counted();

    /**
     * Why the episode is or is not in the period.
     *
     * @return the note, not null
     */
    String periodNote();

    /**
     * One account per measure, in the set's order (given even when the episode is outside the period).
     *
     * @return the accounts, not null
     */
    List<MeasureExplanation> measures();

    /**
     * The account of one measure.
     *
     * @param measureId the id, not null
     * @return the account, empty if the set has no such measure
     */
    default Optional<MeasureExplanation> measure(String measureId) {
        return measures().stream().filter(m -> m.measureId().equals(measureId)).findFirst();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EpisodeExplanation}. */
    final class Builder extends ImmutableEpisodeExplanation.Builder {}
}
