package gov.cbp.medical.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.InputSummary;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events the reader could not interpret are counted and carried into the evaluation and the MQM input summary. */
class UnreadEventsTest {
    static final PayloadValidator VALIDATOR = PayloadValidator.builder().checkFutureTimes(false).build();
    static final Instant AS_OF = Instant.parse("2025-03-05T00:00:00Z");

    static ValidationResult<CustodyEpisode> withUnreadEvents() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(
                MedicalJson.mapper().writeValueAsString(EpisodeGenerator.juvenileDay()));
        ArrayNode events = (ArrayNode) tree.get("events");
        String at = tree.get("bookIn").get("at").asText();
        events.addObject().put("type", "hold-room-exit").put("id", "X1").put("at", at); // a newer minor version's
        events.addObject().put("type", "Welfare-Check").put("id", "X2").put("at", at); // miscased: unknown
        events.addObject().put("type", "welfare-check").put("id", "X3").put("at", at); // no method: dropped
        return VALIDATOR.validate(tree.toString());
    }

    @Test
    void unreadEvents_areCountedOnTheEpisode_andCarriedIntoItsEvaluation() throws Exception {
        ValidationResult<CustodyEpisode> result = withUnreadEvents();
        CustodyEpisode episode = result.boundValue().orElseThrow();
        assertThat(episode.unreadEvents()).isEqualTo(Map.of("unknown", 2, "welfare-check", 1));
        assertThat(MedicalJson.mapper().writeValueAsString(episode)).doesNotContain("unreadEvents");
        EpisodeEvaluation evaluation = Evaluator.of(Catalogue.baseline()).evaluate(episode, AS_OF);
        assertThat(evaluation.unreadEvents()).isEqualTo(Map.of("unknown", 2, "welfare-check", 1));
        assertThat(Evaluator.of(Catalogue.baseline()).evaluate(EpisodeGenerator.juvenileDay(), AS_OF).unreadEvents())
                .isEmpty();
    }

    @Test
    void unreadEvents_areCountedInTheMqmInputSummary() throws Exception {
        Evaluator evaluator = Evaluator.of(Catalogue.baseline());
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(e -> evaluator.evaluate(e, AS_OF)).period(MeasurementPeriod.unbounded()).build();
        InputSummary input = engine.newAccumulator().add(LineResult.of(1, withUnreadEvents()))
                .add(LineResult.of(2, withUnreadEvents()))
                .add(LineResult.of(3, VALIDATOR.validate(MedicalJson.mapper().writeValueAsString(EpisodeGenerator.juvenileDay()))))
                .report(ReportSettings.of(AS_OF, 0)).input();
        assertThat(input.episodesWithUnreadEvents()).isEqualTo(2);
        assertThat(input.unreadEvents()).isEqualTo(Map.of("unknown", 4L, "welfare-check", 2L));
    }
}
