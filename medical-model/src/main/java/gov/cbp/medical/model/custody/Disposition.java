package gov.cbp.medical.model.custody;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** How a custody episode ended. */
public enum Disposition implements Coded {
    /** Transferred to HHS Office of Refugee Resettlement custody. */
    TRANSFER_HHS_ORR("transfer-hhs-orr"),
    /** Transferred to ICE custody. */
    TRANSFER_ICE("transfer-ice"),
    /** Released from custody. */
    RELEASE("release"),
    /** Booked out on admission to a hospital. */
    HOSPITAL_ADMISSION("hospital-admission"),
    /** Returned or repatriated. */
    RETURN("return"),
    /** Another disposition. */
    OTHER("other"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<Disposition> CODES = CodeTable.of(Disposition.class);
    private final String code;

    Disposition(String code) {
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
    public static Disposition fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<Disposition> codes() {
        return CODES;
    }
}
