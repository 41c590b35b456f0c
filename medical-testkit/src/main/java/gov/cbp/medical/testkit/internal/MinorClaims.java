package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.MinorClaimBasis;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** An adult of estimated age who claims (or is suspected) to be a minor, and HHS ORR notified of it. */
final class MinorClaims implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        if (!t.needs().minorClaim()) {
            return;
        }
        SplittableRandom r = t.random();
        Instant at = t.bookIn().plus(Rand.minutes(r, 30, 720));
        String claim = t.id();
        t.add(MinorClaim.builder().id(claim).at(at)
                .basis(Rand.chance(r, 0.7) ? MinorClaimBasis.CLAIMED : MinorClaimBasis.SUSPECTED).build());
        Instant notify = t.due(at, Duration.ofHours(48), Duration.ofHours(4));
        if (notify != null) {
            t.add(Notification.builder().id(t.id()).at(notify).recipient(NotificationRecipient.HHS_ORR)
                    .subjectEventId(claim).build());
        }
    }
}
