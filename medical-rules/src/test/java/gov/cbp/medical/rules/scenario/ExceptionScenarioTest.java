package gov.cbp.medical.rules.scenario;

import static gov.cbp.medical.rules.Episodes.*;
import static gov.cbp.medical.rules.evaluation.FindingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.common.InterpretationMode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.medication.AdministrationStatus;
import gov.cbp.medical.model.medication.MedicationDecision;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.measure.report.StratumResult;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Exceptions excuse what they say they excuse (issue 11 §2): an exception recorded for an occurrence by its
 * deadline excuses a late act as well as a missing one; one recorded after the deadline is shown in the finding but
 * does not excuse; an exception may name the occurrence (its trigger event) it excuses. Times are offsets from
 * book-in; every expectation is worked out by hand in the comments.
 */
class ExceptionScenarioTest {

    static ExceptionRecorded exceptionFor(String id, Duration offset, String requirementId, String triggerEventId) {
        return exception(id, offset, requirementId).toBuilder().triggerEventId(triggerEventId).build();
    }

    @Nested
    @Covers("TVPRA-TRANSFER")
    class DelayedTransfer {
        static final String R = "TVPRA-TRANSFER";

        /** Determination D1 at 1h: the deadline is 1h + 72h = 73h. */
        gov.cbp.medical.rules.Episodes.Builder determined() {
            return unaccompanied().event(determination("D1", h(1)));
        }

        @Test
        void lateTransferUnderAnExceptionRecordedBeforeTheDeadline_exempt() {
            // exception at 60h <= 73h; transfer at 80h, 7h after the deadline: excused, not late
            CustodyEpisode e = determined().event(exception("X1", h(60), R)).bookOut(h(80), Disposition.TRANSFER_HHS_ORR).build();
            Finding f = only(e, h(81), R);
            assertThat(f.status()).isEqualTo(EXEMPT);
            assertThat(f.lateBy()).isEmpty();
            assertThat(f.satisfiedAt()).contains(at(h(80)));
            assertThat(f.evidenceEventIds()).contains("X1");
            assertThat(f.exceptionEventIds()).containsExactly("X1");
            assertThat(f.explanation()).isEqualTo("TVPRA-TRANSFER exempt: exception X1 recorded 13h before the deadline"
                    + " (72h of unaccompanied-determination D1); book-out came 7h after it");
        }

        @Test
        void lateAndMissingUnderTheSameException_bothExempt() {
            // the asymmetry of issue 11: a child transferred late and a child never transferred, same exception
            CustodyEpisode late = determined().event(exception("X1", h(60), R)).bookOut(h(80), Disposition.TRANSFER_HHS_ORR).build();
            CustodyEpisode never = determined().event(exception("X1", h(60), R)).build();
            assertThat(only(late, h(100), R).status()).isEqualTo(EXEMPT);
            assertThat(only(never, h(100), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void exceptionRecordedExactlyAtTheDeadline_excuses() {
            // 73h is the deadline instant itself, which is on time
            CustodyEpisode e = determined().event(exception("X1", h(73), R)).bookOut(h(80), Disposition.TRANSFER_HHS_ORR).build();
            Finding f = only(e, h(81), R);
            assertThat(f.status()).isEqualTo(EXEMPT);
            assertThat(f.explanation()).contains("exception X1 recorded at the deadline (72h of");
        }

        @Test
        void exceptionRecordedOneSecondAfterTheDeadline_shownButNotExcusing() {
            Duration justAfter = h(73).plusSeconds(1);
            CustodyEpisode e = determined().event(exception("X1", justAfter, R)).bookOut(h(80), Disposition.TRANSFER_HHS_ORR).build();
            Finding f = only(e, h(81), R);
            assertThat(f.status()).isEqualTo(MET_LATE);
            assertThat(f.lateBy()).contains(h(7));
            assertThat(f.exceptionEventIds()).containsExactly("X1");
            assertThat(f.evidenceEventIds()).doesNotContain("X1");
            assertThat(f.explanation()).endsWith("; exception X1 recorded 1s after the deadline does not excuse it");
        }

        @Test
        void exceptionAfterTheDeadlineWithoutTransfer_overdueStill() {
            // exception at 75h, 2h after the 73h deadline; as of 80h the child is 7h overdue
            CustodyEpisode e = determined().event(exception("X1", h(75), R)).build();
            Finding f = only(e, h(80), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.overdueBy()).contains(h(7));
            assertThat(f.exceptionEventIds()).containsExactly("X1");
            assertThat(f.explanation()).isEqualTo("TVPRA-TRANSFER overdue by 7h: no book-out (disposition transfer-hhs-orr)"
                    + " within 72h of unaccompanied-determination D1; exception X1 recorded 2h after the deadline does not excuse it");
        }

        @Test
        void exceptionBeforeTheDeadline_exemptWhileStillOpenAndBeforeTheDeadline() {
            assertThat(only(determined().event(exception("X1", h(10), R)).build(), h(20), R).status()).isEqualTo(EXEMPT);
        }

        @Test
        void exceptionNamingAnotherOccurrence_doesNotExcuse() {
            CustodyEpisode e = determined().event(exceptionFor("X1", h(10), R, "D9")).build();
            Finding f = only(e, h(80), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.exceptionEventIds()).isEmpty();
        }

        @Test
        void exceptionForAnotherRequirement_doesNotExcuse() {
            CustodyEpisode e = determined().event(exception("X1", h(10), "TEDS-DURATION")).build();
            assertThat(only(e, h(80), R).status()).isEqualTo(OVERDUE);
        }

        @Test
        void transferOnTime_metEvenWithAnException() {
            CustodyEpisode e = determined().event(exception("X1", h(10), R)).bookOut(h(40), Disposition.TRANSFER_HHS_ORR).build();
            Finding f = only(e, h(41), R);
            assertThat(f.status()).isEqualTo(MET);
            assertThat(f.exceptionEventIds()).containsExactly("X1");
        }
    }

    @Nested
    @Covers("TEDS-LANGUAGE")
    class NamedOccurrence {
        static final String R = "TEDS-LANGUAGE";

        /** Two interviews, neither with a qualified interpreter (I1 at 1h, I2 at 5h); a limited-English speaker. */
        gov.cbp.medical.rules.Episodes.Builder twoInterviews() {
            return juvenile(15).language("es", true)
                    .event(interpretedInterview("I1", h(1), InterpretationMode.CBP_EMPLOYEE))
                    .event(interpretedInterview("I2", h(5), InterpretationMode.CBP_EMPLOYEE));
        }

        @Test
        void exceptionNamingTheSecondInterview_excusesOnlyIt() {
            // X1 at 5h names I2: I2's deadline is 5h (judged at the interview), so X1 is in time for it
            CustodyEpisode e = twoInterviews().event(exceptionFor("X1", h(5), R, "I2")).build();
            List<Finding> f = findings(e, h(6), R);
            assertThat(f).extracting(Finding::status).containsExactly(NOT_MET, EXEMPT);
            assertThat(f.get(0).exceptionEventIds()).isEmpty();
            assertThat(f.get(1).exceptionEventIds()).containsExactly("X1");
        }

        @Test
        void exceptionNamingTheFirstInterviewButRecordedLater_shownNotExcusing() {
            // X1 at 3h names I1, whose deadline was 1h: too late; I2 is untouched
            CustodyEpisode e = twoInterviews().event(exceptionFor("X1", h(3), R, "I1")).build();
            List<Finding> f = findings(e, h(6), R);
            assertThat(f).extracting(Finding::status).containsExactly(NOT_MET, NOT_MET);
            assertThat(f.get(0).exceptionEventIds()).containsExactly("X1");
            assertThat(f.get(0).explanation()).endsWith("exception X1 recorded 2h after the deadline does not excuse it");
            assertThat(f.get(1).exceptionEventIds()).isEmpty();
        }
    }

    @Nested
    @Covers("EMD-MEDADMIN")
    class ScheduledDose {
        static final String R = "EMD-MEDADMIN";

        /** Review R1 at 1h every 8h: dose 1 due 9h, window opens 8h, deadline (+1h) 10h, next window at 16h. */
        gov.cbp.medical.rules.Episodes.Builder reviewed() {
            return adult().event(medication("M1", Duration.ZERO))
                    .event(review("R1", h(1), "M1", MedicationDecision.CONTINUE, h(8)));
        }

        @Test
        void lateDoseUnderAnExceptionRecordedByTheDoseDeadline_exempt() {
            CustodyEpisode e = reviewed().event(exceptionFor("X1", h(9), R, "R1"))
                    .event(dose("A1", h(12), "R1", AdministrationStatus.GIVEN)).build();
            Finding f = only(e, h(13), R);
            assertThat(f.status()).isEqualTo(EXEMPT);
            assertThat(f.lateBy()).isEmpty();
            assertThat(f.evidenceEventIds()).containsExactly("A1", "X1");
        }

        @Test
        void lateDoseWithAnExceptionAfterTheDoseDeadline_metLate() {
            CustodyEpisode e = reviewed().event(exceptionFor("X1", h(11), R, "R1"))
                    .event(dose("A1", h(12), "R1", AdministrationStatus.GIVEN)).build();
            Finding f = only(e, h(13), R);
            assertThat(f.status()).isEqualTo(MET_LATE);
            assertThat(f.lateBy()).contains(h(2));
            assertThat(f.exceptionEventIds()).containsExactly("X1");
            assertThat(f.explanation()).endsWith("exception X1 recorded 1h after the deadline does not excuse it");
        }

        @Test
        void missedDoseWithAnExceptionAfterTheDoseDeadline_overdue() {
            Finding f = only(reviewed().event(exceptionFor("X1", h(11), R, "R1")).build(), h(12), R);
            assertThat(f.status()).isEqualTo(OVERDUE);
            assertThat(f.overdueBy()).contains(h(2));
        }
    }

    /**
     * MQM-UAC-TRANSFER-72H says exceptions are excluded: status and measure agree. Four unaccompanied children booked in on
     * 2026-03-01, determination at 1h (deadline 73h): C1 transferred at 40h (met); C2 at 80h under an exception at 60h
     * (exempt, excluded); C3 never transferred under an exception at 60h (exempt, excluded); C4 at 80h without one
     * (met late). Initial population 4, denominator 4, exclusions 2, numerator 1: rate 1 / (4 - 2) = 0.5. On today's
     * main C2 counts as late: exclusions 1 and rate 1 / 3.
     */
    @Test
    @Covers("TVPRA-TRANSFER")
    void uacTransferMeasure_excludesLateTransfersExcusedInTime() {
        String r = "TVPRA-TRANSFER";
        List<CustodyEpisode> episodes = List.of(
                unaccompanied().id("C1").event(determination("D1", h(1))).bookOut(h(40), Disposition.TRANSFER_HHS_ORR).build(),
                unaccompanied().id("C2").event(determination("D1", h(1))).event(exception("X1", h(60), r))
                        .bookOut(h(80), Disposition.TRANSFER_HHS_ORR).build(),
                unaccompanied().id("C3").event(determination("D1", h(1))).event(exception("X1", h(60), r)).build(),
                unaccompanied().id("C4").event(determination("D1", h(1))).bookOut(h(80), Disposition.TRANSFER_HHS_ORR).build());
        Instant asOf = at(h(200));
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(episode -> BASELINE.evaluate(episode, asOf))
                .period(MeasurementPeriod.ofMonth(YearMonth.of(2026, 3))).build();
        MeasureReport report = engine.run(episodes).report(ReportSettings.of(asOf, 0));
        StratumResult total = report.measure("MQM-UAC-TRANSFER-72H").orElseThrow().total();
        assertThat(total.initialPopulation()).contains(4L);
        assertThat(total.denominator()).contains(4L);
        assertThat(total.denominatorExclusion()).contains(2L);
        assertThat(total.numerator()).contains(1L);
        assertThat(total.rate()).contains(0.5);
    }
}
