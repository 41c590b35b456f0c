package gov.cbp.medical.rules.worklist;

import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sorts tasks by {@link Task#URGENCY} with each task's sort keys read once: a worklist of many episodes sorts tens of
 * thousands of tasks, and {@code URGENCY} reads the keys (a severity's rank by string switch, boxed instants) again at
 * every comparison. The comparison below gives the sign {@code URGENCY} gives for every pair, and the sort is the
 * same stable sort, so the order is exactly {@code URGENCY}'s.
 */
final class UrgencyOrder {
    private UrgencyOrder() {}

    /** One task with its keys, in the order {@link Task#URGENCY} compares them. */
    private static final class Keyed {
        final Task task;
        final boolean overdue;
        final int severityRank;
        final Instant dueAt;
        final String episodeId;
        final String requirementId;
        final Instant triggerAt;

        Keyed(Task task) {
            Finding finding = task.finding();
            this.task = task;
            this.overdue = finding.status() == FindingStatus.OVERDUE;
            this.severityRank = task.severityRank();
            this.dueAt = task.dueAt();
            this.episodeId = finding.episodeId();
            this.requirementId = finding.requirementId();
            this.triggerAt = finding.triggerAt().orElse(Instant.MIN);
        }
    }

    private static int compare(Keyed a, Keyed b) {
        if (a.overdue != b.overdue) {
            return a.overdue ? -1 : 1;
        }
        int c;
        if (a.overdue) {
            c = Integer.compare(a.severityRank, b.severityRank);
            if (c != 0) {
                return c;
            }
        }
        c = a.dueAt.compareTo(b.dueAt);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.severityRank, b.severityRank);
        if (c != 0) {
            return c;
        }
        c = a.episodeId.compareTo(b.episodeId);
        if (c != 0) {
            return c;
        }
        c = a.requirementId.compareTo(b.requirementId);
        return c != 0 ? c : a.triggerAt.compareTo(b.triggerAt);
    }

    /**
     * The tasks in the order of urgency.
     *
     * @param tasks the tasks, in the order found
     * @return a new list, sorted as {@code tasks.sort(Task.URGENCY)} would sort it
     */
    static List<Task> sorted(List<Task> tasks) {
        Keyed[] keyed = new Keyed[tasks.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = new Keyed(tasks.get(i));
        }
        Arrays.sort(keyed, UrgencyOrder::compare);
        List<Task> sorted = new ArrayList<>(keyed.length);
        for (Keyed k : keyed) {
            sorted.add(k.task);
        }
        return sorted;
    }
}
