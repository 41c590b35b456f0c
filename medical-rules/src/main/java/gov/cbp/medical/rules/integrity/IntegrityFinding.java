package gov.cbp.medical.rules.integrity;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.rules.standard.IntegrityKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable record-integrity finding: one sign, found by one integrity check of the catalogue, that some
 * events of an episode may have been back-filled or falsified.
 *
 * <p>It is a concern about evidence, not a compliance status: it says which events look doubtful and on what
 * guidance, and leaves the judgement to people. The explanation names the check, event ids, counts and
 * durations only, never personal data (no names, no observer ids, no free text).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.2
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableIntegrityFinding.class)
@JsonDeserialize(as = ImmutableIntegrityFinding.class)
@JsonPropertyOrder({"episodeId", "checkId", "kind", "standardId", "standardVersion", "at", "eventIds", "citation",
    "explanation"})
public interface IntegrityFinding {
    /**
     * The episode inspected.
     *
     * @return the id, not null
     */
    String episodeId();

    /**
     * The integrity check that found the sign, such as {@code REC-BURST}; the finding's code.
     *
     * @return the id, not null
     */
    String checkId();

    /**
     * The kind of sign.
     *
     * @return the kind, not null
     */
    IntegrityKind kind();

    /**
     * The standard holding the check.
     *
     * @return the id, not null
     */
    String standardId();

    /**
     * The version of the standard in force at book-in.
     *
     * @return the version, not null
     */
    String standardVersion();

    /**
     * When the first event involved happened (UTC).
     *
     * @return the instant, not null
     */
    Instant at();

    /**
     * The events involved, in the order of their times.
     *
     * @return the event ids, not empty
     */
    List<String> eventIds();

    /**
     * The guidance the check rests on, as document and section.
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
     * Whether the check's numbers are an interpretation a deployment must confirm.
     *
     * @return true if it rests on an interpretation
     */
    @Value.Default
    default boolean interpretation() {
        return false;
    }

    /**
     * The facility holding the person at {@link #at()}, for stratification.
     *
     * @return the facility id, empty if unknown
     */
    Optional<String> facilityId();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IntegrityFinding}. */
    final class Builder extends ImmutableIntegrityFinding.Builder {}
}
