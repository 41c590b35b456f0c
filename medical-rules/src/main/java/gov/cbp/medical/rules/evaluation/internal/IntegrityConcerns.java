package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.integrity.IntegrityFinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins record-integrity findings to the compliance findings whose evidence they doubt: each such finding lists
 * the check ids and its explanation says it stands on evidence with integrity concerns ("met on evidence with
 * integrity concerns").
 */
public final class IntegrityConcerns {
    private IntegrityConcerns() {}

    /**
     * Attaches integrity findings to an evaluation.
     *
     * @param evaluation the evaluation
     * @param integrity the integrity findings of the same episode and instant
     * @return the evaluation with the integrity findings, and its findings annotated; the same when none
     */
    public static EpisodeEvaluation attach(EpisodeEvaluation evaluation, List<IntegrityFinding> integrity) {
        if (integrity.isEmpty()) {
            return evaluation;
        }
        Map<String, Set<String>> checksOfEvent = new HashMap<>();
        for (IntegrityFinding finding : integrity) {
            for (String eventId : finding.eventIds()) {
                checksOfEvent.computeIfAbsent(eventId, k -> new TreeSet<>()).add(finding.checkId());
            }
        }
        List<Finding> findings = new ArrayList<>(evaluation.findings().size());
        for (Finding finding : evaluation.findings()) {
            Set<String> concerns = null;
            for (String eventId : finding.evidenceEventIds()) {
                Set<String> checks = checksOfEvent.get(eventId);
                if (checks != null) {
                    if (concerns == null) {
                        concerns = new TreeSet<>();
                    }
                    concerns.addAll(checks);
                }
            }
            findings.add(concerns == null ? finding : Finding.builder().from(finding).integrityConcerns(concerns)
                    .explanation(finding.explanation() + "; " + finding.status().code().replace('-', ' ')
                            + " on evidence with integrity concerns (" + String.join(", ", concerns) + ")")
                    .build());
        }
        return EpisodeEvaluation.builder().from(evaluation).findings(findings).integrityFindings(integrity).build();
    }
}
