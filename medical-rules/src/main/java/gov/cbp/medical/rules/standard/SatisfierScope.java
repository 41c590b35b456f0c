package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * Which events may satisfy a deadline occurrence, by time. A closed enum.
 */
public enum SatisfierScope implements Coded {
    /** Events at or after the trigger (the default). */
    AFTER_TRIGGER("after-trigger"),
    /** Any event of the episode up to the deadline, even one before the trigger (a notification already made). */
    ANY_TIME("any-time");

    private static final CodeTable<SatisfierScope> CODES = CodeTable.of(SatisfierScope.class);
    private final String code;

    SatisfierScope(String code) {
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
    public static SatisfierScope fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<SatisfierScope> codes() {
        return CODES;
    }
}
