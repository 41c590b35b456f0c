package gov.cbp.medical.model.care;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** How a medical issue came to light (Directive 2210-004, identification and notification). */
public enum IssueSource implements Coded {
    /** The person reported it. */
    SELF_REPORTED("self-reported"),
    /** Staff observed it. */
    OBSERVED("observed"),
    /** A positive answer in the health interview. */
    INTERVIEW_ANSWER("interview-answer"),
    /** An infectious-disease screening. */
    SCREENING("screening"),
    /** A welfare or monitoring check. */
    WELFARE_CHECK("welfare-check"),
    /** Another way. */
    OTHER("other"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<IssueSource> CODES = CodeTable.of(IssueSource.class);
    private final String code;

    IssueSource(String code) {
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
    public static IssueSource fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<IssueSource> codes() {
        return CODES;
    }
}
