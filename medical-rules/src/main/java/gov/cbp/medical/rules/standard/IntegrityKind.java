package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * The kind of sign that a record may have been back-filled or falsified, named in an integrity check's
 * {@code "kind"} property (domain brief, section 7). Each kind is computed by its own detector; its numbers come
 * from the check's data. A closed enum: an unknown code is a catalogue problem.
 *
 * @since 0.2
 */
public enum IntegrityKind implements Coded {
    /** Recorded long after it happened: recorded-at minus at over {@link IntegrityCheck#maxDelay()}. */
    LATE_RECORDING("late-recording"),
    /** Many entries made within {@link IntegrityCheck#window()} for times spread over {@link IntegrityCheck#minSpread()}. */
    BURST("burst"),
    /** A run of {@link IntegrityCheck#minRun()} spacings that all lie within {@link IntegrityCheck#spacingTolerance()} of each other. */
    REGULAR_SPACING("regular-spacing"),
    /** One observer recorded in two hold rooms or facilities within {@link IntegrityCheck#window()}. */
    OBSERVER_IN_TWO_PLACES("observer-in-two-places"),
    /** A check recorded while the person was elsewhere: before book-in, after book-out, at a hospital, or at a facility not the person's. */
    PERSON_ELSEWHERE("person-elsewhere");

    private static final CodeTable<IntegrityKind> CODES = CodeTable.of(IntegrityKind.class);
    private final String code;

    IntegrityKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The names of the numbers a check of this kind needs (the {@link IntegrityCheck} property names); a check
     * or override that gives any other number is a problem, so that a typo cannot pass silently.
     *
     * @return the names, not null
     */
    public java.util.Set<String> numbers() {
        switch (this) {
            case LATE_RECORDING:
                return java.util.Set.of("maxDelay");
            case BURST:
                return java.util.Set.of("window", "minEvents", "minSpread");
            case REGULAR_SPACING:
                return java.util.Set.of("spacingTolerance", "minRun");
            default:
                return java.util.Set.of("window");
        }
    }

    /**
     * The constant with a code.
     *
     * @param code the code, may be null
     * @return the constant, null for null
     * @throws IllegalArgumentException if the code is unknown (the code is not echoed)
     */
    public static IntegrityKind fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<IntegrityKind> codes() {
        return CODES;
    }
}
