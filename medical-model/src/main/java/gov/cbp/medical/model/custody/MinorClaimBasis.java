package gov.cbp.medical.model.custody;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** Why a detainee may be under 18. */
public enum MinorClaimBasis implements Coded {
    /** The detainee or another person claims the detainee is under 18. */
    CLAIMED("claimed"),
    /** Staff suspect the detainee is under 18. */
    SUSPECTED("suspected"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<MinorClaimBasis> CODES = CodeTable.of(MinorClaimBasis.class);
    private final String code;

    MinorClaimBasis(String code) {
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
    public static MinorClaimBasis fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<MinorClaimBasis> codes() {
        return CODES;
    }
}
