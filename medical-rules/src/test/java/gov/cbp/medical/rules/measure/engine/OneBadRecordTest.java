package gov.cbp.medical.rules.measure.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.report.InputSummary;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.ProblemTally;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One bad record never loses the report: a thousand good lines with poisoned ones among them, under every
 * invalid-episode policy, sequentially and on three threads.
 */
class OneBadRecordTest {
    static final Instant AS_OF = Instant.parse("2025-03-25T00:00:00Z");
    static final ReportSettings SETTINGS = ReportSettings.of(Instant.parse("2025-04-01T00:00:00Z"), 0);
    static final PayloadValidator VALIDATOR = PayloadValidator.builder().checkFutureTimes(false).build();
    static final MeasureSet MEASURES = MeasureSetReader.baseline();
    static final Evaluator EVALUATOR = Evaluator.of(Catalogue.baseline()).restrictedTo(MEASURES.requirementIds());
    /** The evaluator of the run: the rules' evaluator, which fails (a simulated bug) on one episode id. */
    static final Function<CustodyEpisode, EpisodeEvaluation> BUGGY = episode -> {
        if (episode.episodeId().equals("POISON-THROWS")) {
            throw new IllegalStateException("a bug that quotes " + episode.detainee().identifiers());
        }
        return EVALUATOR.evaluate(episode, AS_OF);
    };

    static List<String> good;
    static String mixed;
    static int throwingLine;

    @BeforeAll
    static void lines() throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().seed(13).arrivalsPerFacilityPerDay(36).build();
        good = EpisodeGenerator.of(settings).episodes().limit(1000).map(OneBadRecordTest::json).collect(Collectors.toList());
        assertThat(good).hasSize(1000);
        List<String> lines = new ArrayList<>(good);
        ObjectNode bornAfter = (ObjectNode) MedicalJson.mapper().readTree(good.get(10));
        ((ObjectNode) bornAfter.get("detainee")).put("dateOfBirth", "2099-06-01");
        bornAfter.put("episodeId", "POISON-BORN-AFTER");
        ObjectNode born10000 = (ObjectNode) MedicalJson.mapper().readTree(good.get(20));
        ((ObjectNode) born10000.get("detainee")).put("dateOfBirth", "+10000-01-01");
        born10000.put("episodeId", "POISON-BORN-10000");
        ObjectNode bookIn1900 = (ObjectNode) MedicalJson.mapper().readTree(good.get(30));
        ((ObjectNode) bookIn1900.get("bookIn")).put("at", "1900-03-03T09:25:39Z");
        ObjectNode throwing = (ObjectNode) MedicalJson.mapper().readTree(good.get(40));
        throwing.put("episodeId", "POISON-THROWS");
        lines.add(100, bornAfter.toString());
        lines.add(200, "{\"formatVersion\": \"1.0\", \"episodeId\": ");
        lines.add(300, bookIn1900.toString());
        lines.add(400, born10000.toString());
        lines.add(500, throwing.toString());
        throwingLine = 501;
        mixed = String.join("\n", lines) + "\n";
    }

    static String json(CustodyEpisode episode) {
        try {
            return MedicalJson.mapper().writeValueAsString(episode);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MeasureEngine engine(InvalidEpisodePolicy policy) {
        return MeasureEngine.builder().measureSet(MEASURES).evaluator(BUGGY).period(MeasurementPeriod.unbounded())
                .invalidEpisodes(policy).build();
    }

    static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(InvalidEpisodePolicy.class)
    void poisonedLines_leaveTheReportOfEverythingElse(InvalidEpisodePolicy policy) throws IOException {
        MeasureEngine engine = engine(policy);
        MeasureReport sequential = engine.runLines(in(mixed), VALIDATOR).report(SETTINGS);
        MeasureReport parallel = engine.runLinesParallel(in(mixed), VALIDATOR, 3).report(SETTINGS);
        assertThat(parallel).isEqualTo(sequential);

        InputSummary input = sequential.input();
        assertThat(input.linesRead()).isEqualTo(1005);
        // the malformed line and the book-in in 1900 cannot be bound
        assertThat(input.episodesRead()).isEqualTo(1003);
        assertThat(input.episodesNotEvaluated()).isEqualTo(1);
        assertThat(input.notEvaluated()).singleElement().satisfies(tally -> {
            assertThat(tally.code()).isEqualTo("evaluation.episode.failed");
            assertThat(tally.episodes()).isEqualTo(1);
            assertThat(tally.firstLines()).containsExactly((long) throwingLine);
        });
        assertThat(input.rejected()).extracting(ProblemTally::code)
                .contains("json.syntax.truncated", "payload.instant.range");
        long boundRejected = input.episodesRejected() - 2;
        assertThat(input.episodesMeasured() + input.episodesOutsidePeriod() + boundRejected + input.episodesNotEvaluated())
                .isEqualTo(input.episodesRead());
        if (policy == InvalidEpisodePolicy.REJECT) {
            assertThat(input.episodesMeasured()).as(input.toString()).isEqualTo(1000);
            assertThat(input.episodesRejected()).isEqualTo(4);
            // exactly the report of the good lines alone
            MeasureReport clean = engine.runLines(in(String.join("\n", good)), VALIDATOR).report(SETTINGS);
            assertThat(sequential.measures()).isEqualTo(clean.measures());
            assertThat(sequential.facilities()).isEqualTo(clean.facilities());
        } else {
            // the two bound episodes with errors (a date of birth after book-in or out of bounds) are measured
            assertThat(input.episodesMeasured()).as(input.toString()).isEqualTo(1002);
            assertThat(input.episodesMeasuredWithErrors()).isEqualTo(2);
            assertThat(input.measuredWithErrors()).extracting(ProblemTally::code)
                    .contains("episode.detainee.bornAfterBookIn", "payload.date.range");
        }
        assertThat(sequential.toString()).doesNotContain("a bug that quotes");
    }
}
