package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable local change to one requirement of the baseline, applied to every version that holds it.
 *
 * <p>A change is <em>stricter</em> when it shortens a deadline or an interval, widens the applicability or judges
 * recurring checks by their gaps; any other change (a longer deadline or interval, a narrower applicability, fixed
 * slots where the baseline judges gaps, disabling the requirement) is
 * <em>looser</em> and is accepted only with a {@link #waiver()}, which then appears in every finding of the
 * requirement. A disabled requirement's open and failed occurrences become {@code EXEMPT}.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRequirementOverride.class)
@JsonDeserialize(as = ImmutableRequirementOverride.class)
public interface RequirementOverride {
    /**
     * The requirement changed.
     *
     * @return the id, not null
     */
    String requirementId();

    /**
     * A new deadline (for deadline rules) or tolerance (for scheduled doses).
     *
     * @return the duration, empty to keep the baseline's
     */
    Optional<Duration> deadline();

    /**
     * A new interval for a recurring requirement.
     *
     * @return the interval, empty to keep the baseline's
     */
    Optional<Duration> every();

    /**
     * A new way of judging a recurring requirement's checks. Judging by fixed slots where the baseline judges by
     * the gaps between checks is looser (it lets two checks lie almost two intervals apart) and needs a waiver;
     * the other way round is stricter.
     *
     * @return the mode, empty to keep the baseline's
     * @since 0.2
     */
    Optional<RecurrenceMode> recurrenceMode();

    /**
     * A new applicability.
     *
     * @return the applicability, empty to keep the baseline's
     */
    Optional<Applicability> applicability();

    /**
     * A new provenance, when the deployment has confirmed or set the numbers.
     *
     * @return the provenance, empty to keep the baseline's
     */
    List<SourceKind> provenance();

    /**
     * Whether the requirement is switched off locally (looser: needs a waiver).
     *
     * @return true if disabled
     */
    @Value.Default
    default boolean disabled() {
        return false;
    }

    /**
     * The waiver that authorises a looser change.
     *
     * @return the waiver, empty if none
     */
    Optional<Waiver> waiver();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RequirementOverride}. */
    final class Builder extends ImmutableRequirementOverride.Builder {}
}
