package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * The duration a continuous-variable measure observes on each member.
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum ObservationAttribute implements Coded {
    /** Book-in to book-out; for an episode still open at the evaluation instant, book-in to that instant (episode attribute). */
    CUSTODY_DURATION("custody-duration"),
    /** From a finding's trigger to the act that satisfied it (book-in to health interview, emergency to EMS call); absent while unsatisfied. */
    SATISFIED_AFTER_TRIGGER("satisfied-after-trigger"),
    /** Like satisfied-after-trigger, but for an occurrence still unsatisfied, from its trigger to its deadline plus the time overdue (the delay so far, censored at the evaluation instant or the end of custody). */
    ELAPSED("elapsed"),
    /** How late a late occurrence was (met-late findings). */
    LATE_BY("late-by"),
    /** How far past its deadline an unmet occurrence is. */
    OVERDUE_BY("overdue-by"),
    /** For a recurring requirement, the longest gap between checks in the interval judged. */
    LONGEST_GAP("longest-gap"),
    /**
     * For a requirement with a target (TEDS-EMERGENCY: at once), how far past the target the act came, zero when at
     * or before it; absent while unsatisfied. The distribution against the target, not a lateness.
     */
    PAST_TARGET("past-target");

    private static final CodeTable<ObservationAttribute> CODES = CodeTable.of(ObservationAttribute.class);
    private final String code;

    ObservationAttribute(String code) {
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
    public static ObservationAttribute fromCode(String code) {
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
