package gov.cbp.medical.rules.scenario;

import static gov.cbp.medical.rules.Episodes.*;
import static gov.cbp.medical.rules.evaluation.FindingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.care.AssessmentDisposition;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.medication.AdministrationStatus;
import gov.cbp.medical.model.medication.MedicationDecision;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scenarios for CBP Directive 2210-004 and its implementation plans, domain brief section 4. */
class DirectiveScenarioTest {

    static List<FindingStatus> statuses(CustodyEpisode episode, Duration asOf, String requirementId) {
        return findings(episode, asOf, requirementId).stream().map(Finding::status).collect(Collectors.toList());
    }

    @Nested
    @Covers("EMD-OBSERVE")
    class EmdObserve {
        static final String R = "EMD-OBSERVE";

        @Test
        void onTime_observedAtEncounterBeforeBookIn() {
            assertThat(only(adult().event(observation("O1", h(-1), false)).build(), h(1), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(adult().event(observation("O1", h(1), false)).build(), h(2), R).lateBy()).contains(h(1));
        }

        @Test
        void missing_overdue_thenNotMetAfterBookOut() {
            assertThat(only(adult().build(), h(2), R).overdueBy()).contains(h(2));
            assertThat(only(adult().released(h(3)).build(), h(4), R).status()).isEqualTo(NOT_MET);
        }

        @Test
        void notApplicable_beforeTheDirective_noFinding() {
            assertThat(findings(shift(adult().build(), Duration.ofDays(-365 * 8)), h(2), R)).isEmpty();
        }

        @Test
        void exempt_exceptionRecorded() {
            assertThat(only(adult().event(exception("X1", Duration.ZERO, R)).build(), h(2), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_atBookIn() {
            assertThat(only(adult().event(observation("O1", Duration.ZERO, false)).build(), h(1), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-INTERVIEW-JUV")
    class EmdInterviewJuvenile {
        static final String R = "EMD-INTERVIEW-JUV";

        @Test
        void onTime_met() {
            Finding f = only(juvenile(15).event(interview("I1", h(2))).build(), h(3), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.interpretation()).isTrue();
            assertThat(f.estimatedAge()).isFalse();
            assertThat(f.citation()).contains("CBP Directive 2210-004").contains("Form 2500");
        }

        @Test
        void late_metLate() {
            assertThat(only(juvenile(15).event(interview("I1", h(14))).build(), h(15), R).lateBy()).contains(h(2));
        }

        @Test
        void missing_overdue() {
            assertThat(only(juvenile(15).build(), h(13), R).overdueBy()).contains(h(1));
        }

        @Test
        void notApplicable_adult() {
            assertThat(only(adult().build(), h(13), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void estimatedAge_isFlagged_andUnknownAgeIsIndeterminate() {
            Finding f = only(new Builder().estimatedAge(16).build(), h(13), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.estimatedAge()).isTrue();
            Finding unknown = only(new Builder().population(PopulationClass.UNKNOWN).build(), h(13), R);
            assertThat(unknown.status()).isEqualTo(INDETERMINATE);
            assertThat(unknown.missingData()).contains("/detainee/dateOfBirth");
        }

        @Test
        void ageUnknown_populationClassDecidesTheEighteenThreshold() {
            assertThat(only(new Builder().population(PopulationClass.UNACCOMPANIED_CHILD).build(), h(13), R).status())
                    .isEqualTo(OVERDUE);
        }

        @Test
        void exempt_documentedRefusal() {
            Finding f = only(juvenile(15).event(refusedInterview("I1", h(1))).build(), h(13), R);
            assertThat(f.status()).isEqualTo(EXEMPT);
            assertThat(f.evidenceEventIds()).containsExactly("I1");
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(juvenile(15).event(interview("I1", h(12))).build(), h(13), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-INTERVIEW-REF")
    class EmdInterviewReferral {
        static final String R = "EMD-INTERVIEW-REF";

        CustodyEpisode referred() {
            return adult().event(observation("O1", m(-30), true)).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(adult().event(observation("O1", m(-30), true)).event(interview("I1", h(2))).build(), h(3), R)
                    .status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(adult().event(observation("O1", m(-30), true)).event(interview("I1", h(12))).build(), h(14), R)
                    .lateBy()).contains(m(30));
        }

        @Test
        void missing_overdue() {
            assertThat(only(referred(), h(12), R).overdueBy()).contains(m(30));
        }

        @Test
        void notApplicable_juvenile_orNoConcern() {
            assertThat(only(juvenile(15).event(observation("O1", m(-30), true)).build(), h(13), R).status())
                    .isEqualTo(NOT_APPLICABLE);
            assertThat(only(adult().event(observation("O1", m(-30), false)).build(), h(13), R).status())
                    .isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_documentedRefusal() {
            assertThat(only(adult().event(observation("O1", m(-30), true)).event(refusedInterview("I1", h(1))).build(),
                    h(13), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_selfReportedIssue() {
            CustodyEpisode e = adult().event(issue("MI1", h(1), IssueSource.SELF_REPORTED)).event(interview("I1", h(13))).build();
            Finding f = only(e, h(14), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.triggerEventIds()).containsExactly("MI1");
        }
    }

    @Nested
    @Covers("EMD-ASSESS-12")
    class EmdAssess12 {
        static final String R = "EMD-ASSESS-12";

        @Test
        void onTime_met() {
            assertThat(only(juvenile(10).event(assessment("A1", h(5))).build(), h(6), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(juvenile(10).event(assessment("A1", h(26))).build(), h(27), R).lateBy()).contains(h(2));
        }

        @Test
        void missing_overdue() {
            assertThat(only(juvenile(12).build(), h(25), R).status()).isEqualTo(OVERDUE);
        }

        @Test
        void notApplicable_thirteen_orNoMedicalSupportOnSite() {
            assertThat(only(juvenile(13).build(), h(25), R).status()).isEqualTo(NOT_APPLICABLE);
            Finding f = only(juvenile(10).support(MedicalSupportLevel.NONE).build(), h(25), R);
            assertThat(f.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(f.explanation()).contains("medical support none");
        }

        @Test
        void exempt_documentedRefusal() {
            assertThat(only(juvenile(10).event(refusedAssessment("A1", h(2))).build(), h(25), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(juvenile(10).event(assessment("A1", h(24))).build(), h(25), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-ASSESS-CONCERN")
    class EmdAssessConcern {
        static final String R = "EMD-ASSESS-CONCERN";

        CustodyEpisode concern(Duration assessedAt) {
            return adult().event(issue("MI1", h(1), IssueSource.SELF_REPORTED)).event(assessment("A1", assessedAt)).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(concern(h(3)), h(4), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(concern(h(6)), h(7), R).lateBy()).contains(h(1));
        }

        @Test
        void missing_overdue() {
            assertThat(only(adult().event(issue("MI1", h(1), IssueSource.SELF_REPORTED)).build(), h(6), R).overdueBy())
                    .contains(h(1));
        }

        @Test
        void emergency_needsAnAssessmentAtOnce() {
            CustodyEpisode e = adult().event(emergency("MI1", h(1))).event(assessment("A1", h(1).plus(m(30)))).build();
            assertThat(only(e, h(2), R).lateBy()).contains(m(30));
        }

        @Test
        void positiveAnswer_triggers_unlessRecordedAsAnIssue() {
            assertThat(only(adult().event(positiveInterview("I1", h(1))).build(), h(2), R).status()).isEqualTo(DUE);
            CustodyEpisode both = adult().event(positiveInterview("I1", h(1)))
                    .event(gov.cbp.medical.model.care.MedicalIssue.builder().id("MI1").at(at(h(1)))
                            .source(IssueSource.INTERVIEW_ANSWER).interviewEventId("I1").build()).build();
            assertThat(only(both, h(2), R).triggerEventIds()).containsExactly("MI1");
        }

        @Test
        void notApplicable_noConcern() {
            assertThat(only(adult().event(interview("I1", h(1))).build(), h(6), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_documentedRefusal() {
            CustodyEpisode e = adult().event(issue("MI1", h(1), IssueSource.SELF_REPORTED)).event(refusedAssessment("A1", h(2))).build();
            assertThat(only(e, h(6), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(concern(h(5)), h(6), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-ASSESS-HIGHRISK")
    class EmdAssessHighRisk {
        static final String R = "EMD-ASSESS-HIGHRISK";

        @Test
        void onTime_met() {
            assertThat(only(adult().highRisk().event(assessment("A1", h(3))).build(), h(4), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(adult().highRisk().event(assessment("A1", h(5))).build(), h(6), R).lateBy()).contains(h(1));
        }

        @Test
        void missing_overdue_fromTheIdentifyingIssue() {
            Finding f = only(adult().event(highRiskIssue("MI1", h(2))).build(), h(7), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.overdueBy()).contains(h(1));
        }

        @Test
        void notApplicable_notHighRisk() {
            assertThat(only(adult().build(), h(7), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_documentedRefusal() {
            assertThat(only(adult().highRisk().event(refusedAssessment("A1", h(1))).build(), h(7), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(adult().highRisk().event(assessment("A1", h(4))).build(), h(5), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-REFER")
    class EmdRefer {
        static final String R = "EMD-REFER";

        CustodyEpisode referred(Duration visitAt, String reason) {
            return adult().event(assessment("A1", h(1), AssessmentDisposition.REFERRED)).event(hospitalVisit("V1", visitAt, reason)).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(referred(h(3), "A1"), h(4), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(referred(h(6), "A1"), h(7), R).lateBy()).contains(h(1));
        }

        @Test
        void missing_overdue_visitForAnotherReasonDoesNotCount() {
            assertThat(only(referred(h(3), "OTHER"), h(6), R).status()).isEqualTo(OVERDUE);
        }

        @Test
        void notApplicable_cleared() {
            assertThat(only(adult().event(assessment("A1", h(1))).build(), h(6), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionRecorded() {
            CustodyEpisode e = adult().event(assessment("A1", h(1), AssessmentDisposition.REFERRED)).event(exception("X1", h(2), R)).build();
            assertThat(only(e, h(6), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(referred(h(5), null), h(6), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-NOTIFY")
    class EmdNotify {
        static final String R = "EMD-NOTIFY";

        CustodyEpisode notified(Duration medical, Duration supervisor, String subject) {
            return adult().event(issue("MI1", h(1), IssueSource.OBSERVED))
                    .event(notification("N1", medical, NotificationRecipient.MEDICAL_PERSONNEL, subject))
                    .event(notification("N2", supervisor, NotificationRecipient.SUPERVISOR, subject)).build();
        }

        @Test
        void onTime_bothNotified_met() {
            Finding f = only(notified(m(70), m(80), "MI1"), h(3), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.evidenceEventIds()).containsExactlyInAnyOrder("N1", "N2");
        }

        @Test
        void late_theLaterOfTheTwoDecides() {
            assertThat(only(notified(m(70), h(2).plus(m(30)), "MI1"), h(3), R).lateBy()).contains(m(30));
        }

        @Test
        void missing_onlyOneNotified_overdue() {
            CustodyEpisode e = adult().event(issue("MI1", h(1), IssueSource.OBSERVED))
                    .event(notification("N1", m(70), NotificationRecipient.MEDICAL_PERSONNEL, "MI1")).build();
            assertThat(only(e, h(3), R).status()).isEqualTo(OVERDUE);
            assertThat(only(notified(m(70), m(80), "MI9"), h(3), R).status()).isEqualTo(OVERDUE);
        }

        @Test
        void notApplicable_noIssue_orBeforeTheImplementationPlans() {
            assertThat(only(adult().build(), h(3), R).status()).isEqualTo(NOT_APPLICABLE);
            CustodyEpisode january2020 = shift(adult().event(issue("MI1", h(1), IssueSource.OBSERVED)).build(),
                    Duration.between(T0, java.time.Instant.parse("2020-01-08T14:00:00Z")));
            // judged by the 2019-12-30 Directive, which has no EMD-NOTIFY
            Finding f = only(january2020, h(3), R);
            assertThat(f.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(f.standardVersion()).isEqualTo("2019-12-30");
        }

        @Test
        void exempt_exceptionRecorded() {
            CustodyEpisode e = adult().event(issue("MI1", h(1), IssueSource.OBSERVED)).event(exception("X1", h(1), R)).build();
            assertThat(only(e, h(3), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(notified(h(2), h(2), null), h(3), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-EMM-PLACE")
    class EmdEmmPlace {
        static final String R = "EMD-EMM-PLACE";

        CustodyEpisode followUp(Duration placedAt) {
            return adult().event(assessment("A1", h(1), AssessmentDisposition.FOLLOW_UP)).event(placement("P1", placedAt, "A1")).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(followUp(h(1)), h(3), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(followUp(h(3)), h(4), R).lateBy()).contains(h(1));
        }

        @Test
        void missing_overdue() {
            assertThat(only(adult().event(assessment("A1", h(1), AssessmentDisposition.FOLLOW_UP)).build(), h(3), R).status())
                    .isEqualTo(OVERDUE);
        }

        @Test
        void notApplicable_cleared() {
            assertThat(only(adult().event(assessment("A1", h(1))).build(), h(3), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionRecorded() {
            CustodyEpisode e = adult().event(assessment("A1", h(1), AssessmentDisposition.FOLLOW_UP)).event(exception("X1", h(1), R)).build();
            assertThat(only(e, h(3), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(followUp(h(2)), h(3), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-EMM-CHECK")
    class EmdEmmCheck {
        static final String R = "EMD-EMM-CHECK";

        @Test
        void onTime_everyQuarterHourMet() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", m(75), "P1", false))
                    .event(monitoringCheck("C2", m(90), "P1", false)).event(monitoringCheck("C3", m(105), "P1", false))
                    .event(monitoringCheck("C4", m(120), "P1", false)).build();
            // judged by gaps: each check 15 minutes after the previous, the next due at 2h15
            assertThat(statuses(e, h(2), R)).containsExactly(MET, MET, MET, MET, DUE);
            assertThat(findings(e, h(2), R).get(0).triggerEventIds()).containsExactly("P1");
            assertThat(findings(e, h(2), R).get(4).dueAt()).contains(at(m(135)));
        }

        @Test
        void late_theFirstCheckFiveMinutesLate() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", m(80), "P1", false)).build();
            assertThat(statuses(e, m(90), R)).containsExactly(MET_LATE, DUE);
            assertThat(findings(e, m(90), R).get(0).lateBy()).contains(m(5));
        }

        @Test
        void missing_overdue_andChecksOfAnotherPlacementDoNotCount() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", m(70), "P9", false)).build();
            assertThat(statuses(e, m(100), R)).containsExactly(OVERDUE);
            assertThat(findings(e, m(100), R).get(0).overdueBy()).contains(m(25));
        }

        @Test
        void notApplicable_noPlacement_andRemovalEndsTheWindow() {
            assertThat(only(adult().build(), h(2), R).status()).isEqualTo(NOT_APPLICABLE);
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", m(75), "P1", false))
                    .event(monitoringCheck("C2", m(90), "P1", false)).event(removal("R1", m(90), "P1")).build();
            assertThat(statuses(e, h(5), R)).containsExactly(MET, MET);
        }

        @Test
        void exempt_exceptionInTheInterval() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(exception("X1", m(65), R))
                    .event(monitoringCheck("C1", m(85), "P1", false)).build();
            assertThat(statuses(e, m(90), R)).containsExactly(EXEMPT, DUE);
        }

        @Test
        void atDeadline_checkAtTheIntervalEnd() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", m(75), "P1", false)).build();
            assertThat(statuses(e, m(75), R)).containsExactly(MET, DUE);
        }
    }

    @Nested
    @Covers("EMD-EMM-REEVAL")
    class EmdEmmReevaluation {
        static final String R = "EMD-EMM-REEVAL";

        @Test
        void onTime_met() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", h(20), "P1", true)).build();
            assertThat(statuses(e, h(24), R)).containsExactly(MET, DUE);
            assertThat(findings(e, h(24), R).get(1).dueAt()).contains(at(h(44)));
        }

        @Test
        void late_anHourAfterTheFirstDay() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", h(26), "P1", true)).build();
            assertThat(statuses(e, h(30), R)).containsExactly(MET_LATE, DUE);
            assertThat(findings(e, h(30), R).get(0).lateBy()).contains(h(1));
        }

        @Test
        void missing_ordinaryChecksAreNotReevaluations() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", h(20), "P1", false)).build();
            assertThat(statuses(e, h(24), R)).containsExactly(DUE);
            assertThat(statuses(e, h(26), R)).containsExactly(OVERDUE);
        }

        @Test
        void assessmentCounts_andNotApplicableWithoutPlacement() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(assessment("A1", h(10))).build();
            assertThat(statuses(e, h(24), R)).containsExactly(MET, DUE);
            assertThat(only(adult().build(), h(24), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionInTheInterval() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(exception("X1", h(5), R))
                    .event(monitoringCheck("C1", h(27), "P1", true)).build();
            assertThat(statuses(e, h(28), R)).containsExactly(EXEMPT, DUE);
        }

        @Test
        void atDeadline_reevaluationAtTheIntervalEnd() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", h(25), "P1", true)).build();
            assertThat(statuses(e, h(25), R)).containsExactly(MET, DUE);
        }
    }

    @Nested
    @Covers("EMD-MEDREV")
    class EmdMedicationReview {
        static final String R = "EMD-MEDREV";

        CustodyEpisode reviewed(Duration at, String medication) {
            return adult().event(medication("M1", h(1))).event(review("R1", at, medication, MedicationDecision.HOLD, null)).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(reviewed(h(5), "M1"), h(6), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(reviewed(h(15), "M1"), h(16), R).lateBy()).contains(h(2));
        }

        @Test
        void missing_overdue_reviewOfAnotherMedicationDoesNotCount() {
            assertThat(only(reviewed(h(5), "M9"), h(14), R).overdueBy()).contains(h(1));
        }

        @Test
        void notApplicable_noMedication() {
            assertThat(only(adult().build(), h(14), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionRecorded() {
            assertThat(only(adult().event(medication("M1", h(1))).event(exception("X1", h(2), R)).build(), h(14), R).status())
                    .isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(reviewed(h(13), "M1"), h(14), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-MEDADMIN")
    class EmdMedicationAdministration {
        static final String R = "EMD-MEDADMIN";

        Builder reviewed() {
            return adult().event(medication("M1", Duration.ZERO))
                    .event(review("R1", h(1), "M1", MedicationDecision.CONTINUE, h(8)));
        }

        @Test
        void onTime_givenWithinTheHour() {
            Finding f = only(reviewed().event(dose("D1", m(570), "R1", AdministrationStatus.GIVEN)).build(), h(10), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.dueAt()).contains(at(h(10)));
        }

        @Test
        void late_givenAfterTheTolerance() {
            Finding f = only(reviewed().event(dose("D1", h(11), "R1", AdministrationStatus.GIVEN)).build(), h(12), R);
            assertThat(f.status()).isEqualTo(MET_LATE);
            assertThat(f.lateBy()).contains(h(1));
        }

        @Test
        void missing_overdue_thenNotMetOnceTheNextDoseOpens() {
            assertThat(only(reviewed().build(), h(11), R).status()).isEqualTo(OVERDUE);
            assertThat(statuses(reviewed().build(), h(17), R)).containsExactly(NOT_MET, DUE);
        }

        @Test
        void notApplicable_heldMedication_andIndeterminateWithoutInterval() {
            CustodyEpisode held = adult().event(medication("M1", Duration.ZERO))
                    .event(review("R1", h(1), "M1", MedicationDecision.HOLD, null)).build();
            assertThat(only(held, h(12), R).status()).isEqualTo(NOT_APPLICABLE);
            CustodyEpisode noInterval = adult().event(medication("M1", Duration.ZERO))
                    .event(review("R1", h(1), "M1", MedicationDecision.CONTINUE, null)).build();
            Finding f = only(noInterval, h(12), R);
            assertThat(f.status()).isEqualTo(INDETERMINATE);
            assertThat(f.missingData()).containsExactly("/events[R1]/doseInterval");
        }

        @Test
        void beforeTheFirstDoseWindow_notApplicableYet() {
            Finding f = only(reviewed().build(), h(7), R);
            assertThat(f.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(f.explanation()).contains("no dose window has opened yet");
        }

        @Test
        void exempt_documentedRefusal() {
            assertThat(only(reviewed().event(dose("D1", h(9), "R1", AdministrationStatus.REFUSED)).build(), h(10), R).status())
                    .isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_bothEndsOfTheToleranceAreOnTime() {
            assertThat(only(reviewed().event(dose("D1", h(10), "R1", AdministrationStatus.GIVEN)).build(), h(10), R).status())
                    .isEqualTo(MET);
            assertThat(only(reviewed().event(dose("D1", h(8), "R1", AdministrationStatus.GIVEN)).build(), h(10), R).status())
                    .isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-PH-SCREEN")
    class EmdScreen {
        static final String R = "EMD-PH-SCREEN";

        @Test
        void onTime_met() {
            assertThat(only(adult().event(screening("S1", h(2), ScreeningResult.NEGATIVE)).build(), h(3), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(adult().event(screening("S1", h(13), ScreeningResult.NEGATIVE)).build(), h(14), R).lateBy()).contains(h(1));
        }

        @Test
        void missing_overdue_notMetAfterBookOut() {
            assertThat(only(adult().build(), h(13), R).status()).isEqualTo(OVERDUE);
            assertThat(only(adult().released(h(20)).build(), h(21), R).status()).isEqualTo(NOT_MET);
        }

        @Test
        void notApplicable_releasedBeforeTheDeadline() {
            assertThat(only(adult().released(h(5)).build(), h(6), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionRecorded() {
            assertThat(only(adult().event(exception("X1", h(1), R)).build(), h(13), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(adult().event(screening("S1", h(12), ScreeningResult.NEGATIVE)).build(), h(13), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("EMD-PH-ISOLATE")
    class EmdIsolate {
        static final String R = "EMD-PH-ISOLATE";

        CustodyEpisode positive(Duration isolatedAt, String reason) {
            return adult().event(screening("S1", h(1), ScreeningResult.POSITIVE)).event(isolation("I1", isolatedAt, reason)).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(positive(h(2), "S1"), h(4), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(positive(h(4), "S1"), h(5), R).lateBy()).contains(h(1));
        }

        @Test
        void missing_overdue() {
            assertThat(only(adult().event(screening("S1", h(1), ScreeningResult.POSITIVE)).build(), h(4), R).status())
                    .isEqualTo(OVERDUE);
        }

        @Test
        void notApplicable_negativeScreen() {
            assertThat(only(adult().event(screening("S1", h(1), ScreeningResult.NEGATIVE)).build(), h(4), R).status())
                    .isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionRecorded() {
            CustodyEpisode e = adult().event(screening("S1", h(1), ScreeningResult.POSITIVE)).event(exception("X1", h(2), R)).build();
            assertThat(only(e, h(4), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(positive(h(3), "S1"), h(4), R).status()).isEqualTo(MET);
        }
    }
}
