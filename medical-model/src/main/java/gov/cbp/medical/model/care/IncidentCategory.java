package gov.cbp.medical.model.care;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The category of a significant-incident report. */
public enum IncidentCategory implements Coded {
    /** A birth in custody (required by the 2021 pregnancy policy). */
    BIRTH("birth"),
    /** A death in custody. */
    DEATH("death"),
    /** A serious illness or injury. */
    SERIOUS_ILLNESS_OR_INJURY("serious-illness-or-injury"),
    /** Another incident. */
    OTHER("other"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<IncidentCategory> CODES = CodeTable.of(IncidentCategory.class);
    private final String code;

    IncidentCategory(String code) {
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
    public static IncidentCategory fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<IncidentCategory> codes() {
        return CODES;
    }
}
