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
