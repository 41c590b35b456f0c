package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable description of an event that satisfies a requirement occurrence.
 *
 * <p>{@link #event()} is an event type code or {@code book-out}, or {@code trigger} for the triggering event
 * itself (the interview was interpreted, the transfer carried the medication). {@link #where()} and
 * {@link #conditions()} work as for a {@link Trigger}. When {@link #linkField()} names a reference field of the
 * event ({@code subjectEventId}, {@code placementEventId}, ...), an event whose reference is set must refer to
 * the trigger (or, for a recurring requirement, to the event that opened the window); an unset reference does
 * not exclude it. An event matching {@link #exemptWhere()} is a documented refusal: the occurrence is
 * {@code EXEMPT} if it came by the deadline.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSatisfier.class)
@JsonDeserialize(as = ImmutableSatisfier.class)
public interface Satisfier {
    /** The {@link #event()} code that means the triggering event itself. */
    String TRIGGER = "trigger";

    /**
     * The event type code, {@code book-out}, or {@value #TRIGGER}.
     *
     * @return the code, not null
     */
    String event();

    /**
     * The field values required of the event.
     *
     * @return the map, empty for none, not null
     */
    Map<String, List<String>> where();

    /**
     * The named conditions the event must meet.
     *
     * @return the conditions, empty for none, not null
     */
    List<Condition> conditions();

    /**
     * The reference field that, when set, must name the trigger event.
     *
     * @return the field name, empty for no link
     */
    Optional<String> linkField();

    /**
     * The field values that make the event a documented refusal.
     *
     * @return the map, empty for none, not null
     */
    Map<String, List<String>> exemptWhere();

    /**
     * Which events count by time.
     *
     * @return the scope, {@link SatisfierScope#AFTER_TRIGGER} by default
     */
    @Value.Default
    default SatisfierScope scope() {
        return SatisfierScope.AFTER_TRIGGER;
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
     * A satisfier on an event type with no further conditions.
     *
     * @param event the event type code, not null
     * @return the satisfier, not null
     */
    static Satisfier of(String event) {
        return builder().event(event).build();
    }

    /** Builds a {@link Satisfier}. */
    final class Builder extends ImmutableSatisfier.Builder {}
}
