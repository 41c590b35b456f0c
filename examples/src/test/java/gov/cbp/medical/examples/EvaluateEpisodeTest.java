package gov.cbp.medical.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluateEpisodeTest {
    @Test
    void main_printsFindingsWithCitations() throws Exception {
        String out = StdOut.of(() -> EvaluateEpisode.main(new String[0]));
        assertThat(out).contains("met            EMD-INTERVIEW-JUV met: health-interview",
                "CBP-DIR-2210-004 2020-03-30: CBP Directive 2210-004", "TEDS-WELFARE");
        assertThat(out).doesNotContain("Synthetic-Tzul"); // findings never name the person
    }

    @Test
    void main_withAFileAndInstant() throws Exception {
        String out = StdOut.of(() -> EvaluateEpisode.main(new String[] {"src/test/resources/episodes/child.json",
            "2026-03-02T12:00:00Z"}));
        assertThat(out).contains("overdue        EMD-OBSERVE overdue by 22h");
    }

    @Test
    void main_unreadableEpisode_printsProblemsOnly() throws Exception {
        String out = StdOut.of(() -> EvaluateEpisode.main(new String[] {"src/test/resources/episodes/mixed.jsonl"}));
        assertThat(out).isEqualTo("fatal json.syntax.trailing at \n");
    }
}
