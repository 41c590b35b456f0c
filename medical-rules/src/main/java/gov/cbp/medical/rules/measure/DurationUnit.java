package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * The unit in which a continuous-variable measure reports durations and buckets its histogram.
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum DurationUnit implements Coded {
    /** Whole minutes (60 seconds). */
    MINUTES("minutes"),
    /** Whole hours (3,600 seconds). */
    HOURS("hours"),
    /** Whole days of 86,400 seconds (not calendar days). */
    DAYS("days");

    private static final CodeTable<DurationUnit> CODES = CodeTable.of(DurationUnit.class);
    private final String code;

    DurationUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The length of one unit.
     *
     * @return the seconds in one unit, positive
     */
    public long seconds() {
        switch (this) {
            case MINUTES:
                return 60;
            case HOURS:
                return 3_600;
            default:
                return 86_400;
        }
    }

    /**
     * The default histogram cap in this unit: 14 days in minutes, 90 days in hours, 366 days in days. Values
     * at or above the cap are counted, and their exact maximum kept, but not bucketed.
     *
     * @return the cap, positive
     */
    public int defaultCap() {
        switch (this) {
            case MINUTES:
                return 20_160;
            case HOURS:
                return 2_160;
            default:
                return 366;
        }
    }

    /**
     * The constant with a code.
     *
     * @param code the code, may be null
     * @return the constant, null for null
     * @throws IllegalArgumentException if the code is not known (the code is not echoed)
     */
    public static DurationUnit fromCode(String code) {
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
