package gov.cbp.medical.rules.evaluation;

import static gov.cbp.medical.rules.Episodes.BASELINE;
import static gov.cbp.medical.rules.Episodes.at;
import static gov.cbp.medical.rules.Episodes.h;
import static gov.cbp.medical.rules.Episodes.hospitalVisit;
import static gov.cbp.medical.rules.Episodes.interpretedInterview;
import static gov.cbp.medical.rules.Episodes.juvenile;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.common.InterpretationMode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An event recorded twice (same type, id and instant) is one occurrence of a deadline requirement, whether the
 * requirement has one trigger or several (TEDS-LANGUAGE: an interview, an assessment or a hospital visit); an
 * event of another type with the same id and instant is another occurrence. The evaluator takes episodes that
 * need not be valid, so duplicates reach it.
 */
class RecordedTwiceTest {
    static List<Finding> language(CustodyEpisode episode) {
        return BASELINE.evaluate(episode, at(h(12))).findings().stream()
                .filter(f -> f.requirementId().equals("TEDS-LANGUAGE")).collect(Collectors.toList());
    }

    @Test
    void interviewRecordedTwice_isOneOccurrence() {
        CustodyEpisode once = juvenile(15).language("es", true)
                .event(interpretedInterview("I1", h(1), InterpretationMode.CBP_EMPLOYEE)).build();
        CustodyEpisode twice = juvenile(15).language("es", true)
                .event(interpretedInterview("I1", h(1), InterpretationMode.CBP_EMPLOYEE))
                .event(interpretedInterview("I1", h(1), InterpretationMode.CBP_EMPLOYEE)).build();
        assertThat(language(once)).hasSize(1);
        assertThat(language(twice)).hasSize(1);
        assertThat(language(twice).get(0).triggerEventIds()).containsExactly("I1");
        assertThat(language(twice).get(0).status()).isEqualTo(language(once).get(0).status());
    }

    @Test
    void visitSharingTheInterviewsIdAndInstant_isAnotherOccurrence() {
        CustodyEpisode episode = juvenile(15).language("es", true)
                .event(interpretedInterview("I1", h(1), InterpretationMode.CBP_EMPLOYEE))
                .event(interpretedInterview("I1", h(1), InterpretationMode.CBP_EMPLOYEE))
                .event(hospitalVisit("I1", h(1), null))
                .event(interpretedInterview("I2", h(3), InterpretationMode.CBP_EMPLOYEE)).build();
        List<Finding> findings = language(episode);
        assertThat(findings).extracting(f -> f.triggerEventIds().get(0)).containsExactly("I1", "I1", "I2");
        assertThat(findings).extracting(f -> f.triggerAt().orElseThrow()).containsExactly(at(h(1)), at(h(1)), at(h(3)));
    }
}
