package gov.cbp.medical.model.care;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The credential of a medical provider. */
public enum Credential implements Coded {
    /** Physician (MD or DO). */
    PHYSICIAN("physician"),
    /** Nurse practitioner. */
    NURSE_PRACTITIONER("nurse-practitioner"),
    /** Physician assistant. */
    PHYSICIAN_ASSISTANT("physician-assistant"),
    /** Registered nurse. */
    REGISTERED_NURSE("registered-nurse"),
    /** Paramedic. */
    PARAMEDIC("paramedic"),
    /** Emergency medical technician (CBP or contract). */
    EMT("emt"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<Credential> CODES = CodeTable.of(Credential.class);
    private final String code;

    Credential(String code) {
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
    public static Credential fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<Credential> codes() {
        return CODES;
    }
}
