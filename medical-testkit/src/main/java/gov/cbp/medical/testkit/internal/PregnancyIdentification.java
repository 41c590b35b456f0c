package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.maternal.PregnancyIdentified;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A pregnancy the facility did not know of at book-in, identified within a day; where medical personnel are on
 * site, a medical assessment follows within 12 hours. From then on the person is on the at-risk rounds.
 */
final class PregnancyIdentification implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        Maternity m = t.maternity();
        if (!m.pregnant() || m.knownAtBookIn()) {
            return;
        }
        Instant at = t.bookIn().plus(Rand.minutes(t.random(), 30, 24 * 60));
        String id = t.id();
        t.pregnancyIdentified(id, at);
        t.add(PregnancyIdentified.builder().id(id).at(at).weeks(m.weeks()).basis(m.basis()).build());
        if (t.onSiteAt(at)) {
            Instant assess = t.due(at, Duration.ofHours(12), t.settings().medianAssessmentDelay());
            if (assess != null) {
                MedicalAssessments.assess(t, assess, List.of(id), true);
            }
        }
    }
}
