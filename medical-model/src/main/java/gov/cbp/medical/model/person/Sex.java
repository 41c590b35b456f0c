package gov.cbp.medical.model.person;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** A person's sex as recorded at book-in. */
public enum Sex implements Coded {
    /** Female. */
    FEMALE("female"),
    /** Male. */
    MALE("male"),
    /** Not determined or not stated. */
    UNDETERMINED("undetermined"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<Sex> CODES = CodeTable.of(Sex.class);
    private final String code;

    Sex(String code) {
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
    public static Sex fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<Sex> codes() {
        return CODES;
    }
}
