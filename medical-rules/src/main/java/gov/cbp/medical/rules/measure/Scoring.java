package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * How a measure scores its populations (FHIR MeasureScoring).
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum Scoring implements Coded {
    /** Numerator over net denominator: the share of the denominator that meets the numerator; the numerator is a subset of the denominator. */
    PROPORTION("proportion"),
    /** Numerator count over denominator count, where the numerator need not be a subset of the denominator; may exceed 1. */
    RATIO("ratio"),
    /** A distribution (count, min, median, 90th percentile, max, mean) of one duration observed on each member of the measure population. */
    CONTINUOUS_VARIABLE("continuous-variable");

    private static final CodeTable<Scoring> CODES = CodeTable.of(Scoring.class);
    private final String code;

    Scoring(String code) {
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
    public static Scoring fromCode(String code) {
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
