package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.model.person.PopulationClass;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * An unaccompanied child (TVPRA): the determination, HHS ORR notified within 48 hours, and for most children
 * held past 72 hours an exception recorded against the transfer deadline, approved by a supervisor.
 */
final class UnaccompaniedChildren implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        if (t.profile().populationClass() != PopulationClass.UNACCOMPANIED_CHILD) {
            return;
        }
        SplittableRandom r = t.random();
        Instant at = t.bookIn().plus(Rand.minutes(r, 10, 240));
        String determination = t.id();
        t.add(UnaccompaniedDetermination.builder().id(determination).at(at).build());
        Instant notify = t.due(at, Duration.ofHours(48), Duration.ofHours(3));
        if (notify != null) {
            t.add(Notification.builder().id(t.id()).at(notify).recipient(NotificationRecipient.HHS_ORR)
                    .subjectEventId(determination).build());
        }
        if (Duration.between(at, t.end()).compareTo(Duration.ofHours(72)) > 0 && Rand.chance(r, 0.7)) {
            Instant exceptionAt = at.plus(Duration.ofHours(72)).minus(Rand.minutes(r, 0, 360));
            t.add(ExceptionRecorded.builder().id(t.id()).at(exceptionAt).requirementId("TVPRA-TRANSFER")
                    .reasonCode(Rand.pick(r, Synthetic.EXCEPTION_REASONS))
                    .approvedBy(t.supervisor(exceptionAt))
                    .note(Rand.pick(r, Synthetic.EXCEPTION_NOTES))
                    .build());
        }
    }
}
