package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * What a measure counts: custody episodes, or requirement occurrences (findings).
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum PopulationBasis implements Coded {
    /** Each custody episode is one member; its findings and attributes decide its populations. */
    EPISODE("episode"),
    /** Each finding of the measured requirements is one member (one health interview occurrence, one welfare-check interval); the finding and its episode decide its populations. */
    FINDING("finding");

    private static final CodeTable<PopulationBasis> CODES = CodeTable.of(PopulationBasis.class);
    private final String code;

    PopulationBasis(String code) {
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
    public static PopulationBasis fromCode(String code) {
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
