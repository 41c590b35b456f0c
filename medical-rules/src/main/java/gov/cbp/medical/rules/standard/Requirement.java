package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable requirement of a standard: who is owed what, by when, on what authority.
 *
 * <p>The {@link #id()} is stable across versions of its standard ({@code EMD-INTERVIEW-JUV} is the same duty in
 * every version that has it) and unique in the catalogue: two standards never share a requirement id. The
 * {@link #rule()} names the rule that computes it:
 * <ul>
 *   <li>{@link RuleKind#DEADLINE}: {@link #triggers()}, {@link #satisfaction()} and a {@link #deadline()}
 *       measured from the trigger; the deadline instant itself is on time.</li>
 *   <li>{@link RuleKind#RECURRING}: a {@link #recurrence()} and a {@link #satisfaction()}.</li>
 *   <li>{@link RuleKind#SCHEDULED_DOSES}: {@link #triggers()} on a medication review, a {@link #satisfaction()}
 *       and a {@link #tolerance()} either side of each dose.</li>
 *   <li>{@link RuleKind#NEWBORN_RELEASE}: a {@link #deadline()} from birth or hospital discharge.</li>
 *   <li>{@link RuleKind#NOT_COMPUTABLE}: a {@link #notComputableReason()}.</li>
 * </ul>
 *
 * <p>The provenance lists where the rule and its numbers come from; if it includes
 * {@link SourceKind#INTERPRETATION}, every finding says that it rests on an interpretation.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRequirement.class)
@JsonDeserialize(as = ImmutableRequirement.class)
public interface Requirement {
    /**
     * The id, stable across versions, such as {@code EMD-INTERVIEW-JUV}.
     *
     * @return the id, not null
     */
    String id();

    /**
     * A short title.
     *
     * @return the title, not null
     */
    String title();

    /**
     * The rule in plain words.
     *
     * @return the text, not null
     */
    String text();

    /**
     * The clause the requirement rests on.
     *
     * @return the citation, not null
     */
    Citation citation();

    /**
     * The severity of a failure.
     *
     * @return the severity, not null
     */
    RequirementSeverity severity();

    /**
     * Where the rule and its numbers come from, in the order of the brief (e.g. {@code S} for who, {@code I} for
     * the time).
     *
     * @return the sources, not empty, not null
     */
    List<SourceKind> provenance();

    /**
     * A note on the provenance or the interpretation chosen.
     *
     * @return the note, empty if none
     */
    Optional<String> provenanceNote();

    /**
     * The rule that computes the requirement.
     *
     * @return the kind, not null
     */
    RuleKind rule();

    /**
     * Whom the requirement applies to.
     *
     * @return the applicability, {@link Applicability#EVERYONE} by default
     */
    @Value.Default
    default Applicability applicability() {
        return Applicability.EVERYONE;
    }

    /**
     * The triggers; any one starts an occurrence.
     *
     * @return the triggers, not null
     */
    List<Trigger> triggers();

    /**
     * How often the requirement occurs per episode.
     *
     * @return the occurrence, {@link Occurrence#PER_TRIGGER} by default
     */
    @Value.Default
    default Occurrence occurs() {
        return Occurrence.PER_TRIGGER;
    }

    /**
     * What satisfies an occurrence.
     *
     * @return the satisfaction, empty for rules that need none
     */
    Optional<Satisfaction> satisfaction();

    /**
     * The deadline, measured from the trigger.
     *
     * @return the duration, zero or positive, empty if none
     */
    Optional<Duration> deadline();

    /**
     * A target measured from the trigger like the deadline, to report against: unlike a deadline it never makes
     * an act late. TEDS-EMERGENCY's "EMS called at once" is a target of zero minutes; findings show how far past
     * the target the act came ({@code Finding#pastTarget()}), and a requirement with a target and no deadline is
     * met whenever the act is done in custody.
     *
     * @return the target, zero or positive, empty if none
     * @since 0.2
     */
    Optional<Duration> target();

    /**
     * The largest unit the requirement's durations are written in: hours for {@code PT72H}, minutes for
     * {@code PT60M}. Explanations write every duration of the requirement's findings with it as the largest
     * unit ({@code 72h}, not {@code 3d}; {@code 90m}, not {@code 1h30m}). The reader of standard documents takes
     * it from the text of the deadline (else the interval, the tolerance or the target); for a requirement built
     * in code it is hours when that duration is at least an hour, else minutes. A requirement that writes no
     * non-zero duration (judged at an event, a target of "at once") has no unit of its own: days, so that
     * durations read naturally ({@code 2h}, {@code 3d04h}). Presentation only: not part of equality, not written
     * to JSON.
     *
     * @return {@link ChronoUnit#DAYS}, {@link ChronoUnit#HOURS} or {@link ChronoUnit#MINUTES}, not null
     * @since 0.2
     */
    @JsonIgnore
    @Value.Default
    @Value.Auxiliary
    default ChronoUnit durationUnit() {
        Duration written = deadline().filter(d -> !d.isZero())
                .or(() -> recurrence().map(Recurrence::every))
                .or(() -> tolerance())
                .orElse(Duration.ZERO);
        if (written.isZero()) {
            return ChronoUnit.DAYS;
        }
        return written.compareTo(Duration.ofHours(1)) >= 0 ? ChronoUnit.HOURS : ChronoUnit.MINUTES;
    }

    /**
     * The recurrence of a recurring requirement.
     *
     * @return the recurrence, empty if not recurring
     */
    Optional<Recurrence> recurrence();

    /**
     * The tolerance either side of each scheduled dose.
     *
     * @return the tolerance, empty if not scheduled
     */
    Optional<Duration> tolerance();

    /**
     * What an unsatisfied occurrence becomes when custody ends before its deadline.
     *
     * @return the lapse, {@link Lapse#NOT_OWED} by default
     */
    @Value.Default
    default Lapse lapse() {
        return Lapse.NOT_OWED;
    }

    /**
     * Whether an unsatisfied occurrence can no longer be satisfied once its deadline passes (the interview was
     * not interpreted), so that it becomes {@code NOT_MET} instead of {@code OVERDUE}.
     *
     * @return true if the occurrence closes at its deadline
     */
    @Value.Default
    default boolean closesAtDeadline() {
        return false;
    }

    /**
     * Why the requirement cannot be computed from one episode's record.
     *
     * @return the reason, present exactly for {@link RuleKind#NOT_COMPUTABLE}
     */
    Optional<String> notComputableReason();

    /**
     * Whether the requirement rests on an interpretation a deployment must confirm.
     *
     * @return true if the provenance includes {@link SourceKind#INTERPRETATION}
     */
    @JsonIgnore
    default boolean isInterpretation() {
        return provenance().contains(SourceKind.INTERPRETATION);
    }

    /**
     * Whether the requirement can be computed from one episode's record.
     *
     * @return true unless the rule is {@link RuleKind#NOT_COMPUTABLE}
     */
    @JsonIgnore
    default boolean isComputable() {
        return rule() != RuleKind.NOT_COMPUTABLE;
    }

    /**
     * The provenance as the brief writes it, such as {@code S/I}.
     *
     * @return the text, not null
     */
    default String provenanceText() {
        StringBuilder text = new StringBuilder();
        for (SourceKind kind : provenance()) {
            text.append(text.length() == 0 ? "" : "/").append(kind.code());
        }
        return text.toString();
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
     * A builder initialised from this value, to make a changed copy.
     *
     * @return the builder, not null
     */
    default Builder toBuilder() {
        Builder builder = new Builder();
        builder.from(this);
        return builder;
    }

    /** Builds a {@link Requirement}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableRequirement.Builder {}
}
