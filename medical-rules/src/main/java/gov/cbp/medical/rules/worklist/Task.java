package gov.cbp.medical.rules.worklist;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable task of a worklist: one requirement occurrence that is overdue now or falls due within the
 * horizon, for one episode, where the person is held.
 *
 * <p>A task is the {@link FindingStatus#DUE} or {@link FindingStatus#OVERDUE} finding it comes from, so the
 * worklist and the evaluator always agree. It carries no personal data: the episode id, requirement, times and
 * place only.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public interface Task {
    /**
     * The order of urgency: overdue before due; overdue tasks by severity (critical first), then the longest
     * overdue; due tasks by the earliest due, then severity; ties by episode id, requirement id, trigger time.
     */
    Comparator<Task> URGENCY = Comparator.comparing((Task t) -> t.finding().status() == FindingStatus.OVERDUE ? 0 : 1)
            .thenComparing((a, b) -> a.finding().status() == FindingStatus.OVERDUE
                    ? Integer.compare(a.severityRank(), b.severityRank()) : 0)
            .thenComparing(Task::dueAt)
            .thenComparing(Task::severityRank)
            .thenComparing(t -> t.finding().episodeId())
            .thenComparing(t -> t.finding().requirementId())
            .thenComparing(t -> t.finding().triggerAt().orElse(Instant.MIN));

    /**
     * The finding the task comes from, {@code DUE} or {@code OVERDUE}.
     *
     * @return the finding, not null
     */
    Finding finding();

    /**
     * When the occurrence falls (or fell) due.
     *
     * @return the instant, not null
     */
    @Value.Derived
    default Instant dueAt() {
        return finding().dueAt().orElse(Instant.MAX);
    }

    /**
     * How long it has been overdue.
     *
     * @return the duration, empty unless overdue
     */
    @Value.Derived
    default Optional<Duration> overdueBy() {
        return finding().overdueBy();
    }

    /**
     * Whether the task is overdue now.
     *
     * @return true if overdue
     */
    default boolean isOverdue() {
        return finding().status() == FindingStatus.OVERDUE;
    }

    /**
     * The severity's rank: 0 for critical, 1 for major, 2 for minor, 3 for anything else.
     *
     * @return the rank
     */
    default int severityRank() {
        switch (finding().severity()) {
            case "critical":
                return 0;
            case "major":
                return 1;
            case "minor":
                return 2;
            default:
                return 3;
        }
    }

    /**
     * A task from a due or overdue finding.
     *
     * @param finding the finding, not null
     * @return the task, not null
     * @throws IllegalArgumentException if the finding is neither due nor overdue
     */
    static Task of(Finding finding) {
        if (finding.status() != FindingStatus.DUE && finding.status() != FindingStatus.OVERDUE) {
            throw new IllegalArgumentException("a task comes from a due or overdue finding");
        }
        return ImmutableTask.builder().finding(finding).build();
    }
}
