package gov.cbp.medical.model.publichealth;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The overall result of an infectious-disease screening or test. */
public enum ScreeningResult implements Coded {
    /** Positive: symptoms or a positive test. */
    POSITIVE("positive"),
    /** Negative. */
    NEGATIVE("negative"),
    /** Inconclusive or pending. */
    INCONCLUSIVE("inconclusive"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<ScreeningResult> CODES = CodeTable.of(ScreeningResult.class);
    private final String code;

    ScreeningResult(String code) {
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
    public static ScreeningResult fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<ScreeningResult> codes() {
        return CODES;
    }
}
