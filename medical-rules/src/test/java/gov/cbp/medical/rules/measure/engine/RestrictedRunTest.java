package gov.cbp.medical.rules.measure.engine;

import static gov.cbp.medical.rules.Episodes.BASELINE;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.Criterion;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.Quantifier;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.Observation;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.measure.report.VersionRef;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A run whose evaluator evaluates only the measures' requirements reports exactly what a full evaluation does. */
class RestrictedRunTest {
    static final Instant AS_OF = Instant.parse("2026-03-25T00:00:00Z");
    static final ReportSettings SETTINGS = ReportSettings.of(Instant.parse("2026-04-01T00:00:00Z"), 0);
    static final List<CustodyEpisode> EPISODES = EpisodeGenerator.of(GeneratorSettings.builder().seed(2026).facilities(8)
            .startDate(LocalDate.of(2026, 3, 1)).days(30).arrivalsPerFacilityPerDay(600 / 240.0).build())
            .episodes().limit(600).collect(Collectors.toList());

    static MeasureEngine engine(MeasureSet measures, Evaluator evaluator) {
        return MeasureEngine.builder().measureSet(measures).evaluator(episode -> evaluator.evaluate(episode, AS_OF))
                .period(MeasurementPeriod.unbounded()).build();
    }

    @Test
    void restrictedEvaluation_givesTheSameReportAndExplanations() {
        MeasureSet measures = MeasureSetReader.baseline();
        MeasureEngine full = engine(measures, BASELINE);
        MeasureEngine restricted = engine(measures, BASELINE.restrictedTo(measures.requirementIds()));
        MeasureReport report = full.run(EPISODES).report(SETTINGS);
        assertThat(MeasureReportJson.toJson(restricted.run(EPISODES).report(SETTINGS)))
                .isEqualTo(MeasureReportJson.toJson(report));
        assertThat(MeasureReportJson.toJson(restricted.runParallel(EPISODES.iterator(), 2).report(SETTINGS)))
                .isEqualTo(MeasureReportJson.toJson(report));
        assertThat(report.input().episodesMeasured()).isEqualTo(600);
        assertThat(report.stamp().standards()).extracting(VersionRef::id).contains("CBP-TEDS", "TVPRA");
        for (int i = 0; i < EPISODES.size(); i += 20) {
            assertThat(restricted.explain(EPISODES.get(i))).isEqualTo(full.explain(EPISODES.get(i)));
        }
    }

    @Test
    void reportedStandards_areThoseOfTheMeasuresRequirements_whateverTheEvaluatorEvaluated() {
        MeasureSet baseline = MeasureSetReader.baseline();
        MeasureSet transfers = baseline.toBuilder()
                .measures(List.of(baseline.measure("MQM-UAC-TRANSFER-72H").orElseThrow())).build();
        MeasureReport report = engine(transfers, BASELINE).run(EPISODES).report(SETTINGS);
        assertThat(report.stamp().standards()).isNotEmpty().extracting(VersionRef::id).containsOnly("TVPRA");
        assertThat(MeasureReportJson.toJson(engine(transfers, BASELINE.restrictedTo(transfers.requirementIds()))
                .run(EPISODES).report(SETTINGS))).isEqualTo(MeasureReportJson.toJson(report));
    }

    @Test
    void measureSetRequirementIds_includeThoseOnlyCriteriaAndObservationsName() {
        MeasureSet baseline = MeasureSetReader.baseline();
        MeasureDefinition transfer = baseline.measure("MQM-UAC-TRANSFER-72H").orElseThrow();
        MeasureDefinition changed = transfer.toBuilder()
                .denominatorExclusion(Criterion.not(Criterion.anyOf(Criterion.always(),
                        Criterion.finding(List.of("TEDS-FOOD"), Quantifier.ANY, FindingStatus.MET))))
                .build();
        MeasureDefinition observed = baseline.measure("MQM-PH-ISOLATE-MINUTES").orElseThrow();
        MeasureDefinition changedObservation = observed.toBuilder()
                .observation(Observation.builder().from(observed.observation().orElseThrow())
                        .requirements(List.of("EMD-PH-SCREEN")).build())
                .build();
        MeasureSet set = baseline.toBuilder().measures(List.of(changed, changedObservation)).build();
        assertThat(set.requirementIds()).containsExactly("EMD-PH-ISOLATE", "EMD-PH-SCREEN", "TEDS-FOOD", "TVPRA-TRANSFER");
    }
}
