package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.publichealth.DiagnosticTest;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.IsolationEnd;
import gov.cbp.medical.model.publichealth.IsolationMode;
import gov.cbp.medical.model.publichealth.IsolationStart;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Public health: the infectious-disease screening within 12 hours of book-in; a positive one isolates the
 * person in the medical room within 2 hours (for one to four days) and raises a medical issue.
 */
final class Screenings implements TimelineContributor {
    /** The hold room of isolation. */
    static final String ISOLATION_ROOM = "MED-1";

    @Override
    public void contribute(EpisodeTimeline t) {
        SplittableRandom r = t.random();
        Instant at = t.due(t.bookIn(), Duration.ofHours(12), Duration.ofMinutes(90));
        if (at == null) {
            return;
        }
        boolean positive = t.needs().screenPositive();
        String screening = t.id();
        InfectiousDiseaseScreening.Builder b = InfectiousDiseaseScreening.builder().id(screening).at(at);
        if (positive) {
            int symptoms = Rand.between(r, 1, 3);
            int first = r.nextInt(Synthetic.SYMPTOMS.size());
            for (int i = 0; i < symptoms; i++) {
                b.addSymptoms(Synthetic.SYMPTOMS.get((first + i) % Synthetic.SYMPTOMS.size()));
            }
            b.addTests(DiagnosticTest.builder().test(Synthetic.TESTS.get(r.nextInt(2)))
                    .result(Rand.chance(r, 0.8) ? ScreeningResult.POSITIVE : ScreeningResult.INCONCLUSIVE).build());
            b.result(ScreeningResult.POSITIVE);
        } else {
            if (Rand.chance(r, 0.3)) {
                b.addTests(DiagnosticTest.builder().test(Synthetic.TESTS.get(0)).result(ScreeningResult.NEGATIVE)
                        .build());
            }
            b.result(Rand.chance(r, 0.01) ? ScreeningResult.INCONCLUSIVE : ScreeningResult.NEGATIVE);
        }
        t.add(b.build());
        if (!positive) {
            return;
        }
        Instant isolate = t.due(at, Duration.ofHours(2), Duration.ofMinutes(40));
        if (isolate != null) {
            isolation(t, isolate, screening);
        }
        MedicalIssues.raise(t, at.plus(Rand.minutes(r, 0, 15)), IssueSource.SCREENING, null, null, false, true);
    }

    private static void isolation(EpisodeTimeline t, Instant isolate, String screening) {
        SplittableRandom r = t.random();
        String start = t.id();
        t.add(IsolationStart.builder().id(start).at(isolate)
                .mode(Rand.chance(r, 0.6) ? IsolationMode.ISOLATION : IsolationMode.COHORTING)
                .reasonEventId(screening).build());
        t.add(HoldRoomPlacement.builder().id(t.id()).at(isolate).facilityId(t.siteAt(isolate).facilityId())
                .holdRoom(ISOLATION_ROOM).build());
        t.isolateFrom(isolate);
        Instant release = isolate.plus(Rand.duration(r, Duration.ofHours(24), Duration.ofHours(96)));
        if (release.isBefore(t.end())) {
            t.endIsolationAt(release);
            t.add(IsolationEnd.builder().id(t.id()).at(release).startEventId(start).build());
            t.add(HoldRoomPlacement.builder().id(t.id()).at(release)
                    .facilityId(t.siteAt(release).facilityId()).holdRoom(t.roomAt(release)).build());
        }
    }
}
