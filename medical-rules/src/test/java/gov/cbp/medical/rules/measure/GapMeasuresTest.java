package gov.cbp.medical.rules.measure;

import static gov.cbp.medical.rules.Episodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportCsv;
import gov.cbp.medical.rules.measure.report.MeasureResult;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.measure.report.StratumResult;
import gov.cbp.medical.rules.standard.Catalogue;
import java.io.StringWriter;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The welfare measures on gaps between checks, against the hand-computed cases of docs/measures.md: checks at 30,
 * 90 and 200 minutes and release at 4 h (gaps 30, 60 met; 110 met-late; 40 owes nothing); never checked and
 * released at 3 h (one not-met gap of 180); checked at 30 minutes and held at 5 h (30 met; 270 overdue).
 */
@Covers("TEDS-WELFARE")
class GapMeasuresTest {
    static final Evaluator EVALUATOR = Evaluator.of(Catalogue.baseline());

    static List<CustodyEpisode> episodes() {
        CustodyEpisode a = adult().id("EP-A").event(welfare("W1", m(30))).event(welfare("W2", m(90)))
                .event(welfare("W3", m(200))).released(h(4)).build();
        CustodyEpisode b = adult().id("EP-B").released(h(3)).build();
        CustodyEpisode c = adult().id("EP-C").event(welfare("W1", m(30))).build();
        return List.of(a, b, c);
    }

    static MeasureReport report(Instant asOf, Instant recordsThrough) {
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(episode -> EVALUATOR.evaluate(episode, asOf, recordsThrough))
                .period(MeasurementPeriod.ofMonth(YearMonth.of(2026, 3))).build();
        return engine.run(episodes()).report(ReportSettings.builder().generatedAt(asOf).suppressionThreshold(0).build());
    }

    static StratumResult total(MeasureReport report, String id) {
        return report.measures().stream().filter(m -> m.id().equals(id)).map(MeasureResult::total).findFirst().orElseThrow();
    }

    @Test
    void coverage_isTheShareOfJudgedGapsWithinTheInterval() {
        StratumResult covered = total(report(at(h(5)), at(h(5))), "MQM-WELFARE-COVERED");
        // met: A 30, A 60, C 30; lapses: A 110 (met-late), B 180 (not-met), C 270 (overdue)
        assertThat(covered.numerator()).contains(3L);
        assertThat(covered.denominator()).contains(6L);
        assertThat(covered.rate().orElseThrow()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void longestGap_isTheRealGapBetweenChecks_notCappedAtTheInterval() {
        StratumResult longest = total(report(at(h(5)), at(h(5))), "MQM-WELFARE-LONGEST-GAP");
        assertThat(longest.observation().orElseThrow().count()).isEqualTo(3);
        assertThat(longest.observation().orElseThrow().min()).contains(110.0);
        assertThat(longest.observation().orElseThrow().max()).contains(270.0);
    }

    @Test
    void tenHoursUnchecked_showsAsSixHundredMinutes() {
        CustodyEpisode e = adult().id("EP-10H").event(welfare("W1", m(30))).event(welfare("W2", m(630))).released(h(11))
                .build();
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(episode -> EVALUATOR.evaluate(episode, at(h(12))))
                .period(MeasurementPeriod.ofMonth(YearMonth.of(2026, 3))).build();
        MeasureReport report = engine.run(List.of(e)).report(ReportSettings.builder().generatedAt(at(h(12)))
                .suppressionThreshold(0).build());
        assertThat(total(report, "MQM-WELFARE-LONGEST-GAP").observation().orElseThrow().max()).contains(600.0);
    }

    @Test
    void recordsThrough_nothingAfterItCounts_andTheReportStatesIt() throws Exception {
        MeasureReport report = report(at(h(5)), at(h(2)));
        // through 2h: A 30, 60 met, next due at 150m (after the records: not judged); B overdue since 1h (gap 120);
        // C 30 met, overdue since 90m (gap 90)
        StratumResult covered = total(report, "MQM-WELFARE-COVERED");
        assertThat(covered.numerator()).contains(3L);
        assertThat(covered.denominator()).contains(5L);
        StratumResult longest = total(report, "MQM-WELFARE-LONGEST-GAP");
        assertThat(longest.observation().orElseThrow().max()).contains(120.0);
        assertThat(report.stamp().recordsThrough()).contains(at(h(2)));
        assertThat(report.stamp().evaluatedFrom()).contains(at(h(5)));
        StringWriter csv = new StringWriter();
        MeasureReportCsv.write(report, csv);
        assertThat(csv.toString()).contains("# records_through: " + at(h(2)) + "\r\n");
    }
}
