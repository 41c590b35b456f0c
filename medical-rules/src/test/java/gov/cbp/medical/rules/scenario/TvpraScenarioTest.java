package gov.cbp.medical.rules.scenario;

import static gov.cbp.medical.rules.Episodes.*;
import static gov.cbp.medical.rules.evaluation.FindingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scenarios for the TVPRA requirements (8 U.S.C. 1232(b)), domain brief section 4. */
class TvpraScenarioTest {

    @Nested
    @Covers("TVPRA-NOTIFY")
    class TvpraNotify {
        static final String R = "TVPRA-NOTIFY";

        CustodyEpisode notifiedAt(java.time.Duration offset) {
            return unaccompanied().event(notification("N1", offset, NotificationRecipient.HHS_ORR, null)).build();
        }

        @Test
        void onTime_met() {
            Finding f = only(notifiedAt(h(5)), h(6), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.evidenceEventIds()).containsExactly("N1");
            assertThat(f.standardVersion()).isEqualTo("2008-12-23");
            assertThat(f.interpretation()).isFalse();
        }

        @Test
        void late_metLate() {
            Finding f = only(notifiedAt(h(50)), h(51), R);
            assertThat(f.status()).isEqualTo(MET_LATE);
            assertThat(f.lateBy()).contains(h(2));
        }

        @Test
        void missing_overdueWhileOpen_notMetAfterBookOut() {
            assertThat(only(unaccompanied().build(), h(50), R).overdueBy()).contains(h(2));
            assertThat(only(unaccompanied().build(), h(50), R).status()).isEqualTo(OVERDUE);
            assertThat(only(unaccompanied().released(h(60)).build(), h(61), R).status()).isEqualTo(NOT_MET);
        }

        @Test
        void notApplicable_adultWithoutClaim() {
            Finding f = only(adult().build(), h(50), R);
            assertThat(f.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(f.explanation()).contains("population class single-adult");
        }

        @Test
        void claimOfAnAdult_startsTheClockAtTheClaim() {
            Finding f = only(adult().event(minorClaim("C1", h(10))).build(), h(11), R);
            assertThat(f.status()).isEqualTo(DUE);
            assertThat(f.dueAt()).contains(at(h(58)));
            assertThat(f.triggerEventIds()).containsExactly("C1");
        }

        @Test
        void notificationOtherThanHhs_doesNotCount() {
            CustodyEpisode e = unaccompanied().event(notification("N1", h(1), NotificationRecipient.SUPERVISOR, null)).build();
            assertThat(only(e, h(49), R).status()).isEqualTo(OVERDUE);
        }

        @Test
        void exempt_exceptionRecorded() {
            Finding f = only(unaccompanied().event(exception("X1", h(3), R)).build(), h(50), R);
            assertThat(f.status()).isEqualTo(EXEMPT);
            assertThat(f.evidenceEventIds()).containsExactly("X1");
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(notifiedAt(h(48)), h(49), R).status()).isEqualTo(MET);
            assertThat(only(unaccompanied().build(), h(48), R).status()).isEqualTo(DUE);
        }
    }

    @Nested
    @Covers("TVPRA-TRANSFER")
    class TvpraTransfer {
        static final String R = "TVPRA-TRANSFER";

        CustodyEpisode transferredAt(java.time.Duration offset, Disposition disposition) {
            return unaccompanied().event(determination("D1", h(1))).bookOut(offset, disposition).build();
        }

        @Test
        void onTime_met() {
            Finding f = only(transferredAt(h(40), Disposition.TRANSFER_HHS_ORR), h(41), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.triggerEventIds()).containsExactly("D1");
        }

        @Test
        void late_metLate() {
            Finding f = only(transferredAt(h(80), Disposition.TRANSFER_HHS_ORR), h(81), R);
            assertThat(f.status()).isEqualTo(MET_LATE);
            assertThat(f.lateBy()).contains(h(7));
        }

        @Test
        void missing_overdueWhileOpen() {
            Finding f = only(unaccompanied().event(determination("D1", h(1))).build(), h(80), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.overdueBy()).contains(h(7));
        }

        @Test
        void releasedInsteadOfTransferred_notMetEvenBeforeTheDeadline() {
            assertThat(only(transferredAt(h(30), Disposition.RELEASE), h(31), R).status()).isEqualTo(NOT_MET);
        }

        @Test
        void notApplicable_withoutDetermination() {
            assertThat(only(unaccompanied().build(), h(80), R).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void exempt_exceptionalCircumstancesRecorded() {
            CustodyEpisode e = unaccompanied().event(determination("D1", h(1))).event(exception("X1", h(60), R)).build();
            assertThat(only(e, h(80), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void atDeadline_isOnTime() {
            assertThat(only(transferredAt(h(73), Disposition.TRANSFER_HHS_ORR), h(74), R).status()).isEqualTo(MET);
        }
    }
}
