package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CareArbitraries.emsArrivals;
import static gov.cbp.medical.testkit.CareArbitraries.emsCalls;
import static gov.cbp.medical.testkit.CareArbitraries.hospitalDischarges;
import static gov.cbp.medical.testkit.CareArbitraries.hospitalVisits;
import static gov.cbp.medical.testkit.CareArbitraries.medicalAssessments;
import static gov.cbp.medical.testkit.CareArbitraries.medicalIssues;
import static gov.cbp.medical.testkit.CareArbitraries.notifications;
import static gov.cbp.medical.testkit.CareArbitraries.significantIncidentReports;
import static gov.cbp.medical.testkit.CustodyArbitraries.exceptionsRecorded;
import static gov.cbp.medical.testkit.CustodyArbitraries.holdRoomAbsences;
import static gov.cbp.medical.testkit.CustodyArbitraries.holdRoomPlacements;
import static gov.cbp.medical.testkit.CustodyArbitraries.minorClaims;
import static gov.cbp.medical.testkit.CustodyArbitraries.provisionsOffered;
import static gov.cbp.medical.testkit.CustodyArbitraries.transfers;
import static gov.cbp.medical.testkit.CustodyArbitraries.unaccompaniedDeterminations;
import static gov.cbp.medical.testkit.IntakeArbitraries.encounterObservations;
import static gov.cbp.medical.testkit.IntakeArbitraries.healthInterviews;
import static gov.cbp.medical.testkit.MaternalArbitraries.births;
import static gov.cbp.medical.testkit.MaternalArbitraries.newbornReleases;
import static gov.cbp.medical.testkit.MaternalArbitraries.pregnanciesIdentified;
import static gov.cbp.medical.testkit.MedicationArbitraries.medicationAdministrations;
import static gov.cbp.medical.testkit.MedicationArbitraries.medicationReviews;
import static gov.cbp.medical.testkit.MedicationArbitraries.medicationsReported;
import static gov.cbp.medical.testkit.MonitoringArbitraries.monitoringChecks;
import static gov.cbp.medical.testkit.MonitoringArbitraries.monitoringPlacements;
import static gov.cbp.medical.testkit.MonitoringArbitraries.monitoringRemovals;
import static gov.cbp.medical.testkit.MonitoringArbitraries.welfareChecks;
import static gov.cbp.medical.testkit.PublicHealthArbitraries.infectiousDiseaseScreenings;
import static gov.cbp.medical.testkit.PublicHealthArbitraries.isolationEnds;
import static gov.cbp.medical.testkit.PublicHealthArbitraries.isolationStarts;

import gov.cbp.medical.model.care.IncidentCategory;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.testkit.internal.EpisodeAssembly.Chain;
import gov.cbp.medical.testkit.internal.EpisodeAssembly.Emitter;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The chains of related events that {@link EpisodeArbitraries#episodes()} assembles into an episode: each chain
 * runs forward in time from its first event and refers only to its own earlier events.
 */
final class EpisodeChains {
    private EpisodeChains() {}

    private static Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(0, 720);
    }

    private static Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    static Arbitrary<Chain> chains() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, observationChains()),
                Tuple.of(2, custodyChains()),
                Tuple.of(2, interviewChains()),
                Tuple.of(1, emergencyChains()),
                Tuple.of(1, medicationChains()),
                Tuple.of(1, screeningChains()),
                Tuple.of(1, maternalChains()),
                Tuple.of(2, welfareChains()));
    }

    private static Arbitrary<Chain> observationChains() {
        return Combinators.combine(encounterObservations(), Arbitraries.integers().between(0, 240))
                .as((template, before) -> e -> e.add(template.toBuilder().id(e.nextId())
                        .at(e.frame().bookIn().minusSeconds(60L * before)).build()));
    }

    private static Arbitrary<Chain> custodyChains() {
        Arbitrary<Chain> placements = Combinators.combine(holdRoomPlacements(), fractions(),
                Arbitraries.integers().between(0, 2))
                .as((t, start, facility) -> e -> e.add(t.toBuilder().id(e.nextId()).at(e.start(start))
                        .facilityId(facilityId(e, facility)).build()));
        Arbitrary<Chain> transfers = Combinators.combine(transfers(), fractions(), Arbitraries.integers().between(0, 2))
                .as((t, start, to) -> e -> e.add(t.toBuilder().id(e.nextId()).at(e.start(start))
                        .fromFacilityId(facilityId(e, 0)).toFacilityId(facilityId(e, to)).build()));
        Arbitrary<Chain> claims = Combinators.combine(minorClaims(), fractions(), notifications(), minutes(),
                Arbitraries.of(false, true))
                .as((claim, start, notification, delay, notify) -> e -> {
                    String id = e.add(claim.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    if (notify) {
                        e.add(notification.toBuilder().id(e.nextId()).at(e.after(delay))
                                .recipient(NotificationRecipient.HHS_ORR).subjectEventId(id).build());
                    }
                });
        Arbitrary<Chain> determinations = Combinators.combine(unaccompaniedDeterminations(), fractions(),
                exceptionsRecorded().optional(0.5), minutes())
                .as((determination, start, exception, delay) -> e -> {
                    e.add(determination.toBuilder().id(e.nextId()).at(e.start(start)).build());
                    exception.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(delay)).build()));
                });
        Arbitrary<Chain> provisions = Combinators.combine(provisionsOffered(), fractions())
                .as((t, start) -> e -> e.add(t.toBuilder().id(e.nextId()).at(e.start(start)).build()));
        Arbitrary<Chain> absences = Combinators.combine(holdRoomAbsences(), fractions(), minutes())
                .as((t, start, length) -> e -> e.add(t.toBuilder().id(e.nextId()).at(e.start(start))
                        .returnedAt(e.after(length)).build()));
        return Arbitraries.oneOf(placements, transfers, claims, determinations, provisions, absences);
    }

    private static String facilityId(Emitter e, int index) {
        List<Facility> list = e.frame().facilities();
        return list.get(index % list.size()).facilityId();
    }

    /** What follows an assessment or an emergency: nothing, enhanced monitoring, or a hospital visit. */
    @FunctionalInterface
    private interface Tail {
        /**
         * Emits the tail.
         *
         * @param e the emitter
         * @param assessmentId the assessment that asks for monitoring, or null
         * @param reasonId the event that is the reason for a hospital visit
         */
        void emit(Emitter e, String assessmentId, String reasonId);
    }

    private static Arbitrary<Tail> tails() {
        Arbitrary<Tail> monitoring = Combinators.combine(monitoringPlacements(), monitoringChecks().list().ofMaxSize(6),
                monitoringRemovals().optional(0.5), minutes().list().ofSize(8))
                .as((placement, checks, removal, delays) -> (e, assessment, reason) -> {
                    String id = e.add(placement.toBuilder().id(e.nextId()).at(e.after(delays.get(0)))
                            .assessmentEventId(Optional.ofNullable(assessment)).build()).id();
                    for (int i = 0; i < checks.size(); i++) {
                        e.add(checks.get(i).toBuilder().id(e.nextId()).at(e.after(delays.get(1 + i) / 4))
                                .placementEventId(id).build());
                    }
                    removal.ifPresent(r -> e.add(r.toBuilder().id(e.nextId()).at(e.after(delays.get(7)))
                            .placementEventId(id).build()));
                });
        Arbitrary<Tail> hospital = Combinators.combine(hospitalVisits(), hospitalDischarges().optional(0.7), minutes(),
                minutes())
                .as((visit, discharge, d1, d2) -> (e, assessment, reason) -> {
                    String id = e.add(visit.toBuilder().id(e.nextId()).at(e.after(d1))
                            .reasonEventId(Optional.ofNullable(reason)).build()).id();
                    discharge.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(d2)).visitEventId(id)
                            .build()));
                });
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just((e, a, r) -> { })), Tuple.of(2, monitoring),
                Tuple.of(1, hospital));
    }

    private static Arbitrary<Chain> interviewChains() {
        return Combinators.combine(healthInterviews(), fractions(), Arbitraries.integers().between(0, 3),
                medicalIssues(), notifications(), medicalAssessments(), tails(), minutes().list().ofSize(3))
                .as((interview, start, depth, issue, notification, assessment, tail, delays) -> e -> {
                    String interviewId = e.add(interview.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    if (depth < 1) {
                        return;
                    }
                    String issueId = e.add(issue.toBuilder().id(e.nextId()).at(e.after(delays.get(0) / 10))
                            .interviewEventId(interviewId).source(IssueSource.INTERVIEW_ANSWER).build()).id();
                    if (depth < 2) {
                        return;
                    }
                    e.add(notification.toBuilder().id(e.nextId()).at(e.after(delays.get(1) / 10))
                            .subjectEventId(issueId).build());
                    if (depth < 3) {
                        return;
                    }
                    String assessmentId = e.add(assessment.toBuilder().id(e.nextId()).at(e.after(delays.get(2)))
                            .reasonEventIds(List.of(issueId, interviewId)).build()).id();
                    tail.emit(e, assessmentId, assessmentId);
                });
    }

    private static Arbitrary<Chain> emergencyChains() {
        return Combinators.combine(medicalIssues(), fractions(), emsCalls(), emsArrivals(), tails(),
                minutes().list().ofSize(2))
                .as((issue, start, call, arrival, tail, delays) -> e -> {
                    String issueId = e.add(issue.toBuilder().id(e.nextId()).at(e.start(start)).interviewEventId(
                            Optional.empty()).emergency(true).build()).id();
                    String callId = e.add(call.toBuilder().id(e.nextId()).at(e.after(delays.get(0) / 20))
                            .issueEventId(issueId).build()).id();
                    e.add(arrival.toBuilder().id(e.nextId()).at(e.after(delays.get(1) / 10)).callEventId(callId).build());
                    tail.emit(e, null, issueId);
                });
    }

    private static Arbitrary<Chain> medicationChains() {
        return Combinators.combine(medicationsReported(), fractions(), medicationReviews().optional(0.8),
                medicationAdministrations().list().ofMaxSize(5), minutes().list().ofSize(6))
                .as((reported, start, review, doses, delays) -> e -> {
                    String reportedId = e.add(reported.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    if (review.isEmpty()) {
                        return;
                    }
                    String reviewId = e.add(review.get().toBuilder().id(e.nextId()).at(e.after(delays.get(0)))
                            .medicationEventId(reportedId).build()).id();
                    for (int i = 0; i < doses.size(); i++) {
                        e.add(doses.get(i).toBuilder().id(e.nextId()).at(e.after(delays.get(1 + i)))
                                .reviewEventId(reviewId).build());
                    }
                });
    }

    private static Arbitrary<Chain> screeningChains() {
        return Combinators.combine(infectiousDiseaseScreenings(), fractions(), isolationStarts().optional(0.7),
                isolationEnds().optional(0.5), minutes(), minutes())
                .as((screening, start, isolation, release, d1, d2) -> e -> {
                    String screeningId = e.add(screening.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    if (isolation.isEmpty()) {
                        return;
                    }
                    String startId = e.add(isolation.get().toBuilder().id(e.nextId()).at(e.after(d1 / 6))
                            .reasonEventId(screeningId).build()).id();
                    release.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(d2 * 4)).startEventId(startId)
                            .build()));
                });
    }

    private static Arbitrary<Chain> maternalChains() {
        return Combinators.combine(pregnanciesIdentified(), fractions(), births().optional(0.6),
                significantIncidentReports().optional(0.8), newbornReleases().optional(0.8), notifications(),
                minutes().list().ofSize(4))
                .as((pregnancy, start, birth, report, release, notification, delays) -> e -> {
                    String pregnancyId = e.add(pregnancy.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    e.add(notification.toBuilder().id(e.nextId()).at(e.after(delays.get(0) / 10))
                            .recipient(NotificationRecipient.MEDICAL_PERSONNEL).subjectEventId(pregnancyId).build());
                    if (birth.isEmpty()) {
                        return;
                    }
                    String birthId = e.add(birth.get().toBuilder().id(e.nextId()).at(e.after(delays.get(1))).build()).id();
                    report.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(delays.get(2)))
                            .category(IncidentCategory.BIRTH).subjectEventId(birthId).build()));
                    release.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(delays.get(3)))
                            .birthEventId(birthId).build()));
                });
    }

    private static Arbitrary<Chain> welfareChains() {
        return Combinators.combine(welfareChecks().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(1, 24), fractions(),
                Arbitraries.integers().between(5, 90).list().ofSize(24))
                .as((templates, count, start, intervals) -> e -> {
                    e.start(start);
                    for (int i = 0; i < count; i++) {
                        e.add(templates.get(i % templates.size()).toBuilder().id(e.nextId())
                                .at(e.after(i == 0 ? 0 : intervals.get(i))).build());
                    }
                });
    }
}
