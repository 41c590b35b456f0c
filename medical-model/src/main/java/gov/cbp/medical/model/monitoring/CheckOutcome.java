package gov.cbp.medical.model.monitoring;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** What a welfare or monitoring check found. */
public enum CheckOutcome implements Coded {
    /** No concern. */
    NO_CONCERN("no-concern"),
    /** A concern, escalated to medical personnel or a supervisor. */
    CONCERN_ESCALATED("concern-escalated"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<CheckOutcome> CODES = CodeTable.of(CheckOutcome.class);
    private final String code;

    CheckOutcome(String code) {
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
    public static CheckOutcome fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<CheckOutcome> codes() {
        return CODES;
    }
}
