package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * A population of a measure (FHIR measure-population), in the order they are computed.
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum PopulationType implements Coded {
    /** The members the measure considers at all. */
    INITIAL_POPULATION("initial-population"),
    /** The members of the initial population the measure is scored over; for continuous-variable scoring, the measure population. */
    DENOMINATOR("denominator"),
    /** Members of the denominator taken out of it (exempt, not applicable); for continuous-variable scoring, the measure-population exclusion. */
    DENOMINATOR_EXCLUSION("denominator-exclusion"),
    /** For proportion scoring, the members of the net denominator that meet the measure; for ratio scoring, the members of the initial population counted above the line. */
    NUMERATOR("numerator"),
    /** Members of the numerator taken out of it. */
    NUMERATOR_EXCLUSION("numerator-exclusion");

    private static final CodeTable<PopulationType> CODES = CodeTable.of(PopulationType.class);
    private final String code;

    PopulationType(String code) {
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
    public static PopulationType fromCode(String code) {
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
