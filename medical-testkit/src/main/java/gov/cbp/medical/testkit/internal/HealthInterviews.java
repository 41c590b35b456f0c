package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.intake.Answer;
import gov.cbp.medical.model.intake.HealthInterview;
import gov.cbp.medical.model.intake.InterviewAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The health interview (CBP Form 2500) within 12 hours of book-in, for juveniles, people referred (a concern,
 * high risk, pregnancy) and some other adults; each positive answer but the pregnancy question raises a medical
 * issue, the first with an assessment.
 */
final class HealthInterviews implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        CareNeeds needs = t.needs();
        boolean referred = needs.concernObserved() || needs.highRisk() || t.maternity().pregnant();
        if (!t.person().juvenile() && !referred && !needs.interviewAnyway()) {
            return;
        }
        Instant at = t.due(t.bookIn(), Duration.ofHours(12), t.settings().medianInterviewDelay());
        if (at == null) {
            return;
        }
        SplittableRandom r = t.random();
        String interviewer = t.agent(at);
        String interview = t.id();
        HealthInterview.Builder b = HealthInterview.builder().id(interview).at(at)
                .formRevision(Synthetic.FORM_REVISION)
                .interviewerId(interviewer)
                .language(t.group().language())
                .interpretation(t.interpretation(0.07))
                .provenance(t.provenance(at, interviewer, RecordSystem.E3, Duration.ofMinutes(40)));
        List<String> yes = new ArrayList<>();
        if (Rand.chance(r, 0.01)) {
            b.refused(true);
        } else {
            double q = t.settings().medicalConcernShare() / Synthetic.QUESTIONS;
            for (int n = 1; n <= Synthetic.QUESTIONS; n++) {
                String question = Synthetic.question(n);
                Answer answer;
                if (question.equals(Synthetic.PREGNANCY_QUESTION) && t.maternity().pregnancyKnownAtBookIn()) {
                    answer = Answer.YES;
                } else if (Rand.chance(r, q)) {
                    answer = Answer.YES;
                } else {
                    answer = Rand.weighted(r, new Answer[] {Answer.NO, Answer.UNKNOWN_ANSWER, Answer.REFUSED},
                            new double[] {0.97, 0.02, 0.01});
                }
                if (answer == Answer.YES && !question.equals(Synthetic.PREGNANCY_QUESTION)) {
                    yes.add(question);
                }
                b.addAnswers(InterviewAnswer.builder().question(question).answer(answer).build());
            }
        }
        t.add(b.build());
        for (int i = 0; i < yes.size(); i++) {
            MedicalIssues.raise(t, at.plus(Rand.minutes(r, 0, 10)), IssueSource.INTERVIEW_ANSWER, interview,
                    yes.get(i), false, i == 0);
        }
    }
}
