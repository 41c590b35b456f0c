package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {
    static final String CHILD = Cli.EPISODES + "child.json";
    static final String MIXED = Cli.EPISODES + "mixed.jsonl";
    static final String SAMPLE = Cli.EPISODES + "sample.jsonl";
    static final String STRICTER = "src/test/resources/policy/stricter-welfare.json";
    static final String LOOSER = "src/test/resources/policy/looser-without-waiver.json";

    @Test
    void evaluate_text_failuresExit1() {
        Cli.run("evaluate", "--as-of", "2026-03-02T12:00:00Z", CHILD).exits(1).matchesGolden("evaluate-child.txt");
    }

    @Test
    void evaluate_json_findingsCarryTheirClause() {
        Cli.Run run = Cli.run("evaluate", "--as-of", "2026-03-02T12:00:00Z", "--format", "json", CHILD).exits(1)
                .matchesGolden("evaluate-child.json").conformsTo("evaluate");
        JsonNode findings = run.json().at("/episodes/0/findings");
        assertThat(findings).isNotEmpty();
        for (JsonNode finding : findings) {
            for (String field : new String[] {"requirementId", "standardId", "standardVersion", "status", "citation",
                "explanation"}) {
                assertThat(finding.get(field).asText()).as(field).isNotBlank();
            }
        }
        assertThat(run.json().at("/summary/failures").asLong()).isPositive();
    }

    @Test
    void evaluate_noFailures_exit0() {
        Cli.Run run = Cli.run("evaluate", "--as-of", "2025-03-03T12:00:00Z", "--format", "json", SAMPLE).exits(0)
                .conformsTo("evaluate");
        assertThat(run.json().at("/summary/findings").asLong()).isPositive();
    }

    @Test
    void evaluate_statusFilter_printsOnlyThoseButCountsAll() {
        JsonNode all = Cli.run("evaluate", "--as-of", "2025-03-04T12:00:00Z", "--format", "json", SAMPLE).exits(1).json();
        JsonNode some = Cli.run("evaluate", "--as-of", "2025-03-04T12:00:00Z", "--format", "json",
                "--status", "not-met,overdue", SAMPLE).exits(1).conformsTo("evaluate").json();
        assertThat(some.get("summary")).isEqualTo(all.get("summary"));
        long printed = 0;
        for (JsonNode episode : some.get("episodes")) {
            for (JsonNode finding : episode.get("findings")) {
                assertThat(Set.of("not-met", "overdue")).contains(finding.get("status").asText());
                printed++;
            }
        }
        assertThat(printed).isEqualTo(all.at("/summary/failures").asLong());
    }

    @Test
    void evaluate_invalidAndUnreadableEpisodes_areListedWithProblems() {
        Cli.Run run = Cli.run("evaluate", "--as-of", "2026-03-02T12:00:00Z", "--format", "json", MIXED).exits(1)
                .conformsTo("evaluate");
        JsonNode truncated = run.json().at("/episodes/2");
        assertThat(truncated.get("line").asInt()).isEqualTo(4);
        assertThat(truncated.get("evaluated").asBoolean()).isFalse();
        assertThat(truncated.get("episodeId").isNull()).isTrue();
        assertThat(truncated.at("/problems/0/code").asText()).isEqualTo("json.syntax.truncated");
        assertThat(run.json().at("/summary/invalid").asInt()).isEqualTo(2);
    }

    @Test
    void evaluate_stricterLocalPolicy_findsMore() {
        JsonNode baseline = Cli.run("evaluate", "--as-of", "2025-03-04T12:00:00Z", "--format", "json", SAMPLE).json();
        JsonNode stricter = Cli.run("evaluate", "--as-of", "2025-03-04T12:00:00Z", "--format", "json",
                "--policy", STRICTER, SAMPLE).exits(1).json();
        assertThat(stricter.get("catalogue").asText()).isEqualTo("baseline + policy " + STRICTER);
        // checks 30 instead of 60 minutes apart: more gaps are lapses (late, missed or overdue), fewer met
        assertThat(stricter.at("/summary/failures").asLong() + stricter.at("/summary/counts/met-late").asLong())
                .isGreaterThan(baseline.at("/summary/failures").asLong() + baseline.at("/summary/counts/met-late").asLong());
        assertThat(stricter.at("/summary/counts/met").asLong()).isLessThan(baseline.at("/summary/counts/met").asLong());
    }

    @Test
    void evaluate_looserPolicyWithoutWaiver_exit2_listingTheProblem() {
        Cli.Run run = Cli.run("evaluate", "--as-of", "2025-03-04T12:00:00Z", "--policy", LOOSER, SAMPLE).exits(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains(LOOSER + ": error policy.override.looserWithoutWaiver at /overrides/0",
                "nothing was evaluated");
    }

    @Test
    void evaluate_usageAndInputErrors() {
        assertThat(Cli.run("evaluate", SAMPLE).exits(2).err).contains("--as-of");
        assertThat(Cli.run("evaluate", "--as-of", "2025-03-04T12:00:00Z", "--status", "late", SAMPLE).exits(2).err)
                .contains("not a finding status");
        assertThat(Cli.run("evaluate", "--as-of", "2025-03-04", SAMPLE).exits(2).err).contains("not an instant");
        assertThat(Cli.run("evaluate", "--as-of", "2025-03-04T12:00:00Z", "--policy", "nope.json", SAMPLE).exits(3).err)
                .contains("nope.json: no such file");
        assertThat(Cli.run("evaluate", "--as-of", "2025-03-04T12:00:00Z", "nope.jsonl").exits(3).err)
                .contains("nope.jsonl: no such file");
    }
}
