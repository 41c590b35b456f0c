package gov.cbp.medical.model.monitoring;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** How a welfare or monitoring check was made. */
public enum CheckMethod implements Coded {
    /** Seen through a window or in the room. */
    VISUAL("visual"),
    /** Spoken with. */
    VERBAL("verbal"),
    /** Checked in person, including touch, such as waking a sleeping child. */
    PHYSICAL("physical"),
    /** Seen on video surveillance. */
    VIDEO("video"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<CheckMethod> CODES = CodeTable.of(CheckMethod.class);
    private final String code;

    CheckMethod(String code) {
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
    public static CheckMethod fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<CheckMethod> codes() {
        return CODES;
    }
}
