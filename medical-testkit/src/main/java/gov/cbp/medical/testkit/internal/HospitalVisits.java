package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.monitoring.MonitoringReason;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A hospital visit with its discharge, after which some people are placed in enhanced medical monitoring; an
 * admission (more often after an urgent visit) ends the episode instead.
 */
final class HospitalVisits {
    private HospitalVisits() {}

    /**
     * Adds a hospital visit.
     *
     * @param t the timeline
     * @param at when the person arrives at the hospital
     * @param reason the event that sends the person, or null
     * @param urgent whether the visit is urgent (an emergency, a transport)
     */
    static void visit(EpisodeTimeline t, Instant at, String reason, boolean urgent) {
        SplittableRandom r = t.random();
        String visit = t.id();
        HospitalVisit.Builder b = HospitalVisit.builder().id(visit).at(at)
                .hospitalName(Rand.pick(r, Synthetic.HOSPITALS))
                .hospitalWatch(Rand.chance(r, 0.9))
                .interpretation(t.interpretation(0.25))
                .admitted(Rand.chance(r, urgent ? 0.3 : 0.08));
        if (reason != null) {
            b.reasonEventId(reason);
        }
        HospitalVisit built = b.build();
        t.add(built);
        if (built.admitted()) {
            t.admitToHospital(at.plus(Rand.minutes(r, 30, 240)));
            return;
        }
        Instant discharge = at.plus(Rand.duration(r, Duration.ofHours(2), Duration.ofHours(10)));
        t.add(HospitalDischarge.builder().id(t.id()).at(discharge).visitEventId(visit).build());
        t.awayBetween(at, discharge);
        if (Rand.chance(r, 0.3)) {
            CloseMonitoring.place(t, discharge.plus(Rand.minutes(r, 5, 30)), null, MonitoringReason.POST_HOSPITAL,
                    t.provider(discharge));
        }
    }
}
