package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.IssueSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The medical assessment at intake of a person who needs one: within 4 hours for a concern observed at
 * encounter or a high-risk person, 12 hours for a known pregnancy (medical personnel on site), 24 hours for a
 * child of 12 or under. A facility without medical support sends a person with a concern to hospital instead.
 */
final class IntakeAssessments implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        Instant bookIn = t.bookIn();
        List<String> reasons = new ArrayList<>();
        Duration deadline = null;
        if (t.needs().concernObserved()) {
            reasons.add(MedicalIssues.raise(t, bookIn.plus(Rand.minutes(t.random(), 0, 20)), IssueSource.OBSERVED,
                    null, null, false, false));
            deadline = Duration.ofHours(4);
        }
        if (t.needs().highRisk()) {
            deadline = Duration.ofHours(4);
        }
        if (t.maternity().pregnancyKnownAtBookIn() && t.onSiteAt(bookIn)) {
            deadline = earlier(deadline, Duration.ofHours(12));
        }
        if (t.profile().age() <= 12 && t.supportAt(bookIn)) {
            deadline = earlier(deadline, Duration.ofHours(24));
        }
        if (deadline == null) {
            return;
        }
        if (!t.supportAt(bookIn)) {
            if (!reasons.isEmpty()) {
                Instant visit = t.due(bookIn, Duration.ofHours(4), Duration.ofHours(2));
                if (visit != null) {
                    HospitalVisits.visit(t, visit, reasons.get(0), false);
                }
            }
            return;
        }
        Duration median = t.settings().medianAssessmentDelay();
        Instant at = t.due(bookIn, deadline, deadline.compareTo(Duration.ofHours(4)) <= 0 ? median
                : median.multipliedBy(3));
        if (at != null) {
            MedicalAssessments.assess(t, at, reasons, true);
        }
    }

    /** The earlier of a deadline so far (null for none) and another. */
    private static Duration earlier(Duration a, Duration b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }
}
