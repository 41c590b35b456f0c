package gov.cbp.medical.model.facility;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The surge or crisis level declared at a facility (Directive 2210-004 implementation plans, surge and crisis medical support). */
public enum SurgeLevel implements Coded {
    /** Normal operations. */
    NORMAL("normal"),
    /** A declared surge. */
    SURGE("surge"),
    /** A declared crisis. */
    CRISIS("crisis"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<SurgeLevel> CODES = CodeTable.of(SurgeLevel.class);
    private final String code;

    SurgeLevel(String code) {
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
    public static SurgeLevel fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<SurgeLevel> codes() {
        return CODES;
    }
}
