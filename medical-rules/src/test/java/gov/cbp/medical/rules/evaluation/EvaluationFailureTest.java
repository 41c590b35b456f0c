package gov.cbp.medical.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.testkit.EpisodeGenerator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An internal failure on one episode is data: one problem, no findings, no value from the episode. */
class EvaluationFailureTest {
    static final CustodyEpisode EPISODE = EpisodeGenerator.juvenileDay();
    static final Instant AS_OF = Instant.parse("2025-03-05T00:00:00Z");
    /** A value of the episode that a careless exception message would quote. */
    static final String CANARY = "CANARY-1933-02-30-Synthetic-Tzul";

    @Test
    void guard_turnsARuntimeExceptionIntoOneProblem() {
        EpisodeEvaluation evaluation = EvaluationFailure.guard(EPISODE, AS_OF, () -> {
            throw new IllegalArgumentException("date of birth " + CANARY + " is odd");
        });
        assertThat(evaluation.episodeId()).isEqualTo(EPISODE.episodeId());
        assertThat(evaluation.asOf()).isEqualTo(AS_OF);
        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.problems()).hasSize(1);
        Problem problem = evaluation.problems().get(0);
        assertThat(problem.code()).isEqualTo("evaluation.episode.failed").matches("^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+$");
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.arguments()).containsExactly("IllegalArgumentException");
        assertThat(problem.toString() + problem.message()).doesNotContain(CANARY).doesNotContain("is odd");
    }

    @Test
    void guard_turnsAStackOverflowIntoOneProblem() {
        EpisodeEvaluation evaluation = EvaluationFailure.guard(EPISODE, AS_OF, () -> {
            throw new StackOverflowError();
        });
        assertThat(evaluation.problems()).extracting(Problem::arguments).containsExactly(java.util.List.of("StackOverflowError"));
    }

    @Test
    void guard_letsOutOfMemoryThrough() {
        // the process is in no state to go on: the command line maps it to exit code 4
        assertThatThrownBy(() -> EvaluationFailure.guard(EPISODE, AS_OF, () -> {
            throw new OutOfMemoryError("test");
        })).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void guard_passesAnEvaluationThrough() {
        EpisodeEvaluation fine = EpisodeEvaluation.builder().episodeId("X").asOf(AS_OF).build();
        assertThat(EvaluationFailure.guard(EPISODE, AS_OF, () -> fine)).isSameAs(fine);
    }
}
