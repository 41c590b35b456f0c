package gov.cbp.medical.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import gov.cbp.medical.rules.measure.engine.MeasureAccumulator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.worklist.Worklist;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 9: what the library logs through {@link System.Logger} (captured by {@link CapturedLogs})
 * while it validates, evaluates, lists and measures poisoned input never holds a planted canary, also when an
 * evaluation fails with an exception whose message quotes one.
 */
class LogPrivacyTest {
    private static final Evaluator EVALUATOR = Evaluator.of(Catalogue.baseline());
    private static final PayloadValidator VALIDATOR = PayloadValidator.builder().checkFutureTimes(false).build();
    private static final List<String> CANARIES = new ArrayList<>(PrivacyTest.CANARIES);

    static {
        CANARIES.add("2011-02-30");
        CANARIES.add("canary");
    }

    @Test
    void validateEvaluateWorklistAndMqm_onPoisonedInput_logNothingPlanted() throws Exception {
        CustodyEpisode planted = PrivacyTest.planted();
        String json = MedicalJson.mapper().writeValueAsString(planted);
        List<String> lines = poisoned(json);
        Instant asOf = planted.bookIn().at().plus(Duration.ofHours(30));
        CapturedLogs.clear();

        for (String line : lines) {
            ValidationResult<CustodyEpisode> result = VALIDATOR.validate(line.getBytes(StandardCharsets.UTF_8));
            result.boundValue().ifPresent(episode -> {
                EVALUATOR.evaluate(episode, asOf);
                Worklist.of(EVALUATOR, List.of(episode), asOf, Duration.ofHours(1));
            });
        }
        EVALUATOR.evaluate(planted, asOf);
        Worklist.of(EVALUATOR, List.of(planted), asOf, Duration.ofHours(1));
        Function<CustodyEpisode, EpisodeEvaluation> failing = episode -> {
            throw new IllegalStateException("CANARY-FAMILY born 2011-02-03 " + episode.detainee().identifiers());
        };
        int reports = 0;
        for (InvalidEpisodePolicy policy : InvalidEpisodePolicy.values()) {
            for (Function<CustodyEpisode, EpisodeEvaluation> evaluator
                    : List.<Function<CustodyEpisode, EpisodeEvaluation>>of(e -> EVALUATOR.evaluate(e, asOf), failing)) {
                MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                        .evaluator(evaluator).period(MeasurementPeriod.unbounded()).invalidEpisodes(policy).build();
                MeasureAccumulator accumulator = engine.runLines(new ByteArrayInputStream(
                        String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), VALIDATOR);
                accumulator.add(LineResult.of(lines.size() + 1, ValidationResult.of(List.of(), planted)));
                MeasureReport report = accumulator.report(ReportSettings.of(Instant.parse("2026-12-01T00:00:00Z"), 0));
                assertThat(report).isNotNull();
                reports++;
            }
        }

        List<String> logged = CapturedLogs.records();
        assertThat(reports).isEqualTo(2 * InvalidEpisodePolicy.values().length);
        assertThat(logged).as("the failing evaluator is logged").anyMatch(r -> r.contains("evaluation of an episode failed"));
        for (String record : logged) {
            String lower = record.toLowerCase(Locale.ROOT);
            for (String canary : CANARIES) {
                assertThat(lower).as("log record leaks %s", canary).doesNotContain(canary.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The planted episode, whole and broken where its personal values are. */
    private static List<String> poisoned(String json) {
        List<String> lines = new ArrayList<>();
        lines.add(json);
        lines.add(json.replace("2011-02-03", "2011-02-30"));
        lines.add(json.replace("\"CANARY-FAMILY\"", "CANARY-FAMILY"));
        lines.add(json.replace("\"CANARY-NOTE\"", "[\"CANARY-NOTE\"]"));
        lines.add(json.replace("\"CANARY-FINDINGS\"", "{\"x\":\"CANARY-FINDINGS\"}"));
        lines.add(json.substring(0, json.indexOf("CANARY-GIVEN") + 6));
        lines.add(json.replace("\"familyName\"", "\"CANARY-FAMILY\\n\""));
        return lines;
    }
}
