package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.facility.SurgeLevel;
import gov.cbp.medical.model.person.PopulationClass;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable statement of whom a requirement applies to, judged at the occurrence's trigger time.
 *
 * <p>Every criterion is a conjunct; an empty list or an absent bound means "any". Ages are whole years on the
 * trigger date in the facility's time zone; both bounds are inclusive ({@code maxAgeYears = 17} means under 18,
 * {@code maxAgeYears = 12} means 12 and under). When the age is not recorded, the population class decides the
 * 18-year threshold (children and accompanied juveniles are under 18 by definition); any other threshold is
 * then unknown and the finding {@code INDETERMINATE}.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableApplicability.class)
@JsonDeserialize(as = ImmutableApplicability.class)
public interface Applicability {
    /** Applies to everyone. */
    Applicability EVERYONE = new Builder().build();

    /**
     * The population classes covered.
     *
     * @return the classes, empty for all, not null
     */
    List<PopulationClass> populationClasses();

    /**
     * The lowest age covered, in whole years, inclusive.
     *
     * @return the bound, empty for none
     */
    Optional<Integer> minAgeYears();

    /**
     * The highest age covered, in whole years, inclusive.
     *
     * @return the bound, empty for none
     */
    Optional<Integer> maxAgeYears();

    /**
     * The maternal and infant states covered: a person in any of them is covered.
     *
     * @return the states, empty for all (no maternal criterion), not null
     */
    List<MaternalState> maternalStates();

    /**
     * The components whose facilities are covered.
     *
     * @return the components, empty for all, not null
     */
    List<Component> components();

    /**
     * The on-site medical support levels of the facility covered.
     *
     * @return the levels, empty for all, not null
     */
    List<MedicalSupportLevel> medicalSupport();

    /**
     * The surge or crisis levels of the facility covered.
     *
     * @return the levels, empty for all, not null
     */
    List<SurgeLevel> surgeLevels();

    /**
     * Whether only people who need an interpreter are covered.
     *
     * @return true to cover only people with limited English proficiency
     */
    @Value.Default
    default boolean interpreterNeeded() {
        return false;
    }

    /**
     * Whether this applicability covers at least everyone the other covers: it is no narrower in any criterion.
     *
     * @param other the other applicability, not null
     * @return true if at least as wide
     */
    default boolean isAtLeastAsWideAs(Applicability other) {
        return wider(populationClasses(), other.populationClasses())
                && wider(maternalStates(), other.maternalStates())
                && wider(components(), other.components())
                && wider(medicalSupport(), other.medicalSupport())
                && wider(surgeLevels(), other.surgeLevels())
                && (minAgeYears().isEmpty() || other.minAgeYears().isPresent()
                        && minAgeYears().get() <= other.minAgeYears().get())
                && (maxAgeYears().isEmpty() || other.maxAgeYears().isPresent()
                        && maxAgeYears().get() >= other.maxAgeYears().get())
                && (!interpreterNeeded() || other.interpreterNeeded());
    }

    private static <T> boolean wider(List<T> mine, List<T> theirs) {
        return mine.isEmpty() || !theirs.isEmpty() && mine.containsAll(theirs);
    }

    /**
     * Checks the age bounds.
     *
     * @throws IllegalStateException if a bound is negative or the minimum exceeds the maximum
     */
    @Value.Check
    default void check() {
        if (minAgeYears().orElse(0) < 0 || maxAgeYears().orElse(0) < 0
                || minAgeYears().isPresent() && maxAgeYears().isPresent() && minAgeYears().get() > maxAgeYears().get()) {
            throw new IllegalStateException("age bounds must be non-negative and ordered");
        }
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Applicability}. */
    final class Builder extends ImmutableApplicability.Builder {}
}
