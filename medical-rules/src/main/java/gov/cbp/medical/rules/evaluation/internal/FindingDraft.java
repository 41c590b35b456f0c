package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.evaluation.Finding;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The one finding builder of an evaluation, emptied before each finding: a builder and its five lists cost as much
 * to make as the finding itself, and an evaluation makes one finding after another (every rule takes a builder from
 * {@link RequirementContext#base}, fills it and hands it to {@link RequirementContext#finish} before it asks for the
 * next). {@code build()} copies the lists, so the findings share nothing with the builder. One evaluation, one thread.
 */
final class FindingDraft {
    /** How many attributes a finding has; {@link #empty} resets every one that is optional or a list. */
    static final int ATTRIBUTES = 28;

    private final Finding.Builder builder = Finding.builder();

    /**
     * The builder with every optional and list attribute empty. The required attributes and the two flags are set
     * by every caller of {@link RequirementContext#base} and {@link RequirementContext#finish}.
     */
    Finding.Builder empty() {
        // Collections.emptyList(): its iterator is shared, so clearing a list allocates nothing
        List<String> none = Collections.emptyList();
        return builder.triggerAt(Optional.empty()).triggerEventIds(none).dueAt(Optional.empty()).intervalEnd(Optional.empty())
                .satisfiedAt(Optional.empty()).evidenceEventIds(none).exceptionEventIds(none).targetAt(Optional.empty())
                .pastTarget(Optional.empty()).lateBy(Optional.empty()).overdueBy(Optional.empty())
                .longestGap(Optional.empty()).missedIntervals(Optional.empty()).waiver(Optional.empty())
                .missingData(none).facilityId(Optional.empty()).holdRoom(Optional.empty()).integrityConcerns(none);
    }
}
