package gov.cbp.medical.model.person;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** How a person's age is known. */
public enum AgeBasis implements Coded {
    /** From an identity or birth document. */
    DOCUMENTED("documented"),
    /** Stated by the person or a companion. */
    STATED("stated"),
    /** Estimated by staff or a medical provider. */
    ESTIMATED("estimated"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<AgeBasis> CODES = CodeTable.of(AgeBasis.class);
    private final String code;

    AgeBasis(String code) {
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
    public static AgeBasis fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<AgeBasis> codes() {
        return CODES;
    }
}
