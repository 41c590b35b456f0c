package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * How a finding criterion combines the findings of its requirements.
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum Quantifier implements Coded {
    /** At least one finding of the requirements has one of the statuses. */
    ANY("any"),
    /** At least one finding of the requirements exists and every one has one of the statuses. */
    ALL("all"),
    /** No finding of the requirements has one of the statuses (also true when there is no finding). */
    NONE("none");

    private static final CodeTable<Quantifier> CODES = CodeTable.of(Quantifier.class);
    private final String code;

    Quantifier(String code) {
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
    public static Quantifier fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The known codes, in declaration order.
     *
     * @return the codes, not null
     */
    public static List<String> codes() {
        return CODES.codes();
    }
}
