package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.AssessmentDisposition;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.monitoring.MonitoringReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A medical assessment and its disposition: cleared; follow-up in enhanced medical monitoring; referred to a
 * hospital within 4 hours; or transported to hospital at once. A few are refused.
 */
final class MedicalAssessments {
    private MedicalAssessments() {}

    /**
     * Adds an assessment with what its disposition asks for.
     *
     * @param t the timeline
     * @param at when the assessment is made
     * @param reasons the events it answers (empty for a routine intake assessment)
     * @param intake whether it is the intake assessment (which may find nothing to diagnose)
     */
    static void assess(EpisodeTimeline t, Instant at, List<String> reasons, boolean intake) {
        SplittableRandom r = t.random();
        String provider = t.provider(at);
        String assessment = t.id();
        MedicalAssessment.Builder b = MedicalAssessment.builder().id(assessment).at(at)
                .providerId(provider)
                .credential(t.credential(at))
                .addAllReasonEventIds(reasons)
                .interpretation(t.interpretation(0.02))
                .provenance(t.provenance(at, provider, RecordSystem.MEDICAL_RECORD, Duration.ofMinutes(90)));
        if (Rand.chance(r, 0.02)) {
            t.add(b.refused(true).build());
            return;
        }
        double followUp = t.settings().followUpShare();
        double referred = reasons.isEmpty() ? 0.02 : 0.07;
        double transported = reasons.isEmpty() ? 0.005 : 0.02;
        AssessmentDisposition disposition = Rand.weighted(r, new AssessmentDisposition[] {
            AssessmentDisposition.CLEARED, AssessmentDisposition.FOLLOW_UP, AssessmentDisposition.REFERRED,
            AssessmentDisposition.TRANSPORTED_TO_HOSPITAL},
                new double[] {Math.max(0, 1 - followUp - referred - transported), followUp, referred, transported});
        b.disposition(disposition).findings(Rand.pick(r, Synthetic.FINDINGS));
        int diagnoses = disposition == AssessmentDisposition.CLEARED && intake ? r.nextInt(2) : Rand.between(r, 1, 2);
        for (int i = 0; i < diagnoses; i++) {
            String code = Rand.pick(r, Synthetic.ICD10);
            b.addDiagnoses(code);
            if (Rand.chance(r, 0.6)) {
                break;
            }
        }
        t.add(b.build());
        switch (disposition) {
            case FOLLOW_UP:
                CloseMonitoring.place(t, at.plus(Rand.minutes(r, 0, 30)), assessment, followUpReason(t), provider);
                break;
            case REFERRED:
                Instant visit = t.due(at, Duration.ofHours(4), Duration.ofMinutes(90));
                if (visit != null) {
                    HospitalVisits.visit(t, visit, assessment, false);
                }
                break;
            case TRANSPORTED_TO_HOSPITAL:
                HospitalVisits.visit(t, at.plus(Rand.minutes(r, 10, 40)), assessment, true);
                break;
            default:
                break;
        }
    }

    private static MonitoringReason followUpReason(EpisodeTimeline t) {
        return t.maternity().pregnant() ? MonitoringReason.PREGNANCY
                : t.needs().highRisk() ? MonitoringReason.MEDICALLY_FRAGILE : MonitoringReason.ASSESSMENT_FOLLOW_UP;
    }
}
