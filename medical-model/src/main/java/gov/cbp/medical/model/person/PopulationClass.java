package gov.cbp.medical.model.person;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The custody population class, which changes what is owed to a person (domain brief section 1). */
public enum PopulationClass implements Coded {
    /** Under 18, without lawful status, with no parent or legal guardian available (6 U.S.C. 279(g)(2)). */
    UNACCOMPANIED_CHILD("unaccompanied-child"),
    /** Under 18, held with a parent or legal guardian in a family unit. */
    ACCOMPANIED_JUVENILE("accompanied-juvenile"),
    /** An adult (18 or over) held as part of a family unit with a juvenile. */
    FAMILY_UNIT_MEMBER("family-unit-member"),
    /** An adult (18 or over) held on their own. */
    SINGLE_ADULT("single-adult"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<PopulationClass> CODES = CodeTable.of(PopulationClass.class);
    private final String code;

    PopulationClass(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Whether the class is under 18 by definition: {@link #UNACCOMPANIED_CHILD} and
     * {@link #ACCOMPANIED_JUVENILE}. {@link #UNKNOWN} is neither juvenile nor adult.
     *
     * @return true for the two juvenile classes only
     * @since 0.1
     */
    public boolean isJuvenile() {
        return this == UNACCOMPANIED_CHILD || this == ACCOMPANIED_JUVENILE;
    }

    /**
     * Whether the class is 18 or over by definition: {@link #FAMILY_UNIT_MEMBER} and {@link #SINGLE_ADULT}.
     * {@link #UNKNOWN} is neither juvenile nor adult.
     *
     * @return true for the two adult classes only
     * @since 0.1
     */
    public boolean isAdult() {
        return this == FAMILY_UNIT_MEMBER || this == SINGLE_ADULT;
    }

    /**
     * Whether the class is held as part of a family unit: {@link #ACCOMPANIED_JUVENILE} (the child) and
     * {@link #FAMILY_UNIT_MEMBER} (the parent or legal guardian).
     *
     * @return true for the two family-unit classes only
     * @since 0.1
     */
    public boolean isInFamilyUnit() {
        return this == ACCOMPANIED_JUVENILE || this == FAMILY_UNIT_MEMBER;
    }

    /**
     * Whether an age contradicts the class: a juvenile class with an age of 18 or more, or an adult class with
     * an age under 18. {@link #UNKNOWN} contradicts no age. An estimated age can contradict the class too; the
     * caller decides how much an estimate weighs (the payload validator warns rather than errs).
     *
     * @param age the age, not null
     * @return true if the age and the class disagree
     * @throws NullPointerException if {@code age} is null
     * @since 0.1
     */
    public boolean contradicts(Age age) {
        return age.isJuvenile() ? isAdult() : isJuvenile();
    }

    /**
     * The constant with a code.
     *
     * @param code the code, may be null
     * @return the constant, {@link #UNKNOWN} for an unknown code, null for null
     */
    public static PopulationClass fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<PopulationClass> codes() {
        return CODES;
    }
}
