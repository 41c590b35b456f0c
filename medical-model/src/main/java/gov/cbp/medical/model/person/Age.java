package gov.cbp.medical.model.person;

import java.util.Objects;

/**
 * An immutable age in whole years, and whether it is an estimate.
 *
 * <p>Ages decide thresholds (under 18, 12 and under); a finding that rests on an estimated age says so.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 */
public final class Age implements Comparable<Age> {
    /**
     * The age of majority in whole years: a person is a juvenile until the start of the day of their 18th
     * birthday in the facility's time zone (6 U.S.C. 279(g)(2), domain brief section 1).
     *
     * @since 0.1
     */
    public static final int ADULT_YEARS = 18;

    private final int years;
    private final boolean estimated;

    private Age(int years, boolean estimated) {
        this.years = years;
        this.estimated = estimated;
    }

    /**
     * Obtains an age.
     *
     * @param years the whole years, zero or more
     * @param estimated whether the age is an estimate
     * @return the age, not null
     * @throws IllegalArgumentException if {@code years} is negative
     */
    public static Age of(int years, boolean estimated) {
        if (years < 0) {
            throw new IllegalArgumentException("age must not be negative");
        }
        return new Age(years, estimated);
    }

    /**
     * The whole years.
     *
     * @return the years, zero or more
     */
    public int years() {
        return years;
    }

    /**
     * Whether the age is an estimate rather than from a date of birth.
     *
     * @return true if estimated
     */
    public boolean isEstimated() {
        return estimated;
    }

    /**
     * Whether the person is under {@value #ADULT_YEARS}: {@code 17y} is juvenile, {@code 18y} is not. An estimate
     * is judged like an exact age; {@link #isEstimated()} says the answer rests on it.
     *
     * @return true if a juvenile
     */
    public boolean isJuvenile() {
        return years < ADULT_YEARS;
    }

    @Override
    public int compareTo(Age other) {
        return Integer.compare(years, other.years);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Age && ((Age) other).years == years && ((Age) other).estimated == estimated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(years, estimated);
    }

    /**
     * The age as {@code 17y} or {@code ~17y} for an estimate. An age alone identifies no one.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return (estimated ? "~" : "") + years + "y";
    }
}
