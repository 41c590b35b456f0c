package gov.cbp.medical.model.care;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The outcome of a medical assessment. */
public enum AssessmentDisposition implements Coded {
    /** Cleared for custody with no further action. */
    CLEARED("cleared"),
    /** Needs follow-up; placement in enhanced medical monitoring is expected. */
    FOLLOW_UP("follow-up"),
    /** Referred to a local medical facility. */
    REFERRED("referred"),
    /** Transported to a hospital at once. */
    TRANSPORTED_TO_HOSPITAL("transported-to-hospital"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<AssessmentDisposition> CODES = CodeTable.of(AssessmentDisposition.class);
    private final String code;

    AssessmentDisposition(String code) {
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
    public static AssessmentDisposition fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<AssessmentDisposition> codes() {
        return CODES;
    }
}
