package gov.cbp.medical.model.intake;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** An answer to one question of a health interview. */
public enum Answer implements Coded {
    /** Yes: a positive answer, which may raise a medical concern. */
    YES("yes"),
    /** No. */
    NO("no"),
    /** The person did not know. */
    UNKNOWN_ANSWER("unknown"),
    /** The person declined to answer. */
    REFUSED("refused");

    private static final CodeTable<Answer> CODES = CodeTable.of(Answer.class);
    private final String code;

    Answer(String code) {
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
    public static Answer fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<Answer> codes() {
        return CODES;
    }
}
