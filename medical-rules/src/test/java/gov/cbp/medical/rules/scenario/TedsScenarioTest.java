package gov.cbp.medical.rules.scenario;

import static gov.cbp.medical.rules.Episodes.*;
import static gov.cbp.medical.rules.evaluation.FindingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.common.InterpretationMode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.ProvisionItem;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scenarios for the CBP TEDS 2015 requirements, domain brief section 4. */
class TedsScenarioTest {

    static List<FindingStatus> statuses(CustodyEpisode episode, Duration asOf, String requirementId) {
        return findings(episode, asOf, requirementId).stream().map(Finding::status).collect(Collectors.toList());
    }

    @Nested
    @Covers("TEDS-DURATION")
    class TedsDuration {
        static final String R = "TEDS-DURATION";

        @Test
        void onTime_met() {
            assertThat(only(adult().released(h(30)).build(), h(31), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            Finding f = only(adult().released(h(80)).build(), h(81), R);
            assertThat(f.status()).isEqualTo(MET_LATE);
            assertThat(f.lateBy()).contains(h(8));
        }

        @Test
        void missing_overdue() {
            Finding f = only(adult().build(), h(80), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.overdueBy()).contains(h(8));
            assertThat(f.facilityId()).contains("STN-1");
            assertThat(f.holdRoom()).contains("HR-1");
        }

        @Test
        void notApplicable_beforeTheStandardWasInForce_noFinding() {
            CustodyEpisode in2014 = shift(adult().build(), Duration.ofDays(-365 * 12));
            assertThat(findings(in2014, h(80), R)).isEmpty();
        }

        @Test
        void exempt_exceptionRecorded() {
            assertThat(only(adult().event(exception("X1", h(70), R)).build(), h(80), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(adult().released(h(72)).build(), h(73), R).status()).isEqualTo(MET);
            assertThat(only(adult().build(), h(72), R).status()).isEqualTo(DUE);
        }
    }

    @Nested
    @Covers("TEDS-WELFARE")
    class TedsWelfare {
        static final String R = "TEDS-WELFARE";

        // judged by the gaps between checks (max-gap): the next check is due 60 minutes after the previous one

        @Test
        void onTime_everyGapMet_andTheNextCheckDue() {
            CustodyEpisode e = adult().events(welfareEvery(m(60), m(30), m(330))).build();
            assertThat(statuses(e, h(6), R)).containsExactly(MET, MET, MET, MET, MET, MET, DUE);
            Finding first = findings(e, h(6), R).get(0);
            assertThat(first.satisfiedAt()).contains(at(m(30)));
            assertThat(first.longestGap()).contains(m(30));
            assertThat(first.interpretation()).isTrue();
            assertThat(findings(e, h(6), R).get(6).dueAt()).contains(at(m(390)));
        }

        @Test
        void late_theFirstCheckTenMinutesLate() {
            CustodyEpisode e = adult().event(welfare("W1", m(70))).build();
            Finding overdue = only(e, m(65), R);
            assertThat(overdue.status()).isEqualTo(OVERDUE);
            assertThat(overdue.overdueBy()).contains(m(5));
            List<Finding> later = findings(e, h(2), R);
            assertThat(later).extracting(Finding::status).containsExactly(MET_LATE, DUE);
            assertThat(later.get(0).lateBy()).contains(m(10));
            assertThat(later.get(1).dueAt()).contains(at(m(130)));
        }

        @Test
        void missing_oneOverdueLapseFromBookIn() {
            Finding f = only(adult().build(), h(3), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.dueAt()).contains(at(h(1)));
            assertThat(f.overdueBy()).contains(h(2));
            assertThat(f.longestGap()).contains(h(3));
        }

        @Test
        void notApplicable_awayAtHospitalFromBookIn() {
            CustodyEpisode e = adult().event(hospitalVisit("V1", Duration.ZERO, null)).build();
            assertThat(only(e, h(5), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void hospitalAbsence_pausesTheClock() {
            CustodyEpisode e = adult().event(hospitalVisit("V1", m(30), null)).event(discharge("D1", h(5), "V1"))
                    .event(welfare("W1", m(20))).build();
            // before the visit: W1 after 20m, then 10m to the visit (no lapse); after discharge: due at 6h
            assertThat(findings(e, h(6), R)).extracting(Finding::status, Finding::triggerAt).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(MET, java.util.Optional.of(at(Duration.ZERO))),
                    org.assertj.core.groups.Tuple.tuple(DUE, java.util.Optional.of(at(h(5)))));
        }

        @Test
        void exempt_exceptionInTheLapse() {
            CustodyEpisode e = adult().event(exception("X1", m(30), R)).event(welfare("W1", m(100))).build();
            assertThat(statuses(e, m(110), R)).containsExactly(EXEMPT, DUE);
            // an exception does not stop the clock: without a check the next one stays overdue
            assertThat(statuses(adult().event(exception("X1", m(30), R)).build(), m(90), R)).containsExactly(OVERDUE);
        }

        @Test
        void atDeadline_checkExactlyOneIntervalAfterThePreviousIsOnTime() {
            CustodyEpisode e = adult().event(welfare("W1", m(60))).event(welfare("W2", m(120))).build();
            assertThat(statuses(e, h(2), R)).containsExactly(MET, MET, DUE);
            assertThat(statuses(adult().build(), h(1), R)).containsExactly(DUE);
        }

        @Test
        void holdRoom_isTheLatestPlacement() {
            CustodyEpisode e = adult().event(room("P1", m(30), "HR-7")).build();
            assertThat(findings(e, m(90), R).get(0).holdRoom()).contains("HR-7");
        }
    }

    @Nested
    @Covers("TEDS-SHOWER-JUV")
    class TedsShowerJuvenile {
        static final String R = "TEDS-SHOWER-JUV";

        CustodyEpisode shower(Duration offset) {
            return juvenile(15).event(provision("S1", offset, ProvisionItem.SHOWER)).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(shower(h(40)), h(41), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(shower(h(50)), h(51), R).lateBy()).contains(h(2));
        }

        @Test
        void missing_overdue() {
            assertThat(only(juvenile(15).build(), h(50), R).status()).isEqualTo(OVERDUE);
        }

        @Test
        void notApplicable_adult_orReleasedBeforeTheDeadline() {
            assertThat(only(adult().build(), h(50), R).status()).isEqualTo(NOT_APPLICABLE);
            Finding f = only(juvenile(15).released(h(20)).build(), h(21), R);
            assertThat(f.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(f.explanation()).contains("custody ended");
        }

        @Test
        void exempt_exceptionRecorded() {
            assertThat(only(juvenile(15).event(exception("X1", h(47), R)).build(), h(50), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(shower(h(48)), h(49), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("TEDS-SHOWER-ADULT")
    class TedsShowerAdult {
        static final String R = "TEDS-SHOWER-ADULT";

        CustodyEpisode shower(Duration offset) {
            return adult().event(provision("S1", offset, ProvisionItem.SHOWER)).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(shower(h(60)), h(61), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(shower(h(75)), h(76), R).lateBy()).contains(h(3));
        }

        @Test
        void missing_overdue() {
            assertThat(only(adult().build(), h(73), R).status()).isEqualTo(OVERDUE);
        }

        @Test
        void notApplicable_juvenile() {
            assertThat(only(juvenile(16).build(), h(73), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void declinedShower_stillOffered() {
            CustodyEpisode e = adult().event(gov.cbp.medical.model.custody.ProvisionOffered.builder().id("S1")
                    .at(at(h(10))).item(ProvisionItem.SHOWER).declined(true).build()).build();
            assertThat(only(e, h(11), R).status()).isEqualTo(MET);
        }

        @Test
        void exempt_exceptionRecorded() {
            assertThat(only(adult().event(exception("X1", h(1), R)).build(), h(73), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(shower(h(72)), h(73), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("TEDS-FOOD")
    class TedsFood {
        static final String R = "TEDS-FOOD";

        @Test
        void onTime_met() {
            CustodyEpisode e = adult().event(provision("F1", h(5), ProvisionItem.MEAL))
                    .event(provision("F2", h(11), ProvisionItem.SNACK)).build();
            // fixed slots (meals are served at times): the current slot met, the next one is due
            assertThat(statuses(e, h(12), R)).containsExactly(MET, MET, DUE);
        }

        @Test
        void late_missesTheFirstInterval() {
            CustodyEpisode e = adult().event(provision("F1", h(7), ProvisionItem.MEAL)).build();
            assertThat(statuses(e, h(12), R)).containsExactly(NOT_MET, MET, DUE);
        }

        @Test
        void missing_notMetThenDue() {
            assertThat(statuses(adult().build(), h(7), R)).containsExactly(NOT_MET, DUE);
        }

        @Test
        void notApplicable_awayAtHospital() {
            assertThat(only(adult().event(hospitalVisit("V1", Duration.ZERO, null)).build(), h(7), R).status())
                    .isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void waterAlone_isNotFood() {
            CustodyEpisode e = adult().event(provision("F1", h(2), ProvisionItem.WATER)).build();
            assertThat(statuses(e, h(6), R)).containsExactly(DUE);
        }

        @Test
        void exempt_exceptionRecorded() {
            assertThat(statuses(adult().event(exception("X1", h(1), R)).build(), h(7), R)).containsExactly(EXEMPT, DUE);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(statuses(adult().event(provision("F1", h(6), ProvisionItem.MEAL)).build(), h(6), R))
                    .containsExactly(MET, DUE);
        }
    }

    @Nested
    @Covers("TEDS-FOOD-ARRIVAL")
    class TedsFoodArrival {
        static final String R = "TEDS-FOOD-ARRIVAL";

        CustodyEpisode snack(Duration offset) {
            return juvenile(9).event(provision("F1", offset, ProvisionItem.SNACK)).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(snack(m(30)), h(2), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(snack(m(90)), h(2), R).lateBy()).contains(m(30));
        }

        @Test
        void missing_overdue() {
            assertThat(only(juvenile(9).build(), h(2), R).overdueBy()).contains(h(1));
        }

        @Test
        void notApplicable_adultNotPregnant_butPregnantAdultIsCovered() {
            assertThat(only(adult().build(), h(2), R).status()).isEqualTo(NOT_APPLICABLE);
            assertThat(only(in2023(adult().pregnant().build()), h(2), R).status()).isEqualTo(OVERDUE);
        }

        @Test
        void exempt_exceptionRecorded() {
            assertThat(only(juvenile(9).event(exception("X1", m(10), R)).build(), h(2), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(snack(h(1)), h(2), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("TEDS-MEDS-TRANSFER")
    class TedsMedsTransfer {
        static final String R = "TEDS-MEDS-TRANSFER";

        CustodyEpisode transferred(Boolean medicationTransferred) {
            return adult().event(medication("M1", h(1))).event(transfer("T1", h(5), "STN-2", medicationTransferred)).build();
        }

        @Test
        void onTime_met() {
            Finding f = only(transferred(true), h(6), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.facilityId()).contains("STN-2");
        }

        @Test
        void late_cannotBeLate_notMetOnceTheTransferHasPassed() {
            assertThat(only(transferred(false), h(6), R).status()).isEqualTo(NOT_MET);
        }

        @Test
        void missing_recordSilent_indeterminate() {
            Finding f = only(transferred(null), h(6), R);
            assertThat(f.status()).isEqualTo(INDETERMINATE);
            assertThat(f.missingData()).containsExactly("/events[T1]/medicationTransferred");
        }

        @Test
        void notApplicable_noMedicationInPossession() {
            CustodyEpisode e = adult().event(transfer("T1", h(5), "STN-2", false)).build();
            assertThat(only(e, h(6), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionRecorded() {
            CustodyEpisode e = adult().event(medication("M1", h(1))).event(transfer("T1", h(5), "STN-2", false))
                    .event(exception("X1", h(5), R)).build();
            assertThat(only(e, h(6), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_theTransferInstant() {
            assertThat(only(transferred(true), h(5), R).status()).isEqualTo(MET);
            // judged at the event: at the transfer instant the record of the transfer decides (issue 11 §3)
            assertThat(only(transferred(false), h(5), R).status()).isEqualTo(NOT_MET);
        }
    }

    @Nested
    @Covers("TEDS-EMERGENCY")
    class TedsEmergency {
        static final String R = "TEDS-EMERGENCY";

        CustodyEpisode called(Duration offset, String issue) {
            return adult().event(emergency("MI1", h(2))).event(emsCall("C1", offset, issue)).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(called(h(2), "MI1"), h(3), R).status()).isEqualTo(MET);
        }

        @Test
        void afterTheTarget_metWithMinutesPastTheTarget() {
            // "at once" is a target to report against, not a deadline (issue 11 §3)
            Finding f = only(called(h(2).plus(m(5)), "MI1"), h(3), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.pastTarget()).contains(m(5));
            assertThat(f.lateBy()).isEmpty();
            assertThat(f.explanation()).contains("5m past its target (at once)").doesNotContain("late");
        }

        @Test
        void missing_overdue_andACallForAnotherIssueDoesNotCount() {
            assertThat(only(called(h(2), "MI9"), h(3), R).status()).isEqualTo(OVERDUE);
        }

        @Test
        void hospitalVisitForTheIssue_satisfies() {
            CustodyEpisode e = adult().event(emergency("MI1", h(2))).event(hospitalVisit("V1", h(2), "MI1")).build();
            assertThat(only(e, h(3), R).status()).isEqualTo(MET);
        }

        @Test
        void notApplicable_notAnEmergency() {
            assertThat(only(adult().event(issue("MI1", h(2), IssueSource.OBSERVED)).build(), h(3), R).status())
                    .isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionRecorded() {
            CustodyEpisode e = adult().event(emergency("MI1", h(2))).event(exception("X1", h(2), R)).build();
            assertThat(only(e, h(3), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isTheIssueItself() {
            assertThat(only(adult().event(emergency("MI1", h(2))).build(), h(2), R).status()).isEqualTo(DUE);
        }
    }

    @Nested
    @Covers("TEDS-LANGUAGE")
    class TedsLanguage {
        static final String R = "TEDS-LANGUAGE";

        CustodyEpisode interviewed(InterpretationMode mode) {
            return juvenile(15).language("es", true).event(interpretedInterview("I1", h(1), mode)).build();
        }

        @Test
        void onTime_qualifiedInterpreter_met() {
            assertThat(only(interviewed(InterpretationMode.TELEPHONIC_SERVICE), h(2), R).status()).isEqualTo(MET);
        }

        @Test
        void late_cannotBeLate_guardingAgentInterpreting_notMet() {
            CustodyEpisode e = adult().language("es", true)
                    .event(interpretedVisit("V1", h(1), InterpretationMode.CBP_EMPLOYEE)).build();
            Finding f = only(e, h(2), R);
            assertThat(f.status()).isEqualTo(NOT_MET);
            assertThat(f.explanation()).contains("cbp-employee");
        }

        @Test
        void missing_noInterpretationRecorded_notMet_orLanguageUnknown_indeterminate() {
            assertThat(only(juvenile(15).language("es", true).event(interview("I1", h(1))).build(), h(2), R).status())
                    .isEqualTo(NOT_MET);
            Finding f = only(juvenile(15).event(interview("I1", h(1))).build(), h(2), R);
            assertThat(f.status()).isEqualTo(INDETERMINATE);
            assertThat(f.missingData()).containsExactly("/detainee/language");
        }

        @Test
        void notApplicable_noInterpreterNeeded() {
            CustodyEpisode e = juvenile(15).language("en", false).event(interview("I1", h(1))).build();
            assertThat(only(e, h(2), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionRecorded() {
            CustodyEpisode e = juvenile(15).language("es", true).event(interview("I1", h(1)))
                    .event(exception("X1", h(1), R)).build();
            assertThat(only(e, h(2), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_theEventItself() {
            assertThat(only(interviewed(InterpretationMode.VIDEO_SERVICE), h(1), R).status()).isEqualTo(MET);
        }
    }
}
