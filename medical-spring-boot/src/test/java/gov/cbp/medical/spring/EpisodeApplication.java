package gov.cbp.medical.spring;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot application as a team would write it, with nothing configured for the library but the
 * dependency: the README shows this code.
 */
// readme:start
@SpringBootApplication
public class EpisodeApplication {
    @RestController
    static class Episodes {
        private final PayloadValidator validator;
        private final Evaluator evaluator;

        Episodes(PayloadValidator validator, Evaluator evaluator) {
            this.validator = validator;
            this.evaluator = evaluator;
        }

        @PostMapping("/episodes")
        Map<String, Object> evaluate(@Valid @RequestBody CustodyEpisode episode, @RequestParam Instant asOf) {
            EpisodeEvaluation evaluation = evaluator.evaluate(episode, asOf);
            return Map.of("episodeId", episode.episodeId(), "findings", evaluation.findings().size());
        }

        @PostMapping("/episodes/checked")
        CustodyEpisode check(@RequestBody byte[] body) {
            ValidationResult<CustodyEpisode> result = validator.validate(body);
            return result.value().orElseThrow(() -> new PayloadRejectedException(result.problems()));
        }
    }
}
// readme:end
