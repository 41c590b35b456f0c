package gov.cbp.medical.model.maternal;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** Where a birth in custody took place. */
public enum BirthPlace implements Coded {
    /** In the CBP facility. */
    FACILITY("facility"),
    /** In transport. */
    EN_ROUTE("en-route"),
    /** At a hospital while in CBP custody. */
    HOSPITAL("hospital"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<BirthPlace> CODES = CodeTable.of(BirthPlace.class);
    private final String code;

    BirthPlace(String code) {
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
    public static BirthPlace fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<BirthPlace> codes() {
        return CODES;
    }
}
