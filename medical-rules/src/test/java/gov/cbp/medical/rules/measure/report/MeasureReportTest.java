package gov.cbp.medical.rules.measure.report;

import static gov.cbp.medical.rules.measure.MeasureFixtures.finding;
import static gov.cbp.medical.rules.measure.MeasureFixtures.juvenile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.MeasureFixtures;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reports over two months at three facilities: A (12 juveniles in March, 9 interviewed on time, and 12 in
 * April, all on time), B (12 in March, 6 on time) and C (3 in March, all on time: a small cell).
 */
class MeasureReportTest {
    static final Facility A = MeasureFixtures.station("YUM-A", "YUM");
    static final Facility B = MeasureFixtures.port("ELP-B", "ELP");
    static final Facility C = MeasureFixtures.station("YUM-C", "YUM");
    static final Instant GENERATED = Instant.parse("2026-05-02T08:00:00Z");
    static MeasureEngine engine;
    static List<CustodyEpisode> episodes = new ArrayList<>();

    @BeforeAll
    static synchronized void run() {
        if (engine != null) { // already built for MeasureReportHtmlTest
            return;
        }
        MeasureFixtures.Findings findings = new MeasureFixtures.Findings();
        add(findings, A, "2026-03-05T18:00:00Z", 12, 9);
        add(findings, A, "2026-04-05T18:00:00Z", 12, 12);
        add(findings, B, "2026-03-07T18:00:00Z", 12, 6);
        add(findings, C, "2026-03-09T18:00:00Z", 3, 3);
        engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline()).evaluator(findings)
                .period(MeasurementPeriod.of(java.time.LocalDate.parse("2026-03-01"), java.time.LocalDate.parse("2026-05-01")))
                .build();
    }

    static void add(MeasureFixtures.Findings findings, Facility facility, String bookIn, int n, int onTime) {
        for (int i = 0; i < n; i++) {
            String id = facility.facilityId() + "-" + bookIn.substring(5, 7) + "-" + i;
            Instant at = Instant.parse(bookIn).plus(Duration.ofHours(i));
            episodes.add(juvenile(id, facility, at, 20 + i));
            findings.add(finding(id, "EMD-INTERVIEW-JUV", i < onTime ? FindingStatus.MET : FindingStatus.NOT_MET, at,
                    Duration.ofHours(12), i < onTime ? Duration.ofMinutes(20 + 10 * i) : null));
        }
    }

    static MeasureReport report(int threshold) {
        return engine.run(episodes).report(ReportSettings.builder().generatedAt(GENERATED)
                .suppressionThreshold(threshold).libraryVersion("9.9.9-test").build());
    }

    @Test
    void suppression_hidesSmallCells_andOneMoreWhereOnlyOneWouldBeHidden() {
        MeasureReport report = report(11);
        MeasureResult interview = report.measure("MQM-INTERVIEW-JUV").orElseThrow();
        List<StratumResult> facilities = interview.stratifier("facility").orElseThrow().strata();
        // C has 3 (< 11): suppressed; then B (12, the smallest shown) is suppressed too, so C cannot be recovered.
        assertThat(facilities).extracting(s -> s.key().get(0) + "=" + s.suppressed())
                .containsExactly("ELP-B=true", "YUM-A=false", "YUM-C=true");
        assertThat(facilities.get(2).initialPopulation()).isEmpty();
        assertThat(interview.total().suppressed()).isFalse();
        assertThat(report.stamp().suppressionThreshold()).isEqualTo(11);
        assertThat(facilities.get(0).suppression()).contains(SuppressionReason.COMPLEMENTARY);
        assertThat(facilities.get(2).suppression()).contains(SuppressionReason.SMALL_CELL);
        assertThat(facilities.get(1).suppression()).isEmpty();
        String html = MeasureReportHtml.toHtml(report);
        assertThat(html).contains("suppressed").contains("initial populations of 1 to 10 suppressed")
                .doesNotContain("100.0% (3 of 3)");
        assertThat(MeasureReportJson.toJson(report)).contains("\"suppressed\" : true", "\"suppression\" : \"small-cell\"",
                "\"suppression\" : \"complementary\"");
        assertThatThrownBy(() -> report.withSmallCellsSuppressed(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportSettings.of(GENERATED, -1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void json_roundTrips_andHasTheDocumentedShape() throws Exception {
        MeasureReport report = report(11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MeasureReportJson.write(report, out);
        assertThat(MeasureReportJson.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(report);
        JsonNode tree = MedicalJson.mapper().readTree(out.toByteArray());
        List<String> top = new ArrayList<>();
        tree.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("stamp", "digests", "input", "facilities", "measures");
        assertThat(tree.at("/digests/algorithm").asText()).isEqualTo("SHA-256");
        assertThat(tree.at("/digests/input").asText()).matches("[0-9a-f]{64}");
        assertThat(tree.at("/stamp/reportFormat").asText()).isEqualTo("1.0");
        assertThat(tree.at("/stamp/period/startInclusive").asText()).isEqualTo("2026-03-01");
        assertThat(tree.at("/measures/0/id").asText()).isEqualTo("MQM-INTERVIEW-JUV");
        assertThat(tree.at("/measures/0/total/numerator").asLong()).isEqualTo(30);
        assertThat(tree.at("/measures/0/total/statusCounts/not-met").asLong()).isEqualTo(9);
    }

    @Test
    void csv_hasOneRowPerMeasureAndStratum() throws Exception {
        MeasureReport report = report(0);
        StringWriter out = new StringWriter();
        MeasureReportCsv.write(report, out);
        List<String> lines = Arrays.asList(out.toString().split("\r?\n"));
        List<String> comments = lines.stream().filter(l -> l.startsWith("#")).collect(java.util.stream.Collectors.toList());
        assertThat(comments).anySatisfy(l -> assertThat(l).isEqualTo("# library_version: 9.9.9-test"))
                .anySatisfy(l -> assertThat(l).isEqualTo("# period: 2026-03-01/2026-05-01 (facility-local dates)"))
                .anySatisfy(l -> assertThat(l).startsWith("# standards: CBP-DIR-2210-004@2019-12-30"));
        List<String> rows = lines.subList(comments.size(), lines.size());
        assertThat(rows.get(0)).isEqualTo(String.join(",", MeasureReportCsv.COLUMNS));
        long expected = report.measures().stream()
                .mapToLong(m -> 1 + m.stratifiers().stream().mapToLong(s -> s.strata().size()).sum()).sum();
        assertThat(rows).hasSize((int) expected + 1);
        assertThat(rows).anySatisfy(r -> assertThat(r)
                .startsWith("MQM-INTERVIEW-JUV,1.0.0,proportion,finding,increase,facility,facility,YUM-A,false,24,24,0,21,0,0.875000,"));
        assertThat(rows).allSatisfy(r -> assertThat(r.split(",", -1)).hasSize(MeasureReportCsv.COLUMNS.size()));
    }

    /** RFC 4180 throughout: every line, the comment lines included, ends with CRLF; no bare LF or CR. */
    @Test
    void csv_everyLineEndsWithCrlf() throws Exception {
        StringWriter out = new StringWriter();
        MeasureReportCsv.write(report(0), out);
        String csv = out.toString();

        assertThat(csv).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(csv.split("\r\n")).hasSizeGreaterThan(8).filteredOn(l -> l.startsWith("#")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void reports_neverContainPersonalData() throws Exception {
        for (int threshold : new int[] {0, 11}) {
            MeasureReport report = report(threshold);
            StringWriter csv = new StringWriter();
            MeasureReportCsv.write(report, csv);
            String json = MeasureReportJson.toJson(report);
            String html = MeasureReportHtml.toHtml(report);
            for (String text : List.of(json, csv.toString(), html)) {
                assertThat(text).doesNotContain(MeasureFixtures.CANARY_NAME, MeasureFixtures.CANARY_A_NUMBER,
                        MeasureFixtures.CANARY_DOB.toString(), "Canary", "S-YUM-A", "YUM-A-03-1");
            }
        }
    }

    @Test
    void writers_rejectNull() {
        assertThatThrownBy(() -> MeasureReportHtml.toHtml(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> MeasureReportJson.toJson(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> MeasureReportCsv.write(null, new StringWriter())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void html_writesToAWriter() throws Exception {
        StringWriter out = new StringWriter();
        MeasureReportHtml.write(report(0), out);
        assertThat(out.toString()).isEqualTo(MeasureReportHtml.toHtml(report(0)));
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThan(2_000_000);
    }
}
