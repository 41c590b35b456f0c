package gov.cbp.medical.testkit.internal;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Plans the transfer of a person who will be moved to another facility (from 3 hours after book-in, at most
 * 48 hours, and at least 2 hours before the planned end), first of all, so that every later step knows which
 * facility the person is in. The transfer event itself is added by {@link Transfers}.
 */
final class TransferPlanning implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        if (!t.needs().transfer()) {
            return;
        }
        SplittableRandom r = t.random();
        Duration latest = t.stay().minus(Duration.ofHours(2));
        if (latest.compareTo(Duration.ofHours(4)) <= 0) {
            return;
        }
        Duration when = Rand.duration(r, Duration.ofHours(3), latest.compareTo(Duration.ofHours(48)) < 0
                ? latest : Duration.ofHours(48));
        int other = r.nextInt(t.sites().size() - 1);
        Site target = t.sites().get(other >= t.home().index() ? other + 1 : other);
        t.planTransfer(new TransferPlan(target, t.bookIn().plus(when), t.bookInRoom()));
    }
}
