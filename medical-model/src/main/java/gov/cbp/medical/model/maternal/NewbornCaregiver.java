package gov.cbp.medical.model.maternal;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** To whom a newborn was released. */
public enum NewbornCaregiver implements Coded {
    /** A parent released with the child. */
    PARENT("parent"),
    /** Another relative. */
    OTHER_RELATIVE("other-relative"),
    /** A child-welfare agency. */
    CHILD_WELFARE("child-welfare"),
    /** Another caregiver. */
    OTHER("other"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<NewbornCaregiver> CODES = CodeTable.of(NewbornCaregiver.class);
    private final String code;

    NewbornCaregiver(String code) {
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
    public static NewbornCaregiver fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<NewbornCaregiver> codes() {
        return CODES;
    }
}
