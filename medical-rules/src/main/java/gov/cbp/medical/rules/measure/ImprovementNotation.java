package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * Which direction of a measure's score is better (FHIR measure-improvement-notation).
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum ImprovementNotation implements Coded {
    /** A higher rate or value is better. */
    INCREASE("increase"),
    /** A lower rate or value is better. */
    DECREASE("decrease");

    private static final CodeTable<ImprovementNotation> CODES = CodeTable.of(ImprovementNotation.class);
    private final String code;

    ImprovementNotation(String code) {
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
    public static ImprovementNotation fromCode(String code) {
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
