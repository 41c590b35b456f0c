package gov.cbp.medical.rules.measure;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.monitoring.CheckMethod;
import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.engine.EpisodeExplanation;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.engine.MeasureExplanation;
import gov.cbp.medical.rules.measure.engine.MemberExplanation;
import gov.cbp.medical.rules.measure.engine.PopulationExplanation;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.measure.report.StratumResult;
import gov.cbp.medical.rules.standard.Catalogue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The record-integrity measures of docs/measures.md, section "Record-integrity measures", on a hand-computed
 * example: at YUM-A in March 2026, episode I-1 (3 h) has three welfare-check intervals met, one of them on a
 * check entered six hours late; episode I-2 (2 h) has two intervals met on sound checks. So 1 of 5 met
 * intervals rests on doubtful evidence (20%), all of it late entry; 1 of 2 episodes has a concern (50%).
 */
@Covers("REC-LATE-ENTRY")
class IntegrityMeasuresTest {
    static final Facility A = MeasureFixtures.station("YUM-A", "YUM");
    static final Instant BOOK_IN = Instant.parse("2026-03-10T15:00:00Z");

    static WelfareCheck check(String id, long minutes) {
        return WelfareCheck.builder().id(id).at(BOOK_IN.plus(Duration.ofMinutes(minutes))).method(CheckMethod.VISUAL)
                .outcome(CheckOutcome.NO_CONCERN).build();
    }

    static final CustodyEpisode ONE = MeasureFixtures.adult("I-1", A, BOOK_IN, 3, false).toBuilder()
            .addEvents(check("W1", 30), check("W2", 90).toBuilder().provenance(Provenance.builder()
                    .recordedAt(BOOK_IN.plus(Duration.ofHours(7).plusMinutes(30))).system(RecordSystem.E3).build()).build(),
                    check("W3", 150))
            .build();
    static final CustodyEpisode TWO = MeasureFixtures.adult("I-2", A, BOOK_IN, 2, false).toBuilder()
            .addEvents(check("V1", 20), check("V2", 80)).build();

    static MeasureEngine engine() {
        Evaluator evaluator = Evaluator.of(Catalogue.baseline());
        return MeasureEngine.builder().measureSet(MeasureSetReader.baseline()).catalogue(Catalogue.baseline())
                .evaluator(e -> evaluator.evaluate(e, MeasureFixtures.AS_OF)).build();
    }

    static StratumResult total(MeasureReport report, String measureId) {
        return report.measure(measureId).orElseThrow().total();
    }

    @Test
    void handComputedExample_givesTheDocumentedShares() {
        MeasureReport report = engine().run(List.of(ONE, TWO)).report(ReportSettings.of(MeasureFixtures.AS_OF, 0));
        StratumResult any = total(report, "MQM-INTEGRITY-WELFARE");
        assertThat(any.initialPopulation()).contains(5L);
        assertThat(any.numerator()).contains(1L);
        assertThat(any.rate()).contains(0.2);
        assertThat(total(report, "MQM-INTEGRITY-LATE-ENTRY").rate()).contains(0.2);
        for (String kind : new String[] {"BURST", "REGULAR", "OBSERVER", "ELSEWHERE"}) {
            assertThat(total(report, "MQM-INTEGRITY-" + kind).numerator()).as(kind).contains(0L);
            assertThat(total(report, "MQM-INTEGRITY-" + kind).initialPopulation()).as(kind).contains(5L);
        }
        StratumResult episodes = total(report, "MQM-INTEGRITY-EPISODES");
        assertThat(episodes.initialPopulation()).contains(2L);
        assertThat(episodes.rate()).contains(0.5);
        StratumResult facilityMonth = report.measure("MQM-INTEGRITY-WELFARE").orElseThrow().stratifiers().stream()
                .filter(s -> s.id().equals("facility-month")).findFirst().orElseThrow().strata().get(0);
        assertThat(facilityMonth.key()).containsExactly("YUM-A", "2026-03");
        assertThat(facilityMonth.rate()).contains(0.2);
        // Beside the coverage: all five intervals covered.
        assertThat(total(report, "MQM-WELFARE-COVERED").rate()).contains(1.0);
    }

    @Test
    void explanation_saysWhichIntervalCountsAndWhy() {
        EpisodeExplanation explanation = engine().explain(ONE);
        MeasureExplanation measure = explanation.measures().stream()
                .filter(m -> m.measureId().equals("MQM-INTEGRITY-WELFARE")).findFirst().orElseThrow();
        List<MemberExplanation> members = measure.members().stream().filter(m -> m.populations().stream()
                .anyMatch(p -> p.population() == PopulationType.INITIAL_POPULATION && p.member()))
                .collect(java.util.stream.Collectors.toList());
        assertThat(members).hasSize(3);
        MemberExplanation doubted = members.stream().filter(m -> m.finding().orElseThrow().hasIntegrityConcerns())
                .findFirst().orElseThrow();
        assertThat(doubted.finding().orElseThrow().evidenceEventIds()).containsExactly("W2");
        PopulationExplanation numerator = doubted.populations().stream()
                .filter(p -> p.population() == PopulationType.NUMERATOR).findFirst().orElseThrow();
        assertThat(numerator.member()).isTrue();
        assertThat(String.join(" ", numerator.reasons())).contains("integrity concern");
        assertThat(members.stream().filter(m -> !m.finding().orElseThrow().hasIntegrityConcerns()).count()).isEqualTo(2);
    }
}
