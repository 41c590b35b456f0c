package gov.cbp.medical.rules.scenario;

import static gov.cbp.medical.rules.Episodes.*;
import static gov.cbp.medical.rules.evaluation.FindingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.worklist.Worklist;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Records are judged only as far as they go: an occurrence whose deadline falls after the instant the records are
 * complete through is due, not missed. Book-in is at {@link gov.cbp.medical.rules.Episodes#T0}; the juvenile health
 * interview is owed within 12 hours, a welfare check every 60 minutes.
 */
@Covers({"EMD-INTERVIEW-JUV", "TEDS-WELFARE"})
class RecordsThroughTest {
    static List<Finding> findings(CustodyEpisode episode, Duration asOf, Duration recordsThrough, String requirementId) {
        return evaluation(episode, asOf, recordsThrough).findings().stream()
                .filter(f -> f.requirementId().equals(requirementId)).collect(Collectors.toList());
    }

    static EpisodeEvaluation evaluation(CustodyEpisode episode, Duration asOf, Duration recordsThrough) {
        return BASELINE.evaluate(episode, at(asOf), at(recordsThrough));
    }

    @Test
    void deadlineAfterTheRecordsEnd_isDue_notOverdue() {
        CustodyEpisode e = juvenile(15).build();
        Finding f = findings(e, h(20), h(10), "EMD-INTERVIEW-JUV").get(0);
        assertThat(f.status()).isEqualTo(DUE);
        assertThat(f.overdueBy()).isEmpty();
        assertThat(f.dueAt()).contains(at(h(12)));
        assertThat(f.explanation()).contains("records end 2h before the deadline").contains(at(h(10)).toString());
        // the same extract judged without the instant: overdue by 8h
        assertThat(findings(e, h(20), h(20), "EMD-INTERVIEW-JUV").get(0).status()).isEqualTo(OVERDUE);
    }

    @Test
    void recordsThroughTheDeadlineInstant_stillDue_oneNanosecondPast_overdueByWhatTheRecordsShow() {
        CustodyEpisode e = juvenile(15).build();
        assertThat(findings(e, h(20), h(12), "EMD-INTERVIEW-JUV").get(0).status()).isEqualTo(DUE);
        Finding past = BASELINE.evaluate(e, at(h(20)), at(h(12)).plusNanos(1)).findings().stream()
                .filter(f -> f.requirementId().equals("EMD-INTERVIEW-JUV")).findFirst().orElseThrow();
        assertThat(past.status()).isEqualTo(OVERDUE);
        assertThat(past.overdueBy()).contains(Duration.ofNanos(1));
        Finding later = findings(e, h(20), h(15), "EMD-INTERVIEW-JUV").get(0);
        assertThat(later.overdueBy()).contains(h(3));
    }

    @Test
    void aDoneOccurrence_isJudgedAsAlways_evenIfRecordedAfterTheRecordsEnd() {
        CustodyEpisode late = juvenile(15).event(interview("I1", h(14))).build();
        Finding f = findings(late, h(20), h(10), "EMD-INTERVIEW-JUV").get(0);
        assertThat(f.status()).isEqualTo(MET_LATE);
        assertThat(f.lateBy()).contains(h(2));
        CustodyEpisode onTime = juvenile(15).event(interview("I1", h(3))).build();
        assertThat(findings(onTime, h(20), h(10), "EMD-INTERVIEW-JUV").get(0).status()).isEqualTo(MET);
    }

    @Test
    void custodyEndedAfterTheRecordsEnd_isDue_custodyEndedWithinThem_isNotMet() {
        // released at 14h without the interview owed by 12h
        CustodyEpisode released = juvenile(15).bookOut(h(14), Disposition.RELEASE).build();
        Finding beyond = findings(released, h(20), h(10), "EMD-INTERVIEW-JUV").get(0);
        assertThat(beyond.status()).isEqualTo(DUE);
        assertThat(beyond.overdueBy()).isEmpty();
        Finding within = findings(released, h(20), m(14 * 60 + 30), "EMD-INTERVIEW-JUV").get(0);
        assertThat(within.status()).isEqualTo(NOT_MET);
        assertThat(within.overdueBy()).contains(h(2));
        // records through 13h: past the deadline, before the book-out: the deadline passed within them
        assertThat(findings(released, h(20), h(13), "EMD-INTERVIEW-JUV").get(0).status()).isEqualTo(NOT_MET);
    }

    @Test
    void welfare_theNextCheckIsJudgedAtTheEndOfTheRecords_gapsRunToIt() {
        CustodyEpisode e = adult().event(welfare("W1", m(30))).build();
        // a March-style extract judged two weeks later: due at 90m, after the records end at 80m
        List<Finding> due = findings(e, Duration.ofDays(14), m(80), "TEDS-WELFARE");
        assertThat(due).extracting(Finding::status).containsExactly(MET, DUE);
        assertThat(due.get(1).dueAt()).contains(at(m(90)));
        assertThat(due.get(1).longestGap()).contains(m(50));
        // records through 100m: overdue by the 10 minutes they show, the gap 70 minutes, not two weeks
        List<Finding> overdue = findings(e, Duration.ofDays(14), m(100), "TEDS-WELFARE");
        assertThat(overdue).extracting(Finding::status).containsExactly(MET, OVERDUE);
        assertThat(overdue.get(1).overdueBy()).contains(m(10));
        assertThat(overdue.get(1).longestGap()).contains(m(70));
        // the instant of the due check itself: still due
        assertThat(findings(e, Duration.ofDays(14), m(90), "TEDS-WELFARE")).extracting(Finding::status)
                .containsExactly(MET, DUE);
    }

    @Test
    void welfare_checksAfterTheRecordsEnd_areNotJudged() {
        CustodyEpisode e = adult().event(welfare("W1", m(30))).event(welfare("W2", h(5))).build();
        assertThat(findings(e, h(6), m(80), "TEDS-WELFARE")).extracting(Finding::status).containsExactly(MET, DUE);
    }

    @Test
    void theEvaluationStatesTheInstant_twoArgumentsMeanAsOf_andALaterInstantIsAsOf() {
        CustodyEpisode e = adult().build();
        assertThat(evaluation(e, h(20), h(10)).recordsThrough()).isEqualTo(at(h(10)));
        assertThat(BASELINE.evaluate(e, at(h(20))).recordsThrough()).isEqualTo(at(h(20)));
        EpisodeEvaluation later = evaluation(e, h(20), h(30));
        assertThat(later.recordsThrough()).isEqualTo(at(h(20)));
        assertThat(later).isEqualTo(BASELINE.evaluate(e, at(h(20))));
        // before book-in: no findings, the instant still stated
        assertThat(BASELINE.evaluate(e, at(h(-2)), at(h(-3))).recordsThrough()).isEqualTo(at(h(-3)));
    }

    @Test
    void acrossAMonthEndInTheFacilitysZone_theAprilPartIsNotCountedMissed() {
        // book-in 2025-03-31 20:00 in Phoenix (UTC-7) = 2025-04-01T03:00Z; March in Phoenix ends at 2025-04-01T07:00Z
        Instant bookIn = Instant.parse("2025-04-01T03:00:00Z");
        Instant endOfMarch = Instant.parse("2025-04-01T07:00:00Z");
        CustodyEpisode e = adult().bookInAt(bookIn).event(welfareAt("W1", bookIn.plus(m(50))))
                .event(welfareAt("W2", bookIn.plus(m(110)))).build();
        List<Finding> list = BASELINE.evaluate(e, Instant.parse("2025-04-15T00:00:00Z"), endOfMarch).findings().stream()
                .filter(f -> f.requirementId().equals("TEDS-WELFARE")).collect(Collectors.toList());
        // gaps 50m and 60m met; last check at 04:50Z, next due 05:50Z before the records end at 07:00Z: overdue 70m
        assertThat(list).extracting(Finding::status).containsExactly(MET, MET, OVERDUE);
        assertThat(list.get(2).overdueBy()).contains(m(70));
        assertThat(list.get(2).longestGap()).contains(m(130));
    }

    @Test
    void worklist_statesTheInstant_andListsTheUnprovenOccurrencesAsDue() {
        CustodyEpisode e = juvenile(15).build();
        Worklist worklist = Worklist.of(BASELINE, List.of(e), at(h(20)), at(h(10)), h(1));
        assertThat(worklist.recordsThrough()).isEqualTo(at(h(10)));
        assertThat(worklist.tasks()).filteredOn(t -> t.finding().requirementId().equals("EMD-INTERVIEW-JUV"))
                .singleElement().satisfies(t -> assertThat(t.finding().status()).isEqualTo(DUE));
        assertThat(Worklist.of(BASELINE, List.of(e), at(h(20)), h(1)).recordsThrough()).isEqualTo(at(h(20)));
        EpisodeEvaluation evaluation = BASELINE.evaluate(e, at(h(20)), at(h(10)));
        assertThatThrownBy(() -> Worklist.from(List.of(evaluation), at(h(20)), h(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static gov.cbp.medical.model.monitoring.WelfareCheck welfareAt(String id, Instant instant) {
        return welfare(id, Duration.between(T0, instant));
    }
}
