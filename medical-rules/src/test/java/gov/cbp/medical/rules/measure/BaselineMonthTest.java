package gov.cbp.medical.rules.measure;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportHtml;
import gov.cbp.medical.rules.measure.report.MeasureResult;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The baseline measure set over a generated month of several facilities, judged by the real evaluator and
 * the baseline catalogue: the "done when".
 */
class BaselineMonthTest {
    static final Instant AS_OF = Instant.parse("2026-04-03T00:00:00Z");
    static List<CustodyEpisode> episodes;
    static MeasureReport report;

    @BeforeAll
    static void measureAMonth() {
        GeneratorSettings settings = GeneratorSettings.builder().seed(11).facilities(5)
                .startDate(LocalDate.of(2026, 3, 1)).days(31).arrivalsPerFacilityPerDay(4).build();
        episodes = EpisodeGenerator.of(settings).episodes().collect(Collectors.toList());
        Evaluator evaluator = Evaluator.of(Catalogue.baseline());
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(episode -> evaluator.evaluate(episode, AS_OF))
                .period(MeasurementPeriod.ofMonth(YearMonth.of(2026, 3))).build();
        report = engine.run(episodes).report(ReportSettings.of(AS_OF, 0));
    }

    @Test
    void baselineMeasures_citeOnlyRequirementsOfTheBaselineCatalogue() {
        assertThat(MeasureSetReader.create().withKnownRequirements(Catalogue.baseline().requirementIds())
                .check(MeasureSetReader.baseline())).isEmpty();
    }

    @Test
    void everyEpisodeOfTheMonthIsMeasured() {
        assertThat(episodes).hasSizeGreaterThan(400);
        assertThat(report.input().episodesRead()).isEqualTo(episodes.size());
        assertThat(report.input().episodesRejected()).isZero();
        assertThat(report.input().episodesMeasured() + report.input().episodesOutsidePeriod()).isEqualTo(episodes.size());
    }

    @Test
    void everyMeasureHasAFigure_andNumeratorsStayWithinDenominators() {
        assertThat(report.measures()).hasSize(MeasureSetReader.baseline().measures().size());
        long withPopulation = report.measures().stream()
                .filter(m -> m.total().initialPopulation().orElse(0L) > 0).count();
        assertThat(withPopulation).isGreaterThanOrEqualTo(report.measures().size() - 2);
        for (MeasureResult measure : report.measures()) {
            long denominator = measure.total().denominator().orElse(0L);
            assertThat(measure.total().numerator().orElse(0L)).as(measure.id()).isLessThanOrEqualTo(denominator);
            assertThat(denominator).as(measure.id()).isLessThanOrEqualTo(measure.total().initialPopulation().orElse(0L));
        }
    }

    @Test
    void theGeneratedLapsesShowUp_notEverythingIsMet() {
        assertThat(report.measures()).anySatisfy(m -> assertThat(m.total().rate()).hasValueSatisfying(
                rate -> assertThat(rate).isBetween(0.05, 0.995)));
    }

    @Test
    void htmlReport_showsEachMeasureAndItsFacilities() throws IOException {
        StringWriter html = new StringWriter();
        MeasureReportHtml.write(report, html);
        String page = html.toString();
        for (MeasureResult measure : report.measures()) {
            assertThat(page).contains(measure.title());
        }
        report.facilities().forEach(facility -> assertThat(page).contains(facility.facilityId()));
        assertThat(page).doesNotContain("<script");
    }
}
