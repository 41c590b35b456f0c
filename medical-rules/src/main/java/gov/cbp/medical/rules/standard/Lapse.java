package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * What an unsatisfied deadline occurrence becomes when custody ends before its deadline. A closed enum.
 */
public enum Lapse implements Coded {
    /** Nothing was owed yet: {@code NOT_APPLICABLE} (a shower owed at 48 hours to a person released at 20). */
    NOT_OWED("not-owed"),
    /** The end of custody itself failed the requirement: {@code NOT_MET} (a child released instead of transferred). */
    FAILED("failed");

    private static final CodeTable<Lapse> CODES = CodeTable.of(Lapse.class);
    private final String code;

    Lapse(String code) {
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
    public static Lapse fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<Lapse> codes() {
        return CODES;
    }
}
