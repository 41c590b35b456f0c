package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.evaluation.Finding;
import java.util.List;

/** A rule kind's computation: the findings of one requirement for one episode, or why it does not apply. */
interface Rule {
    /**
     * What a rule found: its findings, or (when there are none) why the requirement does not apply, worded as the
     * explanation says it (starting with the requirement id, {@link RequirementContext#prefix}, so that it is
     * concatenated once); null when there are findings (it is worded only when it will be shown).
     */
    final class Result {
        final List<Finding> findings;
        final String notApplicable;
        /** Whether an estimated age decided that the requirement does not apply. */
        final boolean notApplicableByEstimatedAge;

        Result(List<Finding> findings, String notApplicable) {
            this(findings, notApplicable, false);
        }

        Result(List<Finding> findings, String notApplicable, boolean notApplicableByEstimatedAge) {
            this.findings = findings;
            this.notApplicable = notApplicable;
            this.notApplicableByEstimatedAge = notApplicableByEstimatedAge;
        }
    }

    Result evaluate(RequirementContext context);
}
