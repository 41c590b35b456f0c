package gov.cbp.medical.rules.scenario;

import static gov.cbp.medical.rules.Episodes.*;
import static gov.cbp.medical.rules.evaluation.FindingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.maternal.BirthPlace;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scenarios for the 2021 policy on pregnant, postpartum and nursing people and infants (CBP-PPN), its 2025
 * rescission, and the OIG-21-49 newborn release item; domain brief sections 2 and 4. PPN episodes are moved to
 * 2023 so that the 2021 version is in force.
 */
class PregnancyScenarioTest {

    static List<FindingStatus> statuses(CustodyEpisode episode, Duration asOf, String requirementId) {
        return findings(episode, asOf, requirementId).stream().map(Finding::status).collect(Collectors.toList());
    }

    @Nested
    @Covers("PPN-ASSESS")
    class PpnAssess {
        static final String R = "PPN-ASSESS";

        @Test
        void onTime_met() {
            Finding f = only(in2023(adult().pregnant().event(assessment("A1", h(5))).build()), h(6), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.standardVersion()).isEqualTo("2021-11-29");
        }

        @Test
        void late_metLate() {
            assertThat(only(in2023(adult().pregnant().event(assessment("A1", h(14))).build()), h(15), R).lateBy()).contains(h(2));
        }

        @Test
        void missing_overdue_fromThePregnancyBecomingKnown() {
            Finding f = only(in2023(adult().event(pregnancyIdentified("P1", h(4))).build()), h(17), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.overdueBy()).contains(h(1));
            assertThat(f.triggerEventIds()).containsExactly("P1");
        }

        @Test
        void notApplicable_notPregnant_noSupportOnSite_orAfterTheRescission() {
            assertThat(only(in2023(adult().build()), h(13), R).status()).isEqualTo(NOT_APPLICABLE);
            assertThat(only(in2023(adult().pregnant().support(MedicalSupportLevel.ON_CALL).build()), h(13), R).status())
                    .isEqualTo(NOT_APPLICABLE);
            Finding after = only(adult().pregnant().build(), h(13), R);
            assertThat(after.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(after.standardVersion()).isEqualTo("2025-05-05");
        }

        @Test
        void exempt_documentedRefusalShowsTheOffer() {
            assertThat(only(in2023(adult().pregnant().event(refusedAssessment("A1", h(1))).build()), h(13), R).status())
                    .isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(in2023(adult().pregnant().event(assessment("A1", h(12))).build()), h(13), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("PPN-WELFARE")
    class PpnWelfare {
        static final String R = "PPN-WELFARE";

        @Test
        void onTime_everyQuarterHour() {
            CustodyEpisode e = in2023(adult().pregnant().events(welfareEvery(m(15), m(10), h(1))).build());
            assertThat(statuses(e, h(1), R)).containsExactly(MET, MET, MET, MET, DUE);
        }

        @Test
        void late_aCheckAfter50MinutesIs35MinutesLate() {
            CustodyEpisode e = in2023(adult().nursing().events(welfareEvery(m(60), m(50), m(50))).build());
            assertThat(statuses(e, h(1), R)).containsExactly(MET_LATE, DUE);
            assertThat(findings(e, h(1), R).get(0).lateBy()).contains(m(35));
        }

        @Test
        void missing_notMetThenDue_fromThePregnancyBecomingKnown() {
            CustodyEpisode e = in2023(adult().event(pregnancyIdentified("P1", h(2))).build());
            List<Finding> list = findings(e, h(2).plus(m(20)), R);
            assertThat(list).extracting(Finding::status).containsExactly(OVERDUE);
            assertThat(list.get(0).triggerAt()).contains(in2023(adult().build()).bookIn().at().plus(h(2)));
            assertThat(list.get(0).overdueBy()).contains(m(5));
        }

        @Test
        void notApplicable_notAtRisk_andAfterTheRescission() {
            assertThat(only(in2023(adult().build()), h(1), R).status()).isEqualTo(NOT_APPLICABLE);
            assertThat(only(adult().pregnant().build(), h(1), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void episodeSpanningTheRescission_isJudgedAsThePolicyStood() {
            Instant bookIn = Instant.parse("2025-05-04T12:00:00Z"); // 05:00 in Phoenix; 2025-05-05 starts at 07:00Z
            CustodyEpisode e = shift(adult().pregnant().build(), Duration.between(T0, bookIn));
            List<Finding> list = findings(e, h(30), R);
            // no check for the 19 hours until local midnight: one lapse, not 76 intervals
            assertThat(list).extracting(Finding::status).containsExactly(NOT_MET);
            assertThat(list).allMatch(f -> f.standardVersion().equals("2021-11-29"));
            assertThat(list.get(0).intervalEnd()).contains(Instant.parse("2025-05-05T07:00:00Z"));
            assertThat(list.get(0).longestGap()).contains(h(19));
            assertThat(list.get(0).overdueBy()).contains(h(19).minus(m(15)));
        }

        @Test
        void exempt_exceptionInTheInterval() {
            CustodyEpisode e = in2023(adult().pregnant().event(exception("X1", m(5), R)).event(welfare("W1", m(18))).build());
            assertThat(statuses(e, m(20), R)).containsExactly(EXEMPT, DUE);
        }

        @Test
        void atDeadline_checkAtTheIntervalEnd() {
            CustodyEpisode e = in2023(adult().pregnant().event(welfare("W1", m(15))).build());
            assertThat(statuses(e, m(15), R)).containsExactly(MET, DUE);
        }
    }

    @Nested
    @Covers("PPN-BIRTH-INCIDENT")
    class PpnBirthIncident {
        static final String R = "PPN-BIRTH-INCIDENT";

        CustodyEpisode born(Duration reportedAt, String subject) {
            return adult().pregnant().event(birth("B1", h(5), BirthPlace.FACILITY, false)).event(incident("S1", reportedAt, subject)).build();
        }

        @Test
        void onTime_met_alsoAfterTheRescission() {
            assertThat(only(born(h(10), "B1"), h(11), R).status()).isEqualTo(MET);
            assertThat(only(in2023(born(h(10), "B1")), h(11), R).standardVersion()).isEqualTo("2021-11-29");
        }

        @Test
        void late_metLate() {
            assertThat(only(born(h(31), "B1"), h(32), R).lateBy()).contains(h(2));
        }

        @Test
        void aBirthRecordedAfterBookOut_isJudgedByTheVersionInForceAtTheBirth() {
            // in custody on 2025-05-04 only (the 2021 policy); the record adds a birth on 2025-05-06, after the
            // 2025 version took effect: one version for the custody, another for the birth
            Duration toMay4 = Duration.between(T0, Instant.parse("2025-05-04T14:00:00Z"));
            CustodyEpisode episode = shift(adult().pregnant().released(h(4))
                    .event(birth("B1", h(48), BirthPlace.FACILITY, false)).build(), toMay4);
            List<Finding> list = findings(episode, h(60), R);
            assertThat(list).anySatisfy(f -> {
                assertThat(f.triggerEventIds()).containsExactly("B1");
                assertThat(f.standardVersion()).isEqualTo("2025-05-05");
            });
        }

        @Test
        void missing_overdue_reportOfAnotherEventDoesNotCount() {
            assertThat(only(born(h(10), "B9"), h(30), R).overdueBy()).contains(h(1));
        }

        @Test
        void notApplicable_noBirth() {
            assertThat(only(adult().build(), h(30), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionRecorded() {
            CustodyEpisode e = adult().event(birth("B1", h(5), BirthPlace.FACILITY, false)).event(exception("X1", h(6), R)).build();
            assertThat(only(e, h(30), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(born(h(29), "B1"), h(30), R).status()).isEqualTo(MET);
        }
    }

    @Nested
    @Covers("OIG49-NEWBORN-RELEASE")
    class NewbornRelease {
        static final String R = "OIG49-NEWBORN-RELEASE";

        CustodyEpisode released(Duration at) {
            return adult().event(birth("B1", h(5), BirthPlace.FACILITY, true)).event(newbornRelease("NR1", at, "B1")).build();
        }

        @Test
        void onTime_met() {
            assertThat(only(released(h(20)), h(21), R).status()).isEqualTo(MET);
        }

        @Test
        void late_metLate() {
            assertThat(only(released(h(31)), h(32), R).lateBy()).contains(h(2));
        }

        @Test
        void missing_overdue_clockFromHospitalDischarge() {
            CustodyEpisode e = adult().event(hospitalVisit("V1", h(2), null)).event(birth("B1", h(5), BirthPlace.HOSPITAL, true))
                    .event(discharge("D1", h(30), "V1")).build();
            assertThat(only(e, h(20), R).status()).isEqualTo(NOT_APPLICABLE);
            Finding f = only(e, h(56), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.overdueBy()).contains(h(2));
        }

        @Test
        void notApplicable_notAUsCitizen() {
            CustodyEpisode e = adult().event(birth("B1", h(5), BirthPlace.FACILITY, false)).build();
            assertThat(only(e, h(40), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void newbornsOwnRecord_bookOutReleases() {
            CustodyEpisode e = juvenile(0).usCitizenNewborn().released(h(30)).build();
            assertThat(only(e, h(31), R).lateBy()).contains(h(6));
        }

        @Test
        void exempt_exceptionRecorded() {
            CustodyEpisode e = adult().event(birth("B1", h(5), BirthPlace.FACILITY, true)).event(exception("X1", h(6), R)).build();
            assertThat(only(e, h(40), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(released(h(29)), h(30), R).status()).isEqualTo(MET);
        }
    }
}
