package gov.cbp.medical.model.medication;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** Whether a scheduled dose was given. */
public enum AdministrationStatus implements Coded {
    /** The dose was given. */
    GIVEN("given"),
    /** The person refused the dose (a documented refusal). */
    REFUSED("refused"),
    /** The dose was not given for another reason. */
    NOT_GIVEN("not-given"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<AdministrationStatus> CODES = CodeTable.of(AdministrationStatus.class);
    private final String code;

    AdministrationStatus(String code) {
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
    public static AdministrationStatus fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<AdministrationStatus> codes() {
        return CODES;
    }
}
