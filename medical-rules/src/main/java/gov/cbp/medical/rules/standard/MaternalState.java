package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * A maternal or infant state that makes a person at risk (2021 CBP policy on pregnant, postpartum and nursing
 * people and infants). Applicability names the states it covers; a person may be in several. A closed enum.
 */
public enum MaternalState implements Coded {
    /** Pregnant: known at book-in or from a {@code pregnancy-identified} event, until a birth. */
    PREGNANT("pregnant"),
    /** Postpartum: recorded at book-in, or from a birth in custody on. */
    POSTPARTUM("postpartum"),
    /** Nursing, as recorded at book-in. */
    NURSING("nursing"),
    /** An infant: under one year old. */
    INFANT("infant");

    private static final CodeTable<MaternalState> CODES = CodeTable.of(MaternalState.class);
    private final String code;

    MaternalState(String code) {
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
     * @throws IllegalArgumentException if the code is unknown (the code is not echoed)
     */
    public static MaternalState fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<MaternalState> codes() {
        return CODES;
    }
}
