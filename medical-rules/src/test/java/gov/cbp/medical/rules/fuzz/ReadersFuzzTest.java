package gov.cbp.medical.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.standard.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Coverage-guided fuzzing of the three readers of untrusted JSON: the payload reader (then evaluation and
 * MQM on what it binds), the standards and local-policy reader, and the measure-set reader. None may throw
 * on any input, and the evaluator must not fail on a bound episode.
 *
 * <p>Every build runs these in Jazzer's regression mode over the committed corpus
 * ({@code src/test/resources/gov/cbp/medical/rules/fuzz/ReadersFuzzTestInputs/<method>/}); a fuzzing run
 * on demand (see docs/decisions.md, "Fuzzing"):
 * {@code JAZZER_FUZZ=1 ./mvnw -B -pl medical-rules -am test -Dtest=ReadersFuzzTest#payload
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=300s}.
 */
class ReadersFuzzTest {
    static final PayloadValidator VALIDATOR = PayloadValidator.builder().checkFutureTimes(false).build();
    static final Evaluator EVALUATOR = Evaluator.of(Catalogue.baseline());
    static final MeasureEngine ENGINE = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
            .evaluator(episode -> EVALUATOR.evaluate(episode, episode.bookIn().at().plus(Duration.ofHours(30))))
            .period(MeasurementPeriod.unbounded()).build();
    static final ReportSettings SETTINGS = ReportSettings.of(Instant.parse("2026-12-01T00:00:00Z"), 0);

    @FuzzTest(maxDuration = "5m")
    void payload(byte[] input) {
        ValidationResult<CustodyEpisode> result = VALIDATOR.validate(input);
        VALIDATOR.validateEvent(input);
        if (result.boundValue().isPresent()) {
            CustodyEpisode episode = result.boundValue().get();
            EpisodeEvaluation evaluation = EVALUATOR.evaluate(episode, episode.bookIn().at().plus(Duration.ofHours(8)));
            assertThat(evaluation.problems()).isEmpty();
            assertThat(ENGINE.newAccumulator().add(LineResult.of(1, result)).report(SETTINGS).input().episodesNotEvaluated())
                    .isZero();
        }
    }

    @FuzzTest(maxDuration = "5m")
    void standards(byte[] input) throws IOException {
        Catalogue.load(new ByteArrayInputStream(input));
        Catalogue.baseline().withPolicy(new ByteArrayInputStream(input));
    }

    @FuzzTest(maxDuration = "5m")
    void measureSet(byte[] input) {
        MeasureSetReader.create().read(input);
    }
}
