package gov.cbp.medical.rules.measure.report;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.digest.ContentDigest;
import gov.cbp.medical.rules.measure.digest.InputDigest;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every MQM report carries the digests of its input, standards and measure set, in each format. */
class ReportDigestsTest {
    static final Instant AS_OF = Instant.parse("2025-03-20T00:00:00Z");
    static final List<CustodyEpisode> EPISODES = EpisodeGenerator.of(GeneratorSettings.builder().seed(5).facilities(2)
            .days(3).arrivalsPerFacilityPerDay(6).build()).episodes().collect(Collectors.toList());

    static MeasureReport report(List<CustodyEpisode> episodes, MeasurementPeriod period) {
        Evaluator evaluator = Evaluator.of(Catalogue.baseline());
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(e -> evaluator.evaluate(e, AS_OF)).catalogue(Catalogue.baseline()).period(period).build();
        return engine.run(episodes).report(ReportSettings.of(AS_OF, 0));
    }

    @Test
    void digests_nameTheEpisodesMeasured_inAnyOrder() {
        MeasureReport report = report(EPISODES, MeasurementPeriod.unbounded());
        List<CustodyEpisode> shuffled = new ArrayList<>(EPISODES);
        Collections.shuffle(shuffled, new java.util.Random(3));
        ReportDigests digests = report.digests().orElseThrow();
        InputDigest expected = InputDigest.empty();
        for (CustodyEpisode episode : EPISODES) {
            expected = expected.plus(episode);
        }
        assertThat(digests.input()).isEqualTo(expected.hex());
        assertThat(digests.inputEpisodes()).isEqualTo(EPISODES.size()).isEqualTo(report.input().episodesMeasured());
        assertThat(digests.standards()).contains(ContentDigest.of(Catalogue.baseline()));
        assertThat(digests.measureSet()).isEqualTo(ContentDigest.of(MeasureSetReader.baseline()));
        assertThat(digests.canonicalForm()).isEqualTo(ContentDigest.CANONICAL_FORM);
        assertThat(report(shuffled, MeasurementPeriod.unbounded()).digests()).isEqualTo(report.digests());
    }

    @Test
    void oneEpisodeLess_changesTheInputDigest_andEpisodesOutsideThePeriodDoNotCount() {
        MeasureReport all = report(EPISODES, MeasurementPeriod.unbounded());
        MeasureReport fewer = report(EPISODES.subList(1, EPISODES.size()), MeasurementPeriod.unbounded());
        assertThat(fewer.digests().orElseThrow().input()).isNotEqualTo(all.digests().orElseThrow().input());
        MeasureReport none = report(EPISODES, MeasurementPeriod.of(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-02-01")));
        assertThat(none.digests().orElseThrow().input()).isEqualTo("0".repeat(64));
        assertThat(none.digests().orElseThrow().inputEpisodes()).isZero();
    }

    @Test
    void csvAndHtml_carryTheDigests() throws Exception {
        MeasureReport report = report(EPISODES, MeasurementPeriod.unbounded());
        ReportDigests digests = report.digests().orElseThrow();
        StringWriter csv = new StringWriter();
        MeasureReportCsv.write(report, csv);
        assertThat(csv.toString()).contains("# digest_input: " + digests.input() + " (" + EPISODES.size() + " episodes)\r\n")
                .contains("# digest_standards: " + digests.standards().orElseThrow() + "\r\n")
                .contains("# digest_measure_set: " + digests.measureSet() + "\r\n");
        assertThat(MeasureReportHtml.toHtml(report)).contains("<section id=\"digests\">")
                .contains("<code>" + digests.input() + "</code>").contains("<code>" + digests.measureSet() + "</code>");
    }

    @Test
    void withoutCatalogue_theStandardsDigestIsAbsent() {
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(e -> Evaluator.of(Catalogue.baseline()).evaluate(e, AS_OF)).build();
        assertThat(engine.run(EPISODES.subList(0, 2)).report(ReportSettings.of(AS_OF, 0)).digests().orElseThrow()
                .standards()).isEmpty();
    }
}
