package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Medical emergencies in custody (TEDS emergency medical care, TEDS-EMERGENCY): a person collapses, seizes or
 * cannot breathe; an agent on the round finds them, or it is observed or reported; emergency medical services
 * are called (target: at once), arrive and take the person to hospital, where some are admitted (which ends the
 * episode). Medical personnel and a supervisor are notified (EMD-NOTIFY). How often and how quickly: see
 * {@link GeneratorSettings#emergencyShare()}.
 */
final class Emergencies implements TimelineContributor {
    /**
     * Adds the emergency of a person who has one ({@link EpisodeTimeline#hasEmergency()}, drawn beforehand from
     * a stream of its own).
     *
     * @param timeline the person's timeline
     */
    @Override
    public void contribute(EpisodeTimeline timeline) {
        if (!timeline.hasEmergency() || timeline.stay().compareTo(Duration.ofHours(1)) <= 0) {
            return;
        }
        SplittableRandom r = timeline.random();
        Instant at = timeline.bookIn().plus(Rand.duration(r, Duration.ofMinutes(30), timeline.stay().minusMinutes(30)));
        if (!at.isBefore(timeline.end())) {
            return;
        }
        String issue = timeline.id();
        timeline.add(MedicalIssue.builder().id(issue).at(at)
                .source(Rand.weighted(r, new IssueSource[] {IssueSource.WELFARE_CHECK, IssueSource.OBSERVED,
                    IssueSource.SELF_REPORTED}, new double[] {0.5, 0.3, 0.2}))
                .emergency(true)
                .description(Rand.pick(r, Synthetic.EMERGENCIES))
                .build());
        Instant notify = timeline.due(at, Duration.ofHours(1), Duration.ofMinutes(10));
        if (notify != null) {
            timeline.add(Notification.builder().id(timeline.id()).at(notify)
                    .recipient(NotificationRecipient.MEDICAL_PERSONNEL).subjectEventId(issue).build());
            timeline.add(Notification.builder().id(timeline.id()).at(notify.plus(Rand.minutes(r, 0, 20)))
                    .recipient(NotificationRecipient.SUPERVISOR).subjectEventId(issue).build());
        }
        GeneratorSettings settings = timeline.settings();
        if (Rand.chance(r, settings.missedActShare())) {
            // no call made: agents drive the person to hospital themselves, later
            HospitalVisits.visit(timeline, at.plus(Rand.minutes(r, 45, 150)), issue, true);
            return;
        }
        Duration delay = Rand.chance(r, settings.lateActShare()) ? Rand.minutes(r, 10, 30)
                : min(Rand.lognormal(r, Duration.ofMinutes(2), 0.8), Duration.ofMinutes(9));
        Instant callAt = at.plus(delay);
        String call = timeline.id();
        timeline.add(EmsCall.builder().id(call).at(callAt).issueEventId(issue).build());
        Instant arrival = callAt.plus(Rand.minutes(r, 8, 35));
        timeline.add(EmsArrival.builder().id(timeline.id()).at(arrival).callEventId(call).build());
        HospitalVisits.visit(timeline, arrival.plus(Rand.minutes(r, 10, 30)), issue, true);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
