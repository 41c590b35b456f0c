package gov.cbp.medical.model.person;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** How a pregnancy is known. */
public enum PregnancyBasis implements Coded {
    /** Reported by the person. */
    SELF_REPORTED("self-reported"),
    /** Apparent to staff. */
    OBSERVED("observed"),
    /** Confirmed by medical personnel or a test. */
    MEDICALLY_CONFIRMED("medically-confirmed"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<PregnancyBasis> CODES = CodeTable.of(PregnancyBasis.class);
    private final String code;

    PregnancyBasis(String code) {
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
    public static PregnancyBasis fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<PregnancyBasis> codes() {
        return CODES;
    }
}
