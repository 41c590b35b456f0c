package gov.cbp.medical.model.care;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** Who was notified. */
public enum NotificationRecipient implements Coded {
    /** On-site or on-call medical personnel. */
    MEDICAL_PERSONNEL("medical-personnel"),
    /** The shift supervisor. */
    SUPERVISOR("supervisor"),
    /** HHS Office of Refugee Resettlement (TVPRA 8 U.S.C. 1232(b)). */
    HHS_ORR("hhs-orr"),
    /** The person's consulate. */
    CONSULATE("consulate"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<NotificationRecipient> CODES = CodeTable.of(NotificationRecipient.class);
    private final String code;

    NotificationRecipient(String code) {
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
    public static NotificationRecipient fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<NotificationRecipient> codes() {
        return CODES;
    }
}
