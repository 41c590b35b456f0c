package gov.cbp.medical.model.monitoring;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** Why a person is placed in enhanced medical monitoring. */
public enum MonitoringReason implements Coded {
    /** A medical assessment asked for follow-up. */
    ASSESSMENT_FOLLOW_UP("assessment-follow-up"),
    /** A known or suspected contagious disease. */
    CONTAGIOUS_DISEASE("contagious-disease"),
    /** An illness or injury. */
    ILLNESS_OR_INJURY("illness-or-injury"),
    /** Pregnant, postpartum or nursing. */
    PREGNANCY("pregnancy"),
    /** Medically fragile or high-risk. */
    MEDICALLY_FRAGILE("medically-fragile"),
    /** Returned from a hospital. */
    POST_HOSPITAL("post-hospital"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<MonitoringReason> CODES = CodeTable.of(MonitoringReason.class);
    private final String code;

    MonitoringReason(String code) {
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
    public static MonitoringReason fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<MonitoringReason> codes() {
        return CODES;
    }
}
