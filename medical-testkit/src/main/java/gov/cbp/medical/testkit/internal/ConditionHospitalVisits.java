package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.IssueSource;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A condition found outside an assessment (observed, at a welfare check, or reported) that takes the person to
 * hospital within two hours ({@link gov.cbp.medical.testkit.GeneratorSettings#hospitalVisitShare()}).
 */
final class ConditionHospitalVisits implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        if (!t.needs().hospitalVisit()) {
            return;
        }
        SplittableRandom r = t.random();
        Instant at = t.bookIn().plus(Rand.duration(r, Duration.ofMinutes(30), t.stay()));
        String issue = MedicalIssues.raise(t, at, Rand.pick(r, IssueSource.OBSERVED, IssueSource.WELFARE_CHECK,
                IssueSource.SELF_REPORTED), null, null, false, false);
        HospitalVisits.visit(t, at.plus(Rand.minutes(r, 20, 120)), issue, false);
    }
}
