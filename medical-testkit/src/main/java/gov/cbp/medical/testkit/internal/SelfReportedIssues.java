package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.IssueSource;
import java.time.Duration;

/** A medical issue the person reports in custody, from an hour after book-in, sometimes an emergency. */
final class SelfReportedIssues implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        if (!t.needs().selfReport()) {
            return;
        }
        MedicalIssues.raise(t, t.bookIn().plus(Rand.duration(t.random(), Duration.ofHours(1), t.stay())),
                IssueSource.SELF_REPORTED, null, null, t.needs().emergency(), true);
    }
}
