package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.IncidentCategory;
import gov.cbp.medical.model.care.SignificantIncidentReport;
import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.maternal.BirthPlace;
import gov.cbp.medical.model.maternal.NewbornCaregiver;
import gov.cbp.medical.model.maternal.NewbornRelease;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A birth in custody: at a hospital, at the facility (with emergency medical services called) or en route; the
 * hospital stay of one to two days; the significant incident report within 24 hours and the newborn's release
 * within 24 hours of discharge. The mother stays at least until shortly after discharge and is postpartum (on
 * the at-risk rounds) from the birth.
 */
final class Births implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        if (!t.maternity().birth()) {
            return;
        }
        Duration room = t.stay().minus(Duration.ofHours(3));
        if (room.compareTo(Duration.ofHours(3)) <= 0 || t.admitted()) {
            return;
        }
        SplittableRandom r = t.random();
        Instant bookIn = t.bookIn();
        Instant at = bookIn.plus(Rand.duration(r, Duration.ofHours(2), room));
        BirthPlace place = Rand.weighted(r, new BirthPlace[] {BirthPlace.HOSPITAL, BirthPlace.FACILITY,
            BirthPlace.EN_ROUTE}, new double[] {0.7, 0.2, 0.1});
        Instant visitAt;
        if (place == BirthPlace.HOSPITAL) {
            visitAt = at.minus(Rand.minutes(r, 60, 300));
            if (visitAt.isBefore(bookIn)) {
                visitAt = bookIn;
            }
        } else {
            if (place == BirthPlace.FACILITY) {
                String call = t.id();
                Instant callAt = at.minus(Rand.minutes(r, 5, 30));
                if (callAt.isBefore(bookIn)) {
                    callAt = bookIn;
                }
                t.add(EmsCall.builder().id(call).at(callAt).build());
                t.add(EmsArrival.builder().id(t.id()).at(callAt.plus(Rand.minutes(r, 8, 25))).callEventId(call).build());
            }
            visitAt = at.plus(Rand.minutes(r, 10, 40));
        }
        String visit = t.id();
        HospitalVisit.Builder hb = HospitalVisit.builder().id(visit).at(visitAt)
                .hospitalName(Rand.pick(r, Synthetic.HOSPITALS)).hospitalWatch(true)
                .interpretation(t.interpretation(0.25));
        String pregnancyEvent = t.pregnancyEventId();
        if (pregnancyEvent != null && !t.pregnancyKnownAt().isAfter(visitAt)) {
            hb.reasonEventId(pregnancyEvent); // a reference only to a pregnancy already known at the visit
        }
        t.add(hb.build());
        String birth = t.id();
        t.add(Birth.builder().id(birth).at(at).place(place)
                .newbornSubjectId("SUBJ-SYN-NB-" + Rand.between(r, 100000, 999999))
                .newbornUsCitizen(true)
                .build());
        Instant discharge = (at.isAfter(visitAt) ? at : visitAt).plus(Rand.duration(r, Duration.ofHours(24),
                Duration.ofHours(48)));
        t.add(HospitalDischarge.builder().id(t.id()).at(discharge).visitEventId(visit).build());
        t.awayBetween(visitAt, discharge);
        t.extendTo(discharge.plus(Rand.duration(r, Duration.ofHours(4), Duration.ofHours(36))));
        t.postpartumFrom(at);
        Instant report = t.due(at, Duration.ofHours(24), Duration.ofHours(5));
        if (report != null) {
            t.add(SignificantIncidentReport.builder().id(t.id()).at(report).category(IncidentCategory.BIRTH)
                    .subjectEventId(birth).build());
        }
        Instant release = t.due(discharge, Duration.ofHours(24), Duration.ofHours(8));
        if (release != null) {
            t.add(NewbornRelease.builder().id(t.id()).at(release).birthEventId(birth)
                    .releasedTo(Rand.weighted(r, new NewbornCaregiver[] {NewbornCaregiver.PARENT,
                        NewbornCaregiver.OTHER_RELATIVE, NewbornCaregiver.CHILD_WELFARE, NewbornCaregiver.OTHER},
                            new double[] {0.85, 0.07, 0.05, 0.03}))
                    .build());
        }
    }
}
