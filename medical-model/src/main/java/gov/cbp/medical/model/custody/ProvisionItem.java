package gov.cbp.medical.model.custody;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** Something offered to a person in custody under the TEDS standards. */
public enum ProvisionItem implements Coded {
    /** A shower. */
    SHOWER("shower"),
    /** A meal. */
    MEAL("meal"),
    /** A snack. */
    SNACK("snack"),
    /** Drinking water. */
    WATER("water"),
    /** Infant formula or milk. */
    INFANT_FORMULA("infant-formula"),
    /** Hygiene items. */
    HYGIENE("hygiene"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<ProvisionItem> CODES = CodeTable.of(ProvisionItem.class);
    private final String code;

    ProvisionItem(String code) {
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
    public static ProvisionItem fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<ProvisionItem> codes() {
        return CODES;
    }
}
