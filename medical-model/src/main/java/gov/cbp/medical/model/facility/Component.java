package gov.cbp.medical.model.facility;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The CBP operational component that runs a facility; it decides the facility nomenclature. */
public enum Component implements Coded {
    /** U.S. Border Patrol: stations grouped into sectors. */
    USBP("usbp"),
    /** Office of Field Operations: ports of entry grouped into field offices. */
    OFO("ofo");

    private static final CodeTable<Component> CODES = CodeTable.of(Component.class);
    private final String code;

    Component(String code) {
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
     * @return the constant, null for null
     * @throws IllegalArgumentException if the code is not known (the code is not echoed)
     */
    public static Component fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<Component> codes() {
        return CODES;
    }
}
