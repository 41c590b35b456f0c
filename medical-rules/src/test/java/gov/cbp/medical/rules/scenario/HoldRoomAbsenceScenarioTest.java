package gov.cbp.medical.rules.scenario;

import static gov.cbp.medical.rules.Episodes.*;
import static gov.cbp.medical.rules.evaluation.FindingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.HoldRoomAbsence;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Finding;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A time out of the hold room ({@code hold-room-absence}) pauses the hold-room welfare-check clock as a hospital
 * visit does: hand-computed gaps at exact instants. Book-in is at {@link gov.cbp.medical.rules.Episodes#T0};
 * TEDS-WELFARE's interval is 60 minutes, EMD-EMM-CHECK's 15 minutes.
 */
class HoldRoomAbsenceScenarioTest {
    static HoldRoomAbsence absence(String id, Duration left, Duration returned, HoldRoomAbsence.Reason reason) {
        return HoldRoomAbsence.builder().id(id).at(at(left)).returnedAt(at(returned)).reason(reason).build();
    }

    @Nested
    @Covers("TEDS-WELFARE")
    class WelfareChecks {
        static final String R = "TEDS-WELFARE";

        @Test
        void withoutTheAbsence_theCheckAfterW1IsOverdue() {
            CustodyEpisode e = adult().event(welfare("W1", m(20))).build();
            List<Finding> list = findings(e, m(330), R);
            // book-in -> W1 20m: met; the next check was due at 80m, overdue by 250m at 5h30
            assertThat(list).extracting(Finding::status).containsExactly(MET, OVERDUE);
            assertThat(list.get(1).dueAt()).contains(at(m(80)));
            assertThat(list.get(1).overdueBy()).contains(m(250));
        }

        @Test
        void anInterview_pausesTheClock_whichRestartsWhenThePersonReturns() {
            CustodyEpisode e = adult().event(welfare("W1", m(20)))
                    .event(absence("A1", m(50), h(4), HoldRoomAbsence.Reason.INTERVIEW)).build();
            List<Finding> list = findings(e, m(330), R);
            // W1 -> leaving at 50m is 30m: owes nothing; back at 4h, the first check is due at 5h, overdue by 30m at 5h30
            assertThat(list).extracting(Finding::status).containsExactly(MET, OVERDUE);
            assertThat(list.get(1).triggerAt()).contains(at(h(4)));
            assertThat(list.get(1).dueAt()).contains(at(h(5)));
            assertThat(list.get(1).overdueBy()).contains(m(30));
        }

        @Test
        void atTheExactDueInstantAfterTheReturn_stillDue() {
            CustodyEpisode e = adult().event(welfare("W1", m(20)))
                    .event(absence("A1", m(50), h(4), HoldRoomAbsence.Reason.COURT_OR_CONSULAR)).build();
            List<Finding> list = findings(e, h(5), R);
            assertThat(list).extracting(Finding::status).containsExactly(MET, DUE);
            assertThat(list.get(1).dueAt()).contains(at(h(5)));
        }

        @Test
        void aLongGapBeforeLeaving_isALapseEndedByTheDeparture_andTheCheckAfterTheReturnIsMet() {
            CustodyEpisode e = adult().event(welfare("W1", m(10)))
                    .event(absence("A1", h(3), m(210), HoldRoomAbsence.Reason.SHOWER_OR_RECREATION))
                    .event(welfare("W2", h(4))).build();
            List<Finding> list = findings(e, h(4), R);
            // book-in -> W1 10m met; W1 -> leaving at 3h is 170m: not met by 110m; return at 3h30 -> W2 at 4h 30m met;
            // the next check is due at 5h
            assertThat(list).extracting(Finding::status).containsExactly(MET, NOT_MET, MET, DUE);
            assertThat(list.get(1).intervalEnd()).contains(at(h(3)));
            assertThat(list.get(1).overdueBy()).contains(m(110));
            assertThat(list.get(2).triggerAt()).contains(at(m(210)));
            assertThat(list.get(2).longestGap()).contains(m(30));
            assertThat(list.get(3).dueAt()).contains(at(h(5)));
        }

        @Test
        void aReturnBeforeTheDeparture_pausesNothing() {
            CustodyEpisode e = adult().event(welfare("W1", m(20)))
                    .event(absence("A1", m(50), m(40), HoldRoomAbsence.Reason.OTHER)).build();
            List<Finding> list = findings(e, m(330), R);
            assertThat(list).extracting(Finding::status).containsExactly(MET, OVERDUE);
            assertThat(list.get(1).overdueBy()).contains(m(250));
        }

        @Test
        void anAbsenceDuringAHospitalVisit_changesNothing() {
            CustodyEpisode e = adult().event(welfare("W1", m(20))).event(hospitalVisit("V1", m(50), null))
                    .event(absence("A1", h(1), h(2), HoldRoomAbsence.Reason.MEDICAL_VISIT))
                    .event(discharge("D1", h(5), "V1")).build();
            List<Finding> list = findings(e, m(390), R);
            // as MaxGapScenarioTest's hospital watch: the clock restarts at the discharge (5h), overdue by 30m at 6h30
            assertThat(list).extracting(Finding::status).containsExactly(MET, OVERDUE);
            assertThat(list.get(1).triggerAt()).contains(at(h(5)));
            assertThat(list.get(1).overdueBy()).contains(m(30));
        }
    }

    @Nested
    @Covers("EMD-EMM-CHECK")
    class EnhancedMonitoring {
        @Test
        void monitoringChecks_areNotPausedByATimeOutOfTheHoldRoom() {
            CustodyEpisode e = adult().event(placement("P1", h(1), null)).event(monitoringCheck("C1", m(70), "P1", false))
                    .event(absence("A1", m(75), h(2), HoldRoomAbsence.Reason.INTERVIEW)).build();
            List<Finding> list = findings(e, h(2), "EMD-EMM-CHECK");
            // P1 -> C1 10m met; the next check was due at 85m whatever the absence, overdue by 35m at 2h
            assertThat(list).extracting(Finding::status).containsExactly(MET, OVERDUE);
            assertThat(list.get(1).dueAt()).contains(at(m(85)));
            assertThat(list.get(1).overdueBy()).contains(m(35));
        }
    }
}
