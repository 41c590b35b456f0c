package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.monitoring.CheckMethod;
import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The welfare checks of the whole stay, last, once every other feature has said where the person is: the
 * facility's ordinary rounds (its base interval jittered by 20%, further apart on surge days, now and then a
 * blank stretch of 2 to 6 hours), the {@linkplain AtRiskRounds at-risk rounds} while the person is on them,
 * and none while the person is away at a hospital. A few checks are entered on paper, hours later.
 */
final class WelfareRounds implements TimelineContributor {
    /** A bound on the checks of one stay, against a runaway loop. */
    private static final int MAX_CHECKS = 5000;
    /** The first ordinary check comes within this time of book-in. */
    private static final Duration FIRST_CHECK_WITHIN = Duration.ofMinutes(15);

    @Override
    public void contribute(EpisodeTimeline t) {
        SplittableRandom r = t.random();
        CloseWatch atRiskWatch = t.atRiskWatch();
        boolean surge = t.group().surge();
        Instant bookIn = t.bookIn();
        Instant check = t.atRiskAt(bookIn) ? bookIn.plus(atRiskWatch.first(r))
                : bookIn.plus(Rand.duration(r, Duration.ZERO, FIRST_CHECK_WITHIN));
        Instant stop = t.end();
        int guard = 0;
        while (!check.isAfter(stop) && guard++ < MAX_CHECKS) {
            Instant[] window = t.awayAt(check);
            if (window != null) {
                check = window[1].plus(Rand.minutes(r, 1, 10));
                continue;
            }
            boolean atRisk = t.atRiskAt(check);
            WelfareCheck.Builder b = WelfareCheck.builder().id(t.id()).at(check)
                    .observerId(t.agent(check))
                    .method(Rand.weighted(r, new CheckMethod[] {CheckMethod.VISUAL, CheckMethod.VERBAL,
                        CheckMethod.VIDEO, CheckMethod.PHYSICAL}, new double[] {0.70, 0.15, 0.10, 0.05}))
                    .outcome(Rand.chance(r, 0.003) ? CheckOutcome.CONCERN_ESCALATED : CheckOutcome.NO_CONCERN)
                    .holdRoom(t.roomAt(check));
            if (Rand.chance(r, 0.08)) {
                b.observations(Rand.pick(r, Synthetic.OBSERVATIONS));
            }
            if (Rand.chance(r, 0.05)) {
                b.provenance(Provenance.builder().recordedAt(check.plus(Rand.minutes(r, 60, 480)))
                        .recordedBy(t.agent(check)).system(RecordSystem.PAPER).build());
            }
            t.add(b.build());
            if (atRisk) {
                check = check.plus(atRiskWatch.next(r));
                continue;
            }
            Instant last = check;
            long step = Math.round(t.siteAt(check).welfareBase().getSeconds() * Rand.uniform(r, 0.8, 1.2)
                    * (surge ? 1.2 : 1));
            check = check.plusSeconds(Math.max(60, step));
            if (Rand.chance(r, t.settings().welfareCheckGapShare() * (surge ? 3 : 1))) {
                check = check.plus(Rand.minutes(r, 120, 360));
            }
            // the round changes when the facility learns of a pregnancy or a birth: the first close check follows
            for (Instant start : new Instant[] {t.pregnancyKnownAt(), t.postpartumFrom()}) {
                if (start != null && start.isAfter(last) && start.isBefore(check) && t.atRiskAt(start)) {
                    Instant first = start.plus(atRiskWatch.first(r));
                    check = first.isBefore(check) ? first : check;
                }
            }
        }
    }
}
