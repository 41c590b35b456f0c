package gov.cbp.medical.model.facility;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The medical support available on site at a facility. */
public enum MedicalSupportLevel implements Coded {
    /** No medical personnel on site; care by referral to local facilities. */
    NONE("none"),
    /** Medical personnel reachable by telephone or video, not on site. */
    ON_CALL("on-call"),
    /** Contracted medical personnel on site for part of each day. */
    ON_SITE_PART_TIME("on-site-part-time"),
    /** Contracted medical personnel on site around the clock. */
    ON_SITE_CONTINUOUS("on-site-continuous"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<MedicalSupportLevel> CODES = CodeTable.of(MedicalSupportLevel.class);
    private final String code;

    MedicalSupportLevel(String code) {
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
    public static MedicalSupportLevel fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<MedicalSupportLevel> codes() {
        return CODES;
    }
}
