package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * How often a deadline requirement occurs in one episode. A closed enum.
 */
public enum Occurrence implements Coded {
    /** Once per applicable trigger (one assessment per medical issue). */
    PER_TRIGGER("per-trigger"),
    /** Once per episode, from the earliest applicable trigger (one HHS notification per child). */
    ONCE("once");

    private static final CodeTable<Occurrence> CODES = CodeTable.of(Occurrence.class);
    private final String code;

    Occurrence(String code) {
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
    public static Occurrence fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<Occurrence> codes() {
        return CODES;
    }
}
