package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class WorklistCommandTest {
    private static final String SAMPLE = EvaluateCommandTest.SAMPLE;
    private static final String AS_OF = "2025-03-04T12:00:00Z";

    @Test
    void worklist_text_overdueExit1() {
        Cli.run("worklist", "--as-of", AS_OF, "--horizon", "2h", SAMPLE).exits(1).matchesGolden("worklist.txt");
    }

    @Test
    void worklist_json() {
        Cli.Run run = Cli.run("worklist", "--as-of", AS_OF, "--horizon", "2h", "--format", "json", SAMPLE).exits(1)
                .matchesGolden("worklist.json").conformsTo("worklist");
        JsonNode summary = run.json().get("summary");
        assertThat(summary.get("overdue").asInt()).isPositive();
        assertThat(summary.get("tasks").asInt()).isEqualTo(summary.get("overdue").asInt() + summary.get("due").asInt());
        for (JsonNode group : run.json().get("groups")) {
            for (JsonNode task : group.get("tasks")) {
                assertThat(task.get("status").asText()).isIn("due", "overdue");
                assertThat(task.get("facilityId")).isEqualTo(group.get("facilityId"));
            }
        }
    }

    @Test
    void worklist_nothingOverdue_exit0() {
        Cli.Run run = Cli.run("worklist", "--as-of", "2025-03-03T12:00:00Z", "--format", "json", SAMPLE).exits(0);
        assertThat(run.json().at("/summary/overdue").asInt()).isZero();
    }

    @Test
    void worklist_facilityFilter_andShortDurations() {
        JsonNode all = Cli.run("worklist", "--as-of", AS_OF, "--horizon", "PT1H30M", "--format", "json", SAMPLE).json();
        String facility = all.at("/groups/0/facilityId").asText();
        JsonNode one = Cli.run("worklist", "--as-of", AS_OF, "--horizon", "90m", "--facility", facility, "--format",
                "json", SAMPLE).json();
        assertThat(one.get("horizon").asText()).isEqualTo("PT1H30M");
        assertThat(one.get("groups")).isNotEmpty().allSatisfy(g -> assertThat(g.get("facilityId").asText()).isEqualTo(facility));
    }

    @Test
    void worklist_usageErrors_exit2() {
        assertThat(Cli.run("worklist", "--as-of", AS_OF, "--horizon", "soon", SAMPLE).exits(2).err).contains("not a duration");
        assertThat(Cli.run("worklist", "--as-of", AS_OF, "--horizon", "-PT1H", SAMPLE).exits(2).err).contains("negative");
        assertThat(Cli.run("worklist", SAMPLE).exits(2).err).contains("--as-of");
    }
}
