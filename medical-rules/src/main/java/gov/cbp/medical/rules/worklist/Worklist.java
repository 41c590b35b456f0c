package gov.cbp.medical.rules.worklist;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable worklist: across many open episodes at one instant, the tasks overdue now and those falling due
 * within a horizon, sorted by urgency and grouped by facility and hold room — what a shift supervisor acts on.
 *
 * <p>A task is exactly an {@link FindingStatus#OVERDUE} finding, or a {@link FindingStatus#DUE} finding whose
 * due instant is at most {@code at + horizon} (inclusive), of an evaluation of the episode at {@link #at()}.
 * Groups are ordered by facility id, then hold room (unknown places last); tasks in a group and in
 * {@link #tasks()} by {@link Task#URGENCY}.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWorklist.class)
@JsonDeserialize(as = ImmutableWorklist.class)
public interface Worklist {
    /**
     * The instant of the worklist.
     *
     * @return the instant, not null
     */
    Instant at();

    /**
     * The instant the records behind the worklist are complete through: occurrences falling due after it are
     * listed as due (the records cannot show them missed), never as overdue.
     *
     * @return the instant, {@link #at()} by default, not null
     * @since 0.2
     */
    @Value.Default
    default Instant recordsThrough() {
        return at();
    }

    /**
     * How far ahead due tasks are listed.
     *
     * @return the horizon, zero or positive, not null
     */
    Duration horizon();

    /**
     * Every task, most urgent first.
     *
     * @return the tasks, not null
     */
    List<Task> tasks();

    /**
     * The tasks grouped by facility and hold room.
     *
     * @return the groups, not null
     */
    @Value.Derived
    default List<TaskGroup> groups() {
        Map<List<Optional<String>>, List<Task>> byPlace = new LinkedHashMap<>();
        for (Task task : tasks()) {
            byPlace.computeIfAbsent(List.of(task.finding().facilityId(), task.finding().holdRoom()),
                    k -> new ArrayList<>()).add(task);
        }
        List<TaskGroup> groups = new ArrayList<>();
        byPlace.forEach((place, tasks) -> groups.add(TaskGroup.of(place.get(0), place.get(1), tasks)));
        Comparator<Optional<String>> lastIfEmpty = Comparator.comparing((Optional<String> o) -> o.isEmpty())
                .thenComparing(o -> o.orElse(""));
        groups.sort(Comparator.comparing(TaskGroup::facilityId, lastIfEmpty).thenComparing(TaskGroup::holdRoom, lastIfEmpty));
        return groups;
    }

    /**
     * Builds the worklist of some episodes at an instant.
     *
     * @param evaluator the evaluator, not null
     * @param episodes the episodes, not null; closed episodes contribute nothing
     * @param at the instant, not null
     * @param horizon how far ahead to list due tasks, zero or positive, not null
     * @return the worklist, not null
     * @throws IllegalArgumentException if the horizon is negative
     */
    static Worklist of(Evaluator evaluator, Collection<CustodyEpisode> episodes, Instant at, Duration horizon) {
        Objects.requireNonNull(at, "at");
        return of(evaluator, episodes, at, at, horizon);
    }

    /**
     * Builds the worklist of some episodes at an instant, from records complete through an earlier (or the same)
     * instant (see {@link Evaluator#evaluate(CustodyEpisode, Instant, Instant)}).
     *
     * @param evaluator the evaluator, not null
     * @param episodes the episodes, not null; closed episodes contribute nothing
     * @param at the instant, not null
     * @param recordsThrough the instant the records are complete through, not null; one after {@code at} is {@code at}
     * @param horizon how far ahead to list due tasks, zero or positive, not null
     * @return the worklist, not null
     * @throws IllegalArgumentException if the horizon is negative
     * @since 0.2
     */
    static Worklist of(Evaluator evaluator, Collection<CustodyEpisode> episodes, Instant at, Instant recordsThrough,
            Duration horizon) {
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordsThrough, "recordsThrough");
        List<EpisodeEvaluation> evaluations = new ArrayList<>();
        for (CustodyEpisode episode : episodes) {
            evaluations.add(evaluator.evaluate(episode, at, recordsThrough));
        }
        return from(evaluations, at, recordsThrough.isAfter(at) ? at : recordsThrough, horizon);
    }

    /**
     * Builds the worklist from evaluations made at the same instant.
     *
     * @param evaluations the evaluations, not null
     * @param at the instant they were made at, not null
     * @param horizon how far ahead to list due tasks, zero or positive, not null
     * @return the worklist, not null
     * @throws IllegalArgumentException if the horizon is negative or an evaluation was made at another instant
     */
    static Worklist from(Collection<EpisodeEvaluation> evaluations, Instant at, Duration horizon) {
        Objects.requireNonNull(at, "at");
        return from(evaluations, at, at, horizon);
    }

    /**
     * Builds the worklist from evaluations made at the same instant from records complete through the same instant.
     *
     * @param evaluations the evaluations, not null
     * @param at the instant they were made at, not null
     * @param recordsThrough the instant their records are complete through, not null, not after {@code at}
     * @param horizon how far ahead to list due tasks, zero or positive, not null
     * @return the worklist, not null
     * @throws IllegalArgumentException if the horizon is negative, or an evaluation was made at another instant or
     *     from records complete through another instant
     * @since 0.2
     */
    static Worklist from(Collection<EpisodeEvaluation> evaluations, Instant at, Instant recordsThrough, Duration horizon) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordsThrough, "recordsThrough");
        if (horizon.isNegative()) {
            throw new IllegalArgumentException("the horizon must not be negative");
        }
        Instant limit = at.plus(horizon);
        List<Task> tasks = new ArrayList<>();
        for (EpisodeEvaluation evaluation : evaluations) {
            if (!evaluation.asOf().equals(at)) {
                throw new IllegalArgumentException("every evaluation must be made at the worklist's instant");
            }
            if (!evaluation.recordsThrough().equals(recordsThrough)) {
                throw new IllegalArgumentException("every evaluation must be made from records complete through the worklist's instant");
            }
            for (Finding finding : evaluation.findings()) {
                if (isTask(finding, limit)) {
                    tasks.add(Task.of(finding));
                }
            }
        }
        return ImmutableWorklist.builder().at(at).recordsThrough(recordsThrough).horizon(horizon)
                .tasks(UrgencyOrder.sorted(tasks)).build();
    }

    /**
     * Whether a finding is a task of a worklist whose horizon ends at an instant.
     *
     * @param finding the finding, not null
     * @param horizonEnd the end of the horizon, inclusive, not null
     * @return true if overdue, or due at or before the end of the horizon
     */
    static boolean isTask(Finding finding, Instant horizonEnd) {
        return finding.status() == FindingStatus.OVERDUE
                || finding.status() == FindingStatus.DUE && finding.dueAt().map(due -> !due.isAfter(horizonEnd)).orElse(false);
    }
}
