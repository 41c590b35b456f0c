package gov.cbp.medical.rules.measure.engine;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.PopulationBasis;
import gov.cbp.medical.rules.measure.PopulationType;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.Stratifier;
import gov.cbp.medical.rules.measure.internal.CompiledMeasure;
import gov.cbp.medical.rules.measure.internal.EpisodeMeasureFacts;
import gov.cbp.medical.rules.measure.internal.Tally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@link EpisodeExplanation} of one episode: whether its book-in lies in the period, and for each
 * measure its members, the populations each is in with the reasons, its observation and its strata. The
 * counting itself is the compiled measures' ({@link CompiledMeasure#membership}), the same the accumulator
 * uses, so an explanation never disagrees with the report.
 *
 * <p>Implementation Requirements: stateless; thread-safe.
 */
final class EpisodeExplainer {
    private EpisodeExplainer() {}

    /**
     * Explains an episode.
     *
     * @param period the measurement period, not null
     * @param measures the engine's compiled measures, in report order, not null
     * @param episode the episode, not null
     * @param evaluation its evaluation, not null
     * @return the explanation, not null
     */
    static EpisodeExplanation explain(MeasurementPeriod period, List<CompiledMeasure> measures,
            CustodyEpisode episode, EpisodeEvaluation evaluation) {
        EpisodeMeasureFacts facts = new EpisodeMeasureFacts(episode, evaluation);
        boolean counted = period.contains(facts.bookInDate());
        EpisodeExplanation.Builder result = EpisodeExplanation.builder()
                .episodeId(episode.episodeId())
                .subjectId(episode.detainee().subjectId())
                .evaluatedAsOf(evaluation.asOf())
                .recordsThrough(evaluation.recordsThrough())
                .bookInFacilityId(episode.bookIn().facilityId())
                .bookInLocalDate(facts.bookInDate())
                .counted(counted)
                .periodNote("book-in local date " + facts.bookInDate() + (counted ? " is" : " is not")
                        + " in the period " + period + (counted ? "" : ": the episode is counted in no measure"));
        for (CompiledMeasure measure : measures) {
            result.addMeasures(explain(measure, facts));
        }
        return result.build();
    }

    private static MeasureExplanation explain(CompiledMeasure measure, EpisodeMeasureFacts facts) {
        MeasureDefinition definition = measure.definition();
        List<Finding> findings = new ArrayList<>();
        for (String requirement : definition.requirementIds()) {
            findings.addAll(facts.findings(requirement));
        }
        List<Finding> members = measure.members(facts);
        MeasureExplanation.Builder result = MeasureExplanation.builder()
                .measureId(definition.id())
                .version(definition.version())
                .title(definition.title())
                .basis(definition.basis())
                .scoring(definition.scoring())
                .requirementIds(definition.requirementIds())
                .findings(findings);
        int inInitial = 0;
        for (Finding member : members) {
            Map<PopulationType, List<String>> reasons = CompiledMeasure.newReasons();
            Tally.Membership membership = measure.membership(facts, member, reasons);
            MemberExplanation.Builder explained = MemberExplanation.builder();
            if (member != null) {
                explained.finding(member);
            }
            for (PopulationType population : PopulationType.values()) {
                if (definition.scoring() == Scoring.CONTINUOUS_VARIABLE
                        && (population == PopulationType.NUMERATOR || population == PopulationType.NUMERATOR_EXCLUSION)) {
                    continue;
                }
                explained.addPopulations(PopulationExplanation.of(population, isIn(membership, population),
                        reasons.getOrDefault(population, List.of())));
            }
            if (membership != null) {
                inInitial++;
                if (membership.observation != null) {
                    explained.observation(membership.observation);
                }
            }
            Map<String, List<String>> strata = new LinkedHashMap<>();
            for (Stratifier stratifier : measure.stratifiers()) {
                Object key = CompiledMeasure.stratumKey(stratifier, facts, member);
                strata.put(stratifier.id(), key instanceof String ? List.of((String) key) : keyList(key));
            }
            explained.strata(strata);
            result.addMembers(explained.build());
        }
        String note;
        if (definition.basis() == PopulationBasis.FINDING) {
            note = members.isEmpty() ? "no finding of " + definition.requirementIds()
                    + " in the evaluation: the episode adds no member"
                    : members.size() + " finding(s) of " + definition.requirementIds() + ", " + inInitial
                            + " in the initial population";
        } else {
            note = inInitial == 1 ? "the episode is in the initial population" : "the episode is not in the initial population";
        }
        return result.note(note).build();
    }

    @SuppressWarnings("unchecked")
    private static List<String> keyList(Object key) {
        return (List<String>) key;
    }

    private static boolean isIn(Tally.Membership membership, PopulationType population) {
        if (membership == null) {
            return false;
        }
        switch (population) {
            case INITIAL_POPULATION:
                return true;
            case DENOMINATOR:
                return membership.denominator;
            case DENOMINATOR_EXCLUSION:
                return membership.denominatorExclusion;
            case NUMERATOR:
                return membership.numerator;
            default:
                return membership.numeratorExclusion;
        }
    }
}
