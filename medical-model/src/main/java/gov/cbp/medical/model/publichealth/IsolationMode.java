package gov.cbp.medical.model.publichealth;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** How a person was separated for public-health reasons. */
public enum IsolationMode implements Coded {
    /** Isolated alone. */
    ISOLATION("isolation"),
    /** Cohorted with people with the same condition. */
    COHORTING("cohorting"),
    /** Quarantined after exposure. */
    QUARANTINE("quarantine"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<IsolationMode> CODES = CodeTable.of(IsolationMode.class);
    private final String code;

    IsolationMode(String code) {
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
    public static IsolationMode fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<IsolationMode> codes() {
        return CODES;
    }
}
