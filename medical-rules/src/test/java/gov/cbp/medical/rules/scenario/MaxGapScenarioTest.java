package gov.cbp.medical.rules.scenario;

import static gov.cbp.medical.rules.Episodes.*;
import static gov.cbp.medical.rules.evaluation.FindingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.worklist.Worklist;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Recurring checks judged by the gaps between them (the shipped {@code max-gap} mode): hand-computed gaps, lapses
 * and next checks, at exact instants. Book-in is at {@link gov.cbp.medical.rules.Episodes#T0}; TEDS-WELFARE's
 * interval is 60 minutes, PPN-WELFARE's and EMD-EMM-CHECK's 15 minutes, EMD-EMM-REEVAL's 24 hours.
 */
class MaxGapScenarioTest {
    static List<FindingStatus> statuses(CustodyEpisode episode, Duration asOf, String requirementId) {
        return findings(episode, asOf, requirementId).stream().map(Finding::status).collect(Collectors.toList());
    }

    static List<Finding> findingsAt(CustodyEpisode episode, Instant asOf, String requirementId) {
        return BASELINE.evaluate(episode, asOf).findings().stream().filter(f -> f.requirementId().equals(requirementId))
                .collect(Collectors.toList());
    }

    /** The next checks (due or overdue) among some findings. */
    static List<Finding> next(List<Finding> findings) {
        return findings.stream().filter(f -> f.status() == DUE || f.status() == OVERDUE).collect(Collectors.toList());
    }

    @Nested
    @Covers("TEDS-WELFARE")
    class Gaps {
        static final String R = "TEDS-WELFARE";

        @Test
        void checksWithinTheInterval_eachGapMet_andTheNextCheckIsDueAnIntervalAfterTheLast() {
            CustodyEpisode e = adult().event(welfare("W1", m(30))).event(welfare("W2", m(90))).event(welfare("W3", m(150)))
                    .build();
            List<Finding> list = findings(e, h(3), R);
            assertThat(list).extracting(Finding::status).containsExactly(MET, MET, MET, DUE);
            // gaps: book-in -> W1 30m, W1 -> W2 60m (exactly the interval: on time), W2 -> W3 60m
            assertThat(list).extracting(Finding::longestGap)
                    .containsExactly(Optional.of(m(30)), Optional.of(m(60)), Optional.of(m(60)), Optional.of(m(30)));
            assertThat(list.get(1).triggerAt()).contains(at(m(30)));
            assertThat(list.get(1).satisfiedAt()).contains(at(m(90)));
            assertThat(list.get(1).evidenceEventIds()).containsExactly("W2");
            assertThat(list.get(3).triggerAt()).contains(at(m(150)));
            assertThat(list.get(3).dueAt()).contains(at(m(210)));
            assertThat(list.get(3).interpretation()).isTrue();
        }

        @Test
        void twoChecksInNeighbouringSlots_110MinutesApart_areALapse50MinutesLate() {
            // fixed slots would read both intervals met: W1 in [0, 60m], W2 in (60m, 120m]
            CustodyEpisode e = adult().event(welfare("W1", m(5))).event(welfare("W2", m(115))).build();
            List<Finding> list = findings(e, h(2), R);
            assertThat(list).extracting(Finding::status).containsExactly(MET, MET_LATE, DUE);
            Finding lapse = list.get(1);
            assertThat(lapse.triggerAt()).contains(at(m(5)));
            assertThat(lapse.satisfiedAt()).contains(at(m(115)));
            assertThat(lapse.longestGap()).contains(m(110));
            assertThat(lapse.lateBy()).contains(m(50));
            assertThat(lapse.dueAt()).contains(at(m(65)));
            assertThat(lapse.explanation()).contains("50m late").contains("W1").contains("W2");
            assertThat(list.get(2).dueAt()).contains(at(m(175)));
        }

        @Test
        void eightyHoursWithoutACheck_oneOverdueLapse_ofTheRealLength() {
            CustodyEpisode e = adult().event(welfare("W1", m(30))).build();
            List<Finding> list = findings(e, h(80).plus(m(30)), R);
            assertThat(list).extracting(Finding::status).containsExactly(MET, OVERDUE);
            Finding lapse = list.get(1);
            assertThat(lapse.triggerAt()).contains(at(m(30)));
            assertThat(lapse.satisfiedAt()).isEmpty();
            assertThat(lapse.longestGap()).contains(h(80));
            assertThat(lapse.overdueBy()).contains(h(79));
            assertThat(lapse.dueAt()).contains(at(m(90)));
        }

        @Test
        void noCheckAtAll_theFirstIsDueAnIntervalAfterBookIn() {
            assertThat(findings(adult().build(), m(59), R)).extracting(Finding::status, Finding::dueAt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(DUE, Optional.of(at(h(1)))));
            Finding overdue = only(adult().build(), h(3), R);
            assertThat(overdue.status()).isEqualTo(OVERDUE);
            assertThat(overdue.overdueBy()).contains(h(2));
            assertThat(overdue.triggerAt()).contains(T0);
        }

        @Test
        void lastCheckToBookOut_longerThanTheInterval_isALapseNotMetByTheExcess() {
            CustodyEpisode e = adult().event(welfare("W1", h(2))).released(h(5)).build();
            List<Finding> list = findings(e, h(6), R);
            assertThat(list).extracting(Finding::status).containsExactly(MET_LATE, NOT_MET);
            assertThat(list.get(0).lateBy()).contains(h(1));
            Finding tail = list.get(1);
            assertThat(tail.triggerAt()).contains(at(h(2)));
            assertThat(tail.intervalEnd()).contains(at(h(5)));
            assertThat(tail.satisfiedAt()).isEmpty();
            assertThat(tail.longestGap()).contains(h(3));
            assertThat(tail.overdueBy()).contains(h(2));
        }

        @Test
        void lastCheckToBookOut_withinTheInterval_owesNothing_andNoNextCheckAfterBookOut() {
            CustodyEpisode e = adult().event(welfare("W1", m(50))).released(m(100)).build();
            assertThat(statuses(e, h(6), R)).containsExactly(MET);
            // released exactly one interval after the last check: on time, nothing owed
            CustodyEpisode exact = adult().event(welfare("W1", m(50))).released(m(110)).build();
            assertThat(statuses(exact, m(110), R)).containsExactly(MET);
            assertThat(statuses(exact, h(30), R)).containsExactly(MET);
        }

        @Test
        void hospitalWatch_isNotAHoldRoomGap_theClockRestartsAtDischarge() {
            CustodyEpisode e = adult().event(welfare("W1", m(20))).event(hospitalVisit("V1", m(50), null))
                    .event(discharge("D1", h(5), "V1")).build();
            List<Finding> list = findings(e, m(390), R);
            // W1 -> visit is 30m: no lapse; from discharge at 5h the first check is due at 6h, overdue by 30m at 6h30
            assertThat(list).extracting(Finding::status).containsExactly(MET, OVERDUE);
            assertThat(list.get(1).triggerAt()).contains(at(h(5)));
            assertThat(list.get(1).overdueBy()).contains(m(30));
        }

        @Test
        void aLongGapBeforeAHospitalVisit_isALapseEndedByTheVisit() {
            CustodyEpisode e = adult().event(welfare("W1", m(10))).event(hospitalVisit("V1", h(3), null)).build();
            List<Finding> list = findings(e, h(10), R);
            // the person is still at the hospital: nothing is owed after the visit
            assertThat(list).extracting(Finding::status).containsExactly(MET, NOT_MET);
            assertThat(list.get(1).intervalEnd()).contains(at(h(3)));
            assertThat(list.get(1).overdueBy()).contains(m(110));
        }

        @Test
        void aTransfer_endsTheSendingFacilitysGap_andStartsTheReceivingFacilitysClock() {
            CustodyEpisode e = adult().event(welfare("W1", h(1))).event(transfer("T1", h(3), "STN-2", null)).build();
            List<Finding> list = findings(e, m(230), R);
            assertThat(list).extracting(Finding::status).containsExactly(MET, NOT_MET, DUE);
            Finding sending = list.get(1);
            assertThat(sending.triggerAt()).contains(at(h(1)));
            assertThat(sending.intervalEnd()).contains(at(h(3)));
            assertThat(sending.overdueBy()).contains(h(1));
            assertThat(sending.facilityId()).contains("STN-1");
            Finding receiving = list.get(2);
            assertThat(receiving.triggerAt()).contains(at(h(3)));
            assertThat(receiving.dueAt()).contains(at(h(4)));
            assertThat(receiving.facilityId()).contains("STN-2");
        }

        @Test
        void exceptionInALapse_excusesIt_butTheNextCheckStaysDue() {
            CustodyEpisode e = adult().event(welfare("W1", m(10))).event(exception("X1", m(100), R))
                    .event(welfare("W2", m(150))).build();
            List<Finding> list = findings(e, m(230), R);
            assertThat(list).extracting(Finding::status).containsExactly(MET, EXEMPT, OVERDUE);
            assertThat(list.get(1).evidenceEventIds()).containsExactly("X1");
            assertThat(list.get(2).overdueBy()).contains(m(20));
        }
    }

    @Nested
    @Covers("TEDS-WELFARE")
    class NextCheckAtEveryInstant {
        static final String R = "TEDS-WELFARE";
        final CustodyEpisode e = adult().event(welfare("W1", m(30))).event(welfare("W2", m(90))).build();

        @Test
        void atTheExactInstantTheGapReachesTheInterval_stillDue_oneNanosecondLater_overdue() {
            Instant due = at(m(150));
            assertThat(next(findingsAt(e, due, R))).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(DUE);
                assertThat(f.dueAt()).contains(due);
            });
            assertThat(next(findingsAt(e, due.plusNanos(1), R))).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(OVERDUE);
                assertThat(f.overdueBy()).contains(Duration.ofNanos(1));
            });
            assertThat(next(findingsAt(e, due.minusSeconds(1), R))).singleElement()
                    .satisfies(f -> assertThat(f.status()).isEqualTo(DUE));
            assertThat(next(findingsAt(e, due.plusSeconds(1), R))).singleElement()
                    .satisfies(f -> assertThat(f.overdueBy()).contains(Duration.ofSeconds(1)));
        }

        @Test
        void atTheInstantOfACheck_theCheckCounts_andTheNextIsDueAnIntervalLater() {
            Instant check = at(m(90));
            List<Finding> list = findingsAt(e, check, R);
            assertThat(list).extracting(Finding::status).containsExactly(MET, MET, DUE);
            assertThat(list.get(2).dueAt()).contains(at(m(150)));
            assertThat(next(findingsAt(e, check.minusNanos(1), R))).singleElement()
                    .satisfies(f -> assertThat(f.dueAt()).contains(check));
        }

        @Test
        void aroundEveryBoundary_exactlyOneNextCheck_inTheEvaluationAndTheWorklist() {
            List<Instant> instants = new ArrayList<>();
            for (Duration boundary : List.of(Duration.ZERO, m(30), m(60), m(90), m(120), m(150), m(151))) {
                for (Duration delta : List.of(Duration.ofNanos(-1), Duration.ZERO, Duration.ofNanos(1), Duration.ofSeconds(-1),
                        Duration.ofSeconds(1))) {
                    Instant instant = at(boundary).plus(delta);
                    if (!instant.isBefore(T0)) {
                        instants.add(instant);
                    }
                }
            }
            for (Instant instant : instants) {
                assertThat(next(findingsAt(e, instant, R))).as("next check at %s", instant).hasSize(1);
                Worklist worklist = Worklist.of(BASELINE, List.of(e), instant, h(2));
                assertThat(worklist.tasks()).as("worklist at %s", instant)
                        .filteredOn(t -> t.finding().requirementId().equals(R)).hasSize(1);
            }
        }
    }

    @Nested
    @Covers({"PPN-WELFARE", "EMD-EMM-CHECK", "EMD-EMM-REEVAL"})
    class OtherRequirements {
        @Test
        void pregnantWelfare_every15Minutes_aCheckAt16MinutesIsOneMinuteLate() {
            // PPN was rescinded in 2025: judged in 2023
            CustodyEpisode e = in2023(adult().pregnant().event(welfare("W1", m(15))).event(welfare("W2", m(31))).build());
            List<Finding> list = findings(e, m(40), "PPN-WELFARE");
            assertThat(list).extracting(Finding::status).containsExactly(MET, MET_LATE, DUE);
            assertThat(list.get(1).lateBy()).contains(m(1));
            assertThat(list.get(2).dueAt()).contains(e.bookIn().at().plus(m(46)));
        }

        @Test
        void monitoringChecks_fromThePlacement_andOnlyThePlacementsOwn() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", m(70), "P1", false))
                    .event(monitoringCheck("C2", m(80), "P9", false)).event(monitoringCheck("C3", m(100), "P1", false))
                    .build();
            List<Finding> list = findings(e, m(110), "EMD-EMM-CHECK");
            // P1 at 60m: C1 after 10m (met), C3 30m after C1 (15m late); C2 belongs to another placement
            assertThat(list).extracting(Finding::status).containsExactly(MET, MET_LATE, DUE);
            assertThat(list.get(1).lateBy()).contains(m(15));
            assertThat(list).allSatisfy(f -> assertThat(f.triggerEventIds()).containsExactly("P1"));
            assertThat(list.get(2).dueAt()).contains(at(m(115)));
        }

        @Test
        void monitoringRemoval_endsTheWindow_aLongLastGapIsALapse() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", m(70), "P1", false))
                    .event(removal("R1", m(100), "P1")).build();
            List<Finding> list = findings(e, h(5), "EMD-EMM-CHECK");
            assertThat(list).extracting(Finding::status).containsExactly(MET, NOT_MET);
            assertThat(list.get(1).overdueBy()).contains(m(15));
        }

        @Test
        void reevaluation_26HoursAfterThePlacement_isTwoHoursLate() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", h(27), "P1", true))
                    .build();
            List<Finding> list = findings(e, h(30), "EMD-EMM-REEVAL");
            assertThat(list).extracting(Finding::status).containsExactly(MET_LATE, DUE);
            assertThat(list.get(0).lateBy()).contains(h(2));
            assertThat(list.get(1).dueAt()).contains(at(h(51)));
        }
    }

    @Nested
    @Covers({"TEDS-WELFARE", "EMD-MEDADMIN"})
    class CostFollowsTheRecords {
        @Test
        void anOpenEpisodeEvaluatedTenYearsAfterItsLastRecord_hasAboutTheFindingsItHadThen() {
            CustodyEpisode e = adult().events(welfareEvery(m(45), m(45), h(6))).event(interview("I1", h(1))).build();
            int then = evaluate(e, h(7)).findings().size();
            List<Finding> later = evaluate(e, Duration.ofDays(3653)).findings();
            assertThat(later.size()).isLessThanOrEqualTo(then + 5).isLessThan(100);
            assertThat(later).filteredOn(f -> f.requirementId().equals("TEDS-WELFARE"))
                    .extracting(Finding::status).endsWith(OVERDUE).doesNotContain(DUE, NOT_MET);
        }

        @Test
        void scheduledDoses_missedForTenYears_areOneFindingWithTheirCount() {
            CustodyEpisode e = adult().event(medication("M1", Duration.ZERO))
                    .event(review("R1", h(1), "M1", gov.cbp.medical.model.medication.MedicationDecision.CONTINUE, h(8)))
                    .event(dose("D1", h(9), "R1", gov.cbp.medical.model.medication.AdministrationStatus.GIVEN)).build();
            List<Finding> doses = findings(e, Duration.ofDays(3653), "EMD-MEDADMIN");
            assertThat(doses).hasSizeLessThanOrEqualTo(3);
            assertThat(doses.get(0).status()).isEqualTo(MET);
            assertThat(doses.get(1).status()).isEqualTo(NOT_MET);
            assertThat(doses.get(1).missedIntervals().orElseThrow()).isGreaterThan(1000L);
            assertThat(doses.get(1).explanation()).contains("consecutive doses (2 to ");
            // a single missed dose stays an ordinary finding
            List<Finding> one = findings(e, h(26), "EMD-MEDADMIN");
            assertThat(one).extracting(Finding::status).containsExactly(MET, NOT_MET, DUE);
            assertThat(one.get(1).missedIntervals()).isEmpty();
        }
    }
}
