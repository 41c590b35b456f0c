package gov.cbp.medical.rules.impact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable change of one finding's status between two versions of a standard. A finding that exists under
 * only one version has no status under the other.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableStatusChange.class)
@JsonDeserialize(as = ImmutableStatusChange.class)
public interface StatusChange {
    /**
     * The episode.
     *
     * @return the id, not null
     */
    String episodeId();

    /**
     * The requirement.
     *
     * @return the id, not null
     */
    String requirementId();

    /**
     * The occurrence's trigger time.
     *
     * @return the instant, empty for a requirement without occurrence
     */
    Optional<Instant> triggerAt();

    /**
     * The status under the first version.
     *
     * @return the status, empty if the finding does not exist under it
     */
    Optional<FindingStatus> from();

    /**
     * The status under the second version.
     *
     * @return the status, empty if the finding does not exist under it
     */
    Optional<FindingStatus> to();

    /**
     * The change as {@code from->to} codes, {@code none} for a missing side.
     *
     * @return the text, not null
     */
    default String transition() {
        return from().map(FindingStatus::code).orElse("none") + "->" + to().map(FindingStatus::code).orElse("none");
    }

    /**
     * Obtains a change.
     *
     * @param episodeId the episode, not null
     * @param requirementId the requirement, not null
     * @param triggerAt the trigger time, not null
     * @param from the first status, not null
     * @param to the second status, not null
     * @return the change, not null
     */
    static StatusChange of(String episodeId, String requirementId, Optional<Instant> triggerAt,
            Optional<FindingStatus> from, Optional<FindingStatus> to) {
        return ImmutableStatusChange.builder().episodeId(episodeId).requirementId(requirementId).triggerAt(triggerAt)
                .from(from).to(to).build();
    }
}
