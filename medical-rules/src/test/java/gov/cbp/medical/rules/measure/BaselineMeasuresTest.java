package gov.cbp.medical.rules.measure;

import static gov.cbp.medical.rules.measure.MeasureFixtures.MARCH;
import static gov.cbp.medical.rules.measure.MeasureFixtures.adult;
import static gov.cbp.medical.rules.measure.MeasureFixtures.finding;
import static gov.cbp.medical.rules.measure.MeasureFixtures.juvenile;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureResult;
import gov.cbp.medical.rules.measure.report.ObservationSummary;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.measure.report.StratumResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The baseline measures on a small population whose results were computed by hand (the comments give the
 * arithmetic), from the requirements of the domain brief section 4.
 */
class BaselineMeasuresTest {
    static final Facility A = MeasureFixtures.station("YUM-A", "YUM");
    static final Facility B = MeasureFixtures.port("ELP-B", "ELP");
    static final Duration H12 = Duration.ofHours(12);
    static MeasureReport report;

    @BeforeAll
    static void run() {
        MeasureFixtures.Findings findings = new MeasureFixtures.Findings();
        List<CustodyEpisode> episodes = new ArrayList<>();
        // Juveniles J1..J5 at A, J6..J7 at B; hours in custody 10, 20, ..., 70.
        String[] statuses = {"met", "met-late", "not-met", "exempt", "due", "indeterminate", "not-applicable"};
        Duration[] satisfied = {Duration.ofMinutes(30), Duration.ofMinutes(780), null, null, null, null, null};
        for (int i = 0; i < 7; i++) {
            String id = "J" + (i + 1);
            episodes.add(juvenile(id, i < 5 ? A : B, MARCH, 10L * (i + 1)));
            findings.add(finding(id, "EMD-INTERVIEW-JUV", FindingStatus.fromCode(statuses[i]), MARCH, H12, satisfied[i]));
        }
        // Adult A1 referred, interviewed on time; 80 hours.
        episodes.add(adult("A1", A, MARCH, 80, false));
        findings.add(finding("A1", "EMD-INTERVIEW-REF", FindingStatus.MET, MARCH, H12, Duration.ofMinutes(45)));
        // Open episode O1: in custody at the evaluation instant.
        episodes.add(MeasureFixtures.episode("O1", A, Instant.parse("2026-03-30T12:00:00Z"),
                gov.cbp.medical.model.person.PopulationClass.SINGLE_ADULT, java.time.LocalDate.parse("1980-01-01")).build());
        // Welfare-check gaps: J1 intervals with longest gaps 50 and 75 min, J2 one with 61 min.
        findings.add(gap("J1", FindingStatus.MET, 50)).add(gap("J1", FindingStatus.NOT_MET, 75)).add(gap("J2", FindingStatus.MET, 61));
        // TVPRA transfer: J1 met, J2 exempt (exception recorded), J3 not met.
        findings.add(finding("J1", "TVPRA-TRANSFER", FindingStatus.MET, MARCH, Duration.ofHours(72), Duration.ofHours(40)));
        findings.add(finding("J2", "TVPRA-TRANSFER", FindingStatus.EXEMPT, MARCH, Duration.ofHours(72), null));
        findings.add(finding("J3", "TVPRA-TRANSFER", FindingStatus.NOT_MET, MARCH, Duration.ofHours(72), null));
        // Pregnant P1 tracked; P2 missed one welfare interval; P3 has no finding at all.
        episodes.add(adult("P1", B, MARCH, 30, true));
        episodes.add(adult("P2", B, MARCH, 30, true));
        episodes.add(adult("P3", B, MARCH, 30, true));
        findings.add(finding("P1", "PPN-WELFARE", FindingStatus.MET, MARCH, Duration.ofMinutes(15), Duration.ofMinutes(10)));
        findings.add(finding("P1", "PPN-WELFARE", FindingStatus.MET, MARCH, Duration.ofMinutes(15), Duration.ofMinutes(12)));
        findings.add(finding("P1", "PPN-ASSESS", FindingStatus.MET, MARCH, H12, Duration.ofHours(2)));
        findings.add(finding("P2", "PPN-WELFARE", FindingStatus.MET, MARCH, Duration.ofMinutes(15), Duration.ofMinutes(10)));
        findings.add(finding("P2", "PPN-WELFARE", FindingStatus.NOT_MET, MARCH, Duration.ofMinutes(15), null));
        // Newborn release: P1 released after 20 h; P2's newborn still held, 6 h past the 24 h deadline (30 h so far).
        findings.add(finding("P1", "OIG49-NEWBORN-RELEASE", FindingStatus.MET, MARCH, Duration.ofHours(24), Duration.ofHours(20)));
        findings.add(Finding.builder().from(finding("P2", "OIG49-NEWBORN-RELEASE", FindingStatus.OVERDUE, MARCH,
                Duration.ofHours(24), null)).overdueBy(Duration.ofHours(6)).build());
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline()).evaluator(findings)
                .period(MeasurementPeriod.ofMonth(java.time.YearMonth.of(2026, 3))).build();
        report = engine.run(episodes).report(ReportSettings.of(Instant.parse("2026-04-16T00:00:00Z"), 0));
    }

    static Finding gap(String episodeId, FindingStatus status, long minutes) {
        return Finding.builder().from(finding(episodeId, "TEDS-WELFARE", status, MARCH, Duration.ofHours(1), null))
                .longestGap(Duration.ofMinutes(minutes)).build();
    }

    static MeasureResult measure(String id) {
        return report.measure(id).orElseThrow();
    }

    static StratumResult stratum(String measureId, String stratifierId, String... key) {
        return measure(measureId).stratifier(stratifierId).orElseThrow().strata().stream()
                .filter(s -> s.key().equals(List.of(key))).findFirst().orElseThrow();
    }

    static void assertCounts(StratumResult s, long ip, long denominator, long exclusion, long numerator) {
        assertThat(s.initialPopulation()).contains(ip);
        assertThat(s.denominator()).contains(denominator);
        assertThat(s.denominatorExclusion()).contains(exclusion);
        assertThat(s.numerator()).contains(numerator);
    }

    @Test
    void baseline_hasAtLeastTwelveMeasures_eachCitingRequirements() {
        assertThat(MeasureSetReader.baseline().measures()).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(m -> assertThat(m.requirementIds()).isNotEmpty());
        assertThat(report.input().episodesMeasured()).isEqualTo(12);
    }

    @Test
    void interviewJuveniles_notApplicableOutside_dueNotJudged_exemptExcluded() {
        // IP: J1..J6 (J7 not applicable) = 6; denominator: minus J5 (due) = 5; excluded: J4 (exempt);
        // numerator: J1 = 1; rate 1 / (5 - 1) = 0.25.
        StratumResult total = measure("MQM-INTERVIEW-JUV").total();
        assertCounts(total, 6, 5, 1, 1);
        assertThat(total.rate()).contains(0.25);
        assertThat(total.statusCounts()).containsEntry("met", 1L).containsEntry("met-late", 1L)
                .containsEntry("not-met", 1L).containsEntry("indeterminate", 1L).containsEntry("exempt", 0L);
        // A: J1..J5 -> IP 5, denominator 4, excluded 1, numerator 1 -> 1/3; B: J6 -> 0/1.
        assertCounts(stratum("MQM-INTERVIEW-JUV", "facility", "YUM-A"), 5, 4, 1, 1);
        assertThat(stratum("MQM-INTERVIEW-JUV", "facility", "YUM-A").rate()).contains(1.0 / 3);
        assertCounts(stratum("MQM-INTERVIEW-JUV", "facility", "ELP-B"), 1, 1, 0, 0);
        assertThat(stratum("MQM-INTERVIEW-JUV", "component", "ofo").rate()).contains(0.0);
        assertThat(stratum("MQM-INTERVIEW-JUV", "month", "2026-03").initialPopulation()).contains(6L);
    }

    @Test
    void interviewAll_addsReferredAdults() {
        // IP 6 + A1 = 7; denominator 6; excluded 1; numerator J1 + A1 = 2; rate 2/5.
        assertCounts(measure("MQM-INTERVIEW-ALL").total(), 7, 6, 1, 2);
        assertThat(measure("MQM-INTERVIEW-ALL").total().rate()).contains(0.4);
        assertThat(stratum("MQM-INTERVIEW-ALL", "population-class", "single-adult").rate()).contains(1.0);
    }

    @Test
    void interviewMinutes_medianAndP90ByNearestRank() {
        // Observed: 30 and 780 minutes. Median rank ceil(0.5*2)=1 -> 30; p90 rank ceil(1.8)=2 -> 780.
        ObservationSummary o = measure("MQM-INTERVIEW-JUV-MINUTES").total().observation().orElseThrow();
        assertThat(measure("MQM-INTERVIEW-JUV-MINUTES").total().denominator()).contains(2L);
        assertThat(o.count()).isEqualTo(2);
        assertThat(o.median()).contains(30L);
        assertThat(o.p90()).contains(780L);
        assertThat(o.mean()).contains(405.0);
        assertThat(o.unit()).isEqualTo(DurationUnit.MINUTES);
    }

    @Test
    void custodyHours_closedEpisodesOnly() {
        // 12 episodes; O1 open -> IP 12, measure population 11. Hours: 10..80 and three 30s:
        // sorted 10,20,30,30,30,30,40,50,60,70,80 -> median rank 6 = 30; p90 rank ceil(9.9)=10 = 70.
        StratumResult total = measure("MQM-CUSTODY-HOURS").total();
        assertThat(total.initialPopulation()).contains(12L);
        assertThat(total.denominator()).contains(11L);
        ObservationSummary o = total.observation().orElseThrow();
        assertThat(o.median()).contains(30L);
        assertThat(o.p90()).contains(70L);
        assertThat(o.max()).contains(80.0);
        assertThat(o.missing()).isZero();
    }

    @Test
    void welfareLongestGap_isTheEpisodeMaximum() {
        // J1 max(50, 75) = 75; J2 61 -> median rank 1 = 61; p90 rank 2 = 75.
        ObservationSummary o = measure("MQM-WELFARE-LONGEST-GAP").total().observation().orElseThrow();
        assertThat(o.count()).isEqualTo(2);
        assertThat(o.median()).contains(61L);
        assertThat(o.p90()).contains(75L);
        // The covered-intervals measure counts the three intervals: 2 met of 3.
        assertCounts(measure("MQM-WELFARE-COVERED").total(), 3, 3, 0, 2);
    }

    @Test
    void uacTransfer_exceptionExcluded() {
        // J1 met, J2 exempt, J3 not met: 1 / (3 - 1).
        assertCounts(measure("MQM-UAC-TRANSFER-72H").total(), 3, 3, 1, 1);
        assertThat(measure("MQM-UAC-TRANSFER-72H").total().rate()).contains(0.5);
    }

    @Test
    void pregnantTracked_onlyWhenEveryIntervalCovered() {
        // IP: P1, P2, P3 (pregnant). Numerator: P1 only (P2 missed an interval, P3 has no welfare finding).
        assertCounts(measure("MQM-PREGNANT-TRACKED").total(), 3, 3, 0, 1);
        assertThat(stratum("MQM-PREGNANT-TRACKED", "pregnancy", "pregnant").initialPopulation()).contains(3L);
    }

    @Test
    void newbornRelease_censoredDelayForNewbornsStillHeld() {
        // P1 20 h; P2 still held, 24 h + 6 h overdue = 30 h. Median 20, p90 30.
        ObservationSummary o = measure("MQM-NEWBORN-RELEASE-HOURS").total().observation().orElseThrow();
        assertThat(o.median()).contains(20L);
        assertThat(o.p90()).contains(30L);
        assertThat(measure("MQM-NEWBORN-RELEASE-24H").total().rate()).contains(0.5);
    }

    @Test
    void measuresWithoutFindings_haveEmptyPopulations() {
        StratumResult total = measure("MQM-PH-ISOLATE").total();
        assertThat(total.initialPopulation()).contains(0L);
        assertThat(total.rate()).isEmpty();
    }

    @Test
    void stamp_namesStandardsAndMeasureVersions() {
        assertThat(report.stamp().standards()).extracting(r -> r.id() + "@" + r.version())
                .containsExactly("CBP-DIR-2210-004@2019-12-30");
        assertThat(report.stamp().measures()).hasSize(MeasureSetReader.baseline().measures().size());
        assertThat(report.stamp().evaluatedFrom()).contains(MeasureFixtures.AS_OF);
    }
}
