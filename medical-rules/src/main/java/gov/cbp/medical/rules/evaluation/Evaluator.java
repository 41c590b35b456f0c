package gov.cbp.medical.rules.evaluation;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.internal.CataloguePlan;
import gov.cbp.medical.rules.evaluation.internal.EpisodeJudge;
import gov.cbp.medical.rules.evaluation.internal.IntegrityConcerns;
import gov.cbp.medical.rules.integrity.IntegrityInspector;
import gov.cbp.medical.rules.standard.Catalogue;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates custody episodes against a catalogue of standards: for each requirement occurrence, whether it was
 * met, met late, not met, is due or overdue, does not apply, is exempt, or cannot be judged from the record.
 *
 * <p>The evaluation is as of an instant: events after it are not seen, and a book-out after it is not yet known,
 * so an evaluation replays what a supervisor would have seen then. Each occurrence is judged by the version of
 * its standard in force at the occurrence's trigger (the facility's local date), so an episode that spans a change
 * of policy is judged clause by clause as the policy stood. A deadline instant itself is on time. Episodes that
 * break the payload's cross-field rules are evaluated where their data allows; what cannot be judged is
 * {@link FindingStatus#INDETERMINATE}, never guessed. Before book-in nothing is owed: the evaluation has no
 * findings.
 *
 * <p>One finding is produced per occurrence; a requirement without occurrence yields one
 * {@link FindingStatus#NOT_APPLICABLE} finding saying why (none if its standard was not yet in force). Findings
 * are ordered by requirement id, trigger time, then the first trigger event id. Explanations name requirement
 * ids, event ids, codes and durations only, never personal data.
 *
 * <p>The catalogue's record-integrity checks run on every evaluation ({@link EpisodeEvaluation#integrityFindings()});
 * a finding whose evidence includes a doubted event names the checks in {@link Finding#integrityConcerns()} and
 * its explanation says it stands on evidence with integrity concerns.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(Catalogue.baseline());
 * EpisodeEvaluation evaluation = evaluator.evaluate(episode, Instant.parse("2026-03-02T08:00:00Z"));
 * evaluation.findings().stream().filter(f -> f.status().isFailure()).forEach(f -> log(f.explanation()));
 * }</pre>
 *
 * <p>Implementation Requirements: immutable, pure, deterministic and thread-safe; reads no clock.
 *
 * @since 0.1
 */
public final class Evaluator {
    private final Catalogue catalogue;
    /** The requirements evaluated, or null for all of the catalogue's. */
    private final Set<String> requirementIds;
    /** The catalogue's lookups done once here, not per episode. */
    private final CataloguePlan plan;
    /** The catalogue's record-integrity checks, run on every evaluation, restricted or not. */
    private final IntegrityInspector integrity;

    private Evaluator(Catalogue catalogue, Set<String> requirementIds) {
        this.catalogue = catalogue;
        this.requirementIds = requirementIds;
        this.integrity = IntegrityInspector.of(catalogue);
        this.plan = requirementIds == null ? CataloguePlan.of(catalogue) : CataloguePlan.of(catalogue, requirementIds::contains);
    }

    /**
     * Obtains an evaluator for a catalogue.
     *
     * @param catalogue the catalogue, not null
     * @return the evaluator, not null
     * @throws NullPointerException if the catalogue is null
     */
    public static Evaluator of(Catalogue catalogue) {
        return new Evaluator(Objects.requireNonNull(catalogue, "catalogue"), null);
    }

    /**
     * Returns a copy of this evaluator that evaluates only the requirements with the specified ids.
     *
     * <p>Every requirement is evaluated on its own, so the evaluation of an episode by the copy has exactly the
     * findings of this evaluator's evaluation whose requirement id is in the set, in the same order. Evaluating
     * fewer requirements costs less: a measure run needs only the requirements its measures reference (see
     * {@link gov.cbp.medical.rules.measure.MeasureSet#requirementIds()}). Ids the catalogue does not hold are
     * ignored. Restricting an evaluator that is already restricted keeps the ids in both sets.
     *
     * <pre>{@code
     * Evaluator evaluator = Evaluator.of(Catalogue.baseline()).restrictedTo(measureSet.requirementIds());
     * }</pre>
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param requirementIds the ids of the requirements to evaluate, not null, no null element; copied
     * @return an evaluator based on this one that evaluates only those requirements, not null
     * @throws NullPointerException if the set or one of its ids is null
     * @since 0.1
     */
    public Evaluator restrictedTo(Set<String> requirementIds) {
        Set<String> ids = new TreeSet<>(Objects.requireNonNull(requirementIds, "requirementIds"));
        if (this.requirementIds != null) {
            ids.retainAll(this.requirementIds);
        }
        return new Evaluator(catalogue, Collections.unmodifiableSet(ids));
    }


    /**
     * The catalogue evaluated against.
     *
     * @return the catalogue, not null
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Evaluates an episode as of an instant.
     *
     * @param episode the episode, not null; it need not be valid
     * @param asOf the evaluation instant (UTC), not null
     * @return the evaluation, with findings in a stable order, not null; if the evaluator fails on the episode
     *     (a bug, or data it was not written for), an evaluation without findings that carries the failure as
     *     a problem ({@link EpisodeEvaluation#problems()}): evaluation never throws on an episode
     * @throws NullPointerException if an argument is null
     */
    public EpisodeEvaluation evaluate(CustodyEpisode episode, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return evaluate(episode, asOf, asOf);
    }

    /**
     * Evaluates an episode as of an instant, from records complete through an earlier (or the same) instant.
     *
     * <p>An extract of records is complete up to some instant; judging it later would count everything after
     * the extract as missed. So an occurrence that the records do not show done and whose deadline falls after
     * {@code recordsThrough} is {@link FindingStatus#DUE}, not {@link FindingStatus#NOT_MET} or
     * {@link FindingStatus#OVERDUE}; a recurring requirement is judged up to {@code recordsThrough}, where its next
     * check is due or overdue, and an overdue-by duration runs to {@code recordsThrough}. Done occurrences are
     * judged as always. A {@code recordsThrough} after {@code asOf} is taken as {@code asOf} (nothing after the
     * evaluation instant is seen); the evaluation states the instant used
     * ({@link EpisodeEvaluation#recordsThrough()}).
     *
     * <pre>{@code
     * // a March extract, looked at in mid-April
     * evaluator.evaluate(episode, Instant.parse("2025-04-15T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
     * }</pre>
     *
     * @param episode the episode, not null; it need not be valid
     * @param asOf the evaluation instant (UTC), not null
     * @param recordsThrough the instant the records are complete through (UTC), not null
     * @return the evaluation, with findings in a stable order, not null
     * @throws NullPointerException if an argument is null
     * @since 0.2
     */
    public EpisodeEvaluation evaluate(CustodyEpisode episode, Instant asOf, Instant recordsThrough) {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(recordsThrough, "recordsThrough");
        Instant through = recordsThrough.isAfter(asOf) ? asOf : recordsThrough;
        EpisodeEvaluation evaluation = EvaluationFailure.guard(episode, asOf, () -> IntegrityConcerns.attach(
                EpisodeJudge.evaluate(plan, episode, asOf, through), integrity.inspect(episode, asOf)));
        // never silent: the events the reader left out are carried into the evaluation
        return episode.unreadEvents().isEmpty() ? evaluation
                : EpisodeEvaluation.builder().from(evaluation).unreadEvents(episode.unreadEvents()).build();
    }
}
