package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.intake.EncounterObservation;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The encounter observation before book-in (the only event before it): whether the agent saw a medical concern
 * and told the person to report one. Missed now and then, as any required act.
 */
final class Encounters implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        SplittableRandom r = t.random();
        if (Rand.chance(r, t.settings().missedActShare())) {
            return;
        }
        Instant at = t.bookIn().minus(Rand.minutes(r, 20, 240));
        t.add(EncounterObservation.builder().id(t.id()).at(at)
                .observerId("AGENT-SYN-" + (t.home().index() * 1000 + Rand.between(r, 100, 160)))
                .concernObserved(t.needs().concernObserved())
                .toldToReport(Rand.chance(r, 0.95))
                .build());
    }
}
