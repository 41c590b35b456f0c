package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * How an episode-based observation combines the durations of several findings into one value.
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum ObservationAggregate implements Coded {
    /** The longest duration. */
    MAX("max"),
    /** The shortest duration. */
    MIN("min"),
    /** The sum of the durations. */
    SUM("sum"),
    /** The duration of the finding with the earliest trigger (then the first listed). */
    FIRST("first");

    private static final CodeTable<ObservationAggregate> CODES = CodeTable.of(ObservationAggregate.class);
    private final String code;

    ObservationAggregate(String code) {
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
    public static ObservationAggregate fromCode(String code) {
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
