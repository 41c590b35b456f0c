package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * An immutable statement of what satisfies a requirement occurrence: any one of several satisfiers, or all of
 * them (medical personnel and a supervisor notified). Exactly one of the two lists is non-empty.
 *
 * <p>With {@link #anyOf()}, the occurrence is satisfied when the earliest matching event happens; with
 * {@link #allOf()}, when the last of the earliest matches of each satisfier happens.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSatisfaction.class)
@JsonDeserialize(as = ImmutableSatisfaction.class)
public interface Satisfaction {
    /**
     * Satisfiers of which one is enough.
     *
     * @return the satisfiers, not null
     */
    List<Satisfier> anyOf();

    /**
     * Satisfiers that are all needed.
     *
     * @return the satisfiers, not null
     */
    List<Satisfier> allOf();

    /**
     * The satisfiers of whichever list is used.
     *
     * @return the satisfiers, not null
     */
    default List<Satisfier> satisfiers() {
        return anyOf().isEmpty() ? allOf() : anyOf();
    }

    /**
     * Whether all satisfiers are needed.
     *
     * @return true for {@link #allOf()}
     */
    default boolean needsAll() {
        return !allOf().isEmpty();
    }

    /**
     * Checks that exactly one list is used.
     *
     * @throws IllegalStateException if both or neither list has satisfiers
     */
    @Value.Check
    default void check() {
        if (anyOf().isEmpty() == allOf().isEmpty()) {
            throw new IllegalStateException("exactly one of anyOf and allOf must have satisfiers");
        }
    }

    /**
     * Satisfied by any one of some satisfiers.
     *
     * @param satisfiers the satisfiers, not null, not empty
     * @return the satisfaction, not null
     * @throws IllegalStateException if there are none
     */
    static Satisfaction anyOf(Satisfier... satisfiers) {
        return ImmutableSatisfaction.builder().addAnyOf(satisfiers).build();
    }

    /**
     * Satisfied by all of some satisfiers.
     *
     * @param satisfiers the satisfiers, not null, not empty
     * @return the satisfaction, not null
     * @throws IllegalStateException if there are none
     */
    static Satisfaction allOf(Satisfier... satisfiers) {
        return ImmutableSatisfaction.builder().addAllOf(satisfiers).build();
    }
}
