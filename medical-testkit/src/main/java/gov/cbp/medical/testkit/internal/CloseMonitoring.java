package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.MonitoringCheck;
import gov.cbp.medical.model.monitoring.MonitoringPlacement;
import gov.cbp.medical.model.monitoring.MonitoringReason;
import gov.cbp.medical.model.monitoring.MonitoringRemoval;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Enhanced medical monitoring (EMD-EMM-CHECK): a placement for 8 to 72 hours, a {@link CloseWatch} of checks
 * about every 15 minutes by agents, a medical re-evaluation by the provider every 24 hours, and the removal.
 */
final class CloseMonitoring {
    /** The interval of the monitoring checks. */
    static final Duration CHECK_INTERVAL = Duration.ofMinutes(15);

    private CloseMonitoring() {}

    /**
     * Places the person in enhanced medical monitoring.
     *
     * @param t the timeline
     * @param at when the person is placed
     * @param assessment the assessment asking for it, or null
     * @param reason the reason
     * @param provider the provider who re-evaluates the person
     */
    static void place(EpisodeTimeline t, Instant at, String assessment, MonitoringReason reason, String provider) {
        SplittableRandom r = t.random();
        String placement = t.id();
        MonitoringPlacement.Builder b = MonitoringPlacement.builder().id(placement).at(at).reason(reason);
        if (assessment != null) {
            b.assessmentEventId(assessment);
        }
        t.add(b.build());
        Instant removal = at.plus(Rand.duration(r, Duration.ofHours(8), Duration.ofHours(72)));
        Instant stop = removal.isBefore(t.end()) ? removal : t.end();
        CloseWatch watch = CloseWatch.draw(t.settings(), CHECK_INTERVAL, r);
        Instant check = at.plus(watch.first(r));
        Instant reevaluation = at.plus(Duration.ofHours(24));
        while (!check.isAfter(stop)) {
            boolean medical = !check.isBefore(reevaluation);
            if (medical) {
                reevaluation = reevaluation.plus(Duration.ofHours(24));
            }
            t.add(MonitoringCheck.builder().id(t.id()).at(check).placementEventId(placement)
                    .observerId(medical ? provider : t.agent(check))
                    .medicalReevaluation(medical)
                    .outcome(Rand.chance(r, 0.01) ? CheckOutcome.CONCERN_ESCALATED : CheckOutcome.NO_CONCERN)
                    .build());
            check = check.plus(watch.next(r));
        }
        if (removal.isBefore(t.end())) {
            t.add(MonitoringRemoval.builder().id(t.id()).at(removal).placementEventId(placement).build());
        }
    }
}
