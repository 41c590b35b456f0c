package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * How much a failure to meet a requirement matters; worklists order overdue tasks by it. A closed enum.
 */
public enum RequirementSeverity implements Coded {
    /** A failure can endanger life or health, or breaks a statute. */
    CRITICAL("critical"),
    /** A failure degrades care or breaks an agency standard. */
    MAJOR("major"),
    /** A failure is a shortfall in conditions or records. */
    MINOR("minor");

    private static final CodeTable<RequirementSeverity> CODES = CodeTable.of(RequirementSeverity.class);
    private final String code;

    RequirementSeverity(String code) {
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
     * @return the constant, null for null
     * @throws IllegalArgumentException if the code is unknown (the code is not echoed)
     */
    public static RequirementSeverity fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<RequirementSeverity> codes() {
        return CODES;
    }
}
