package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.standard.RuleKind;

/** The rule that computes each rule kind. */
public final class Rules {
    private static final Rule DEADLINE = new DeadlineRule();
    private static final Rule RECURRING = new RecurringRule();
    private static final Rule SCHEDULED_DOSES = new ScheduledDosesRule();
    private static final Rule NEWBORN_RELEASE = new NewbornReleaseRule();

    private Rules() {}

    static Rule forKind(RuleKind kind) {
        switch (kind) {
            case DEADLINE:
                return DEADLINE;
            case RECURRING:
                return RECURRING;
            case SCHEDULED_DOSES:
                return SCHEDULED_DOSES;
            case NEWBORN_RELEASE:
                return NEWBORN_RELEASE;
            default:
                throw new IllegalArgumentException("no rule computes this kind");
        }
    }

    /**
     * The name of the class that computes a rule kind, for the traceability matrix.
     *
     * @param kind the kind
     * @return the simple class name, or {@code none} for a kind that is not computed
     */
    public static String implementation(RuleKind kind) {
        return kind == RuleKind.NOT_COMPUTABLE ? "none" : forKind(kind).getClass().getSimpleName();
    }
}
