package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.NotificationRecipient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A medical issue and what follows it: medical personnel notified within an hour (a supervisor too, half the
 * time); for an emergency, emergency medical services and the hospital; else, when asked, a medical assessment
 * within 4 hours, or a hospital visit where the facility has no medical support.
 */
final class MedicalIssues {
    private MedicalIssues() {}

    /**
     * Raises a medical issue with its chain.
     *
     * @param t the timeline
     * @param at when the issue is raised
     * @param source how it came to light
     * @param interview the health interview it comes from, or null
     * @param question the interview question answered yes, or null
     * @param emergency whether it is an emergency
     * @param assess whether an assessment (or a hospital visit) follows
     * @return the issue's event id
     */
    static String raise(EpisodeTimeline t, Instant at, IssueSource source, String interview, String question,
            boolean emergency, boolean assess) {
        SplittableRandom r = t.random();
        String issue = t.id();
        MedicalIssue.Builder b = MedicalIssue.builder().id(issue).at(at).source(source).emergency(emergency)
                .highRisk(t.needs().highRisk() && Rand.chance(r, 0.5))
                .description(Rand.pick(r, Synthetic.ISSUES));
        if (interview != null) {
            b.interviewEventId(interview).questionCode(question);
        }
        t.add(b.build());
        Instant notify = t.due(at, Duration.ofHours(1), Duration.ofMinutes(20));
        if (notify != null) {
            t.add(Notification.builder().id(t.id()).at(notify).recipient(NotificationRecipient.MEDICAL_PERSONNEL)
                    .subjectEventId(issue).build());
            if (Rand.chance(r, 0.5)) {
                t.add(Notification.builder().id(t.id()).at(notify.plus(Rand.minutes(r, 0, 30)))
                        .recipient(NotificationRecipient.SUPERVISOR).subjectEventId(issue).build());
            }
        }
        if (emergency) {
            Instant callAt = at.plus(Rand.minutes(r, 0, Rand.chance(r, t.settings().lateActShare()) ? 30 : 5));
            String call = t.id();
            t.add(EmsCall.builder().id(call).at(callAt).issueEventId(issue).build());
            Instant arrival = callAt.plus(Rand.minutes(r, 8, 35));
            t.add(EmsArrival.builder().id(t.id()).at(arrival).callEventId(call).build());
            HospitalVisits.visit(t, arrival.plus(Rand.minutes(r, 15, 40)), issue, true);
        } else if (assess) {
            if (t.supportAt(at)) {
                Instant when = t.due(at, Duration.ofHours(4), t.settings().medianAssessmentDelay());
                if (when != null) {
                    MedicalAssessments.assess(t, when, List.of(issue), false);
                }
            } else {
                Instant visit = t.due(at, Duration.ofHours(4), Duration.ofHours(2));
                if (visit != null) {
                    HospitalVisits.visit(t, visit, issue, false);
                }
            }
        }
        return issue;
    }
}
