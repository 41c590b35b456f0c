package gov.cbp.medical.rules.measure.engine;

import static gov.cbp.medical.rules.measure.MeasureFixtures.MARCH;
import static gov.cbp.medical.rules.measure.MeasureFixtures.finding;
import static gov.cbp.medical.rules.measure.MeasureFixtures.juvenile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.monitoring.CheckMethod;
import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.MeasureFixtures;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.PopulationType;
import gov.cbp.medical.rules.measure.report.InputSummary;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.ProblemTally;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class MeasureEngineTest {
    static final Facility A = MeasureFixtures.station("YUM-A", "YUM");
    static final Instant GENERATED = Instant.parse("2026-04-16T00:00:00Z");
    static final PayloadValidator VALIDATOR = PayloadValidator.builder().checkFutureTimes(false).build();

    static MeasureFixtures.Findings interviews(int n) {
        MeasureFixtures.Findings findings = new MeasureFixtures.Findings();
        for (int i = 0; i < n; i++) {
            findings.add(finding("J" + i, "EMD-INTERVIEW-JUV", i % 3 == 0 ? FindingStatus.NOT_MET : FindingStatus.MET,
                    MARCH, Duration.ofHours(12), i % 3 == 0 ? null : Duration.ofMinutes(10 + i)));
        }
        return findings;
    }

    static List<CustodyEpisode> juveniles(int n) {
        List<CustodyEpisode> episodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            episodes.add(juvenile("J" + i, A, MARCH.plus(Duration.ofHours(i)), 5 + i % 50));
        }
        return episodes;
    }

    static MeasureEngine engine(MeasureFixtures.Findings findings, InvalidEpisodePolicy policy) {
        return MeasureEngine.builder().measureSet(MeasureSetReader.baseline()).evaluator(findings)
                .period(MeasurementPeriod.ofMonth(YearMonth.of(2026, 3))).invalidEpisodes(policy).build();
    }

    static String line(CustodyEpisode episode) throws Exception {
        return MedicalJson.mapper().writeValueAsString(episode);
    }

    @Test
    void period_usesTheBookInFacilitysLocalDate() {
        // 2026-03-01T05:00Z is 2026-02-28 22:00 in Phoenix (UTC-7): outside March there.
        CustodyEpisode early = juvenile("E1", A, Instant.parse("2026-03-01T05:00:00Z"), 10);
        CustodyEpisode inside = juvenile("E2", A, Instant.parse("2026-03-01T08:00:00Z"), 10);
        MeasureEngine engine = engine(new MeasureFixtures.Findings(), InvalidEpisodePolicy.MEASURE);
        InputSummary input = engine.run(List.of(early, inside)).report(ReportSettings.of(GENERATED, 0)).input();
        assertThat(input.episodesRead()).isEqualTo(2);
        assertThat(input.episodesMeasured()).isEqualTo(1);
        assertThat(input.episodesOutsidePeriod()).isEqualTo(1);
        assertThat(engine.explain(early).counted()).isFalse();
        assertThat(engine.explain(early).periodNote()).contains("2026-02-28").contains("not in the period");
    }

    @Test
    void runLines_countsAndListsInvalidLines_neverDropsThem() throws Exception {
        List<CustodyEpisode> episodes = juveniles(3);
        CustodyEpisode broken = juvenile("J9", A, MARCH, 10).toBuilder()
                .addEvents(WelfareCheck.builder().id("W1").at(MARCH.minus(Duration.ofHours(2))).method(CheckMethod.VISUAL)
                        .outcome(CheckOutcome.NO_CONCERN).build())
                .build();
        String jsonl = line(episodes.get(0)) + "\n{not json\n\n" + line(episodes.get(1)) + "\n" + line(broken) + "\n"
                + "{\"episodeId\":\"X\"}\n" + line(episodes.get(2)) + "\n";
        MeasureReport measured = engine(interviews(3), InvalidEpisodePolicy.MEASURE)
                .runLines(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), VALIDATOR)
                .report(ReportSettings.of(GENERATED, 0));
        InputSummary input = measured.input();
        assertThat(input.linesRead()).isEqualTo(6);
        assertThat(input.episodesRejected()).isEqualTo(2);
        assertThat(input.episodesMeasured()).isEqualTo(4);
        assertThat(input.episodesMeasuredWithErrors()).isEqualTo(1);
        assertThat(input.linesRead()).isEqualTo(input.episodesMeasured() + input.episodesOutsidePeriod()
                + input.episodesRejected());
        assertThat(input.rejected()).flatExtracting(ProblemTally::firstLines).containsOnly(2L, 6L);
        assertThat(input.rejected()).allSatisfy(t -> assertThat(t.episodes()).isPositive());
        assertThat(input.measuredWithErrors()).extracting(ProblemTally::code).contains("episode.event.beforeBookIn");
        assertThat(input.measuredWithErrors()).flatExtracting(ProblemTally::firstLines).containsOnly(5L);

        InputSummary rejecting = engine(interviews(3), InvalidEpisodePolicy.REJECT)
                .runLines(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), VALIDATOR)
                .report(ReportSettings.of(GENERATED, 0)).input();
        assertThat(rejecting.episodesRejected()).isEqualTo(3);
        assertThat(rejecting.episodesMeasured()).isEqualTo(3);
        assertThat(rejecting.rejected()).extracting(ProblemTally::code).contains("episode.event.beforeBookIn");
    }

    @Test
    void runParallel_equalsSinglePass() throws Exception {
        List<CustodyEpisode> episodes = juveniles(500);
        MeasureEngine engine = engine(interviews(500), InvalidEpisodePolicy.MEASURE);
        ReportSettings settings = ReportSettings.of(GENERATED, 0);
        MeasureReport single = engine.run(episodes).report(settings);
        assertThat(engine.runParallel(episodes.iterator(), 3).report(settings)).isEqualTo(single);
        assertThat(engine.run(episodes.stream()).report(settings)).isEqualTo(single);
        StringBuilder jsonl = new StringBuilder();
        for (CustodyEpisode episode : episodes) {
            jsonl.append(line(episode)).append('\n');
        }
        byte[] bytes = jsonl.toString().getBytes(StandardCharsets.UTF_8);
        MeasureReport lines = engine.runLines(new ByteArrayInputStream(bytes), VALIDATOR).report(settings);
        MeasureReport parallelLines = engine.runLinesParallel(new ByteArrayInputStream(bytes), VALIDATOR, 2).report(settings);
        assertThat(parallelLines).isEqualTo(lines);
        assertThat(lines.measures()).isEqualTo(single.measures());
    }

    @Test
    void runParallel_countsAnEvaluatorsFailureAsNotEvaluated() {
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(episode -> {
                    throw new IllegalStateException("evaluator defect");
                }).build();
        // an evaluator's failure on an episode is data: every episode is counted as not evaluated, none lost
        InputSummary input = engine.runParallel(juveniles(300).iterator(), 2).report(ReportSettings.of(GENERATED, 0)).input();
        assertThat(input.episodesRead()).isEqualTo(300);
        assertThat(input.episodesNotEvaluated()).isEqualTo(300);
        assertThat(input.episodesMeasured()).isZero();
        assertThat(input.notEvaluated()).singleElement().satisfies(tally -> {
            assertThat(tally.code()).isEqualTo("evaluation.episode.failed");
            assertThat(tally.episodes()).isEqualTo(300);
            assertThat(tally.firstLines()).isEmpty();
        });
        assertThatThrownBy(() -> engine.runParallel(juveniles(1).iterator(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runParallel_interrupted_throwsCancellation() {
        MeasureEngine engine = engine(interviews(1), InvalidEpisodePolicy.MEASURE);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> engine.runParallel(juveniles(2000).iterator(), 1))
                    .isInstanceOf(CancellationException.class);
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void merge_refusesAnotherEnginesAccumulator() {
        MeasureEngine one = engine(interviews(1), InvalidEpisodePolicy.MEASURE);
        MeasureEngine two = engine(interviews(1), InvalidEpisodePolicy.MEASURE);
        assertThatThrownBy(() -> one.newAccumulator().merge(two.newAccumulator()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void explain_statesTheEvaluationsRecordsThrough_theAsOfByDefault() {
        CustodyEpisode episode = juvenile("J1", A, MARCH, 20);
        MeasureEngine engine = engine(new MeasureFixtures.Findings(), InvalidEpisodePolicy.MEASURE);
        Instant asOf = Instant.parse("2026-04-15T00:00:00Z");
        Instant through = Instant.parse("2026-04-01T07:00:00Z");
        EpisodeEvaluation extract = EpisodeEvaluation.builder().episodeId("J1").asOf(asOf).recordsThrough(through).build();
        EpisodeExplanation explained = engine.explain(episode, extract);
        assertThat(explained.evaluatedAsOf()).isEqualTo(asOf);
        assertThat(explained.recordsThrough()).isEqualTo(through);

        EpisodeEvaluation complete = EpisodeEvaluation.builder().episodeId("J1").asOf(asOf).build();
        assertThat(engine.explain(episode, complete).recordsThrough()).isEqualTo(asOf);
    }

    @Test
    void explain_saysWhyWithTheFindingsBehind() {
        MeasureFixtures.Findings findings = new MeasureFixtures.Findings()
                .add(finding("J1", "EMD-INTERVIEW-JUV", FindingStatus.MET_LATE, MARCH, Duration.ofHours(12),
                        Duration.ofHours(13)));
        MeasureEngine engine = engine(findings, InvalidEpisodePolicy.MEASURE);
        EpisodeExplanation explanation = engine.explain(juvenile("J1", A, MARCH, 20));
        assertThat(explanation.counted()).isTrue();
        assertThat(explanation.subjectId()).isEqualTo("S-J1");
        MeasureExplanation interview = explanation.measure("MQM-INTERVIEW-JUV").orElseThrow();
        assertThat(interview.findings()).hasSize(1);
        MemberExplanation member = interview.members().get(0);
        assertThat(member.finding()).isPresent();
        assertThat(member.isIn(PopulationType.INITIAL_POPULATION)).isTrue();
        assertThat(member.isIn(PopulationType.DENOMINATOR)).isTrue();
        assertThat(member.isIn(PopulationType.DENOMINATOR_EXCLUSION)).isFalse();
        assertThat(member.isIn(PopulationType.NUMERATOR)).isFalse();
        assertThat(member.populations().get(3).reasons()).containsExactly("finding status met-late in [met]: no");
        assertThat(member.strata()).containsEntry("facility", List.of("YUM-A"))
                .containsEntry("facility-month", List.of("YUM-A", "2026-03"))
                .containsEntry("age-band", List.of("13-17"));

        MeasureExplanation minutes = explanation.measure("MQM-INTERVIEW-JUV-MINUTES").orElseThrow();
        assertThat(minutes.members().get(0).observation()).contains(Duration.ofHours(13));
        assertThat(minutes.members().get(0).populations()).hasSize(3);

        MeasureExplanation medication = explanation.measure("MQM-MEDREV").orElseThrow();
        assertThat(medication.members()).isEmpty();
        assertThat(medication.note()).contains("no finding of [EMD-MEDREV]");

        MeasureExplanation pregnant = explanation.measure("MQM-PREGNANT-TRACKED").orElseThrow();
        assertThat(pregnant.members().get(0).isIn(PopulationType.INITIAL_POPULATION)).isFalse();
        assertThat(pregnant.members().get(0).populations().get(0).reasons())
                .containsExactly("pregnant at book-in or identified in custody: no");
        assertThat(pregnant.members().get(0).populations().get(1).reasons())
                .containsExactly("not in the initial population");
    }

    @Test
    void explain_isSerialisableAndFreeOfPersonalData() throws Exception {
        MeasureFixtures.Findings findings = interviews(2);
        String json = MedicalJson.mapper().writeValueAsString(
                engine(findings, InvalidEpisodePolicy.MEASURE).explain(juvenile("J1", A, MARCH, 20)));
        assertThat(json).contains("MQM-INTERVIEW-JUV").doesNotContain(MeasureFixtures.CANARY_NAME,
                MeasureFixtures.CANARY_A_NUMBER, MeasureFixtures.CANARY_DOB.toString(), "Canary");
    }

    @Test
    void evaluatorReturningNull_isCountedAsNotEvaluated() {
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(episode -> (EpisodeEvaluation) null).build();
        InputSummary input = engine.run(juveniles(2)).report(ReportSettings.of(GENERATED, 0)).input();
        assertThat(input.episodesNotEvaluated()).isEqualTo(2);
        assertThat(input.notEvaluated()).extracting(ProblemTally::code).containsExactly("evaluation.episode.failed");
    }
}
