package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code --records-through} on evaluate, worklist and mqm, and the demo's default: the end of the generated month. */
class RecordsThroughOptionTest {
    private static final String SAMPLE = EvaluateCommandTest.SAMPLE;
    private static final String AS_OF = "2025-03-20T00:00:00Z";
    private static final String THROUGH = "2025-03-04T12:00:00Z";

    static long count(JsonNode evaluate, String status) {
        long n = 0;
        for (JsonNode episode : evaluate.get("episodes")) {
            for (JsonNode finding : episode.get("findings")) {
                n += finding.get("status").asText().equals(status) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void evaluate_statesTheInstant_andNothingFallingDueAfterItIsMissed() {
        Cli.Run run = Cli.run("evaluate", "--as-of", AS_OF, "--records-through", THROUGH, "--format", "json", SAMPLE)
                .conformsTo("evaluate");
        JsonNode json = run.json();
        assertThat(json.get("asOf").asText()).isEqualTo(AS_OF);
        assertThat(json.get("recordsThrough").asText()).isEqualTo(THROUGH);
        Instant through = Instant.parse(THROUGH);
        for (JsonNode episode : json.get("episodes")) {
            for (JsonNode finding : episode.get("findings")) {
                String status = finding.get("status").asText();
                if ((status.equals("not-met") || status.equals("overdue")) && finding.hasNonNull("dueAt")) {
                    assertThat(Instant.parse(finding.get("dueAt").asText())).as(finding.get("explanation").asText())
                            .isBefore(through);
                }
            }
        }
        JsonNode whole = Cli.run("evaluate", "--as-of", AS_OF, "--format", "json", SAMPLE).json();
        assertThat(whole.get("recordsThrough").asText()).isEqualTo(AS_OF);
        assertThat(count(json, "due")).isGreaterThan(count(whole, "due"));
        assertThat(count(json, "overdue") + count(json, "not-met"))
                .isLessThan(count(whole, "overdue") + count(whole, "not-met"));
    }

    @Test
    void evaluate_text_saysSo_andALaterInstantIsTheEvaluationInstant() {
        assertThat(Cli.run("evaluate", "--as-of", AS_OF, "--records-through", THROUGH, SAMPLE).out)
                .contains("Records complete through " + THROUGH);
        assertThat(Cli.run("evaluate", "--as-of", THROUGH, "--records-through", AS_OF, "--format", "json", SAMPLE).json()
                .get("recordsThrough").asText()).isEqualTo(THROUGH);
        assertThat(Cli.run("evaluate", "--as-of", AS_OF, "--records-through", "soon", SAMPLE).exits(2).err)
                .contains("--records-through");
    }

    @Test
    void worklist_statesTheInstant() {
        JsonNode json = Cli.run("worklist", "--as-of", AS_OF, "--records-through", THROUGH, "--horizon", "2h", "--format",
                "json", SAMPLE).conformsTo("worklist").json();
        assertThat(json.get("recordsThrough").asText()).isEqualTo(THROUGH);
        assertThat(Cli.run("worklist", "--as-of", AS_OF, "--records-through", THROUGH, SAMPLE).out)
                .contains("Records complete through " + THROUGH);
    }

    @Test
    void mqm_statesTheInstant_inItsOutputAndTheReports() throws Exception {
        String out = "target/cli-test/mqm-records-through";
        JsonNode json = Cli.run("mqm", "--month", "2025-03", "--generated-at", "2025-04-15T00:00:00Z", "--as-of", AS_OF,
                "--records-through", THROUGH, "--suppress-below", "0", "--out", out, "--format", "json", SAMPLE)
                .exits(0).conformsTo("mqm").json();
        assertThat(json.get("recordsThrough").asText()).isEqualTo(THROUGH);
        assertThat(Files.readString(Path.of(out, "mqm-report.csv"))).contains("# records_through: " + THROUGH + "\r\n");
        assertThat(Files.readString(Path.of(out, "mqm-report.json"))).contains("\"recordsThrough\"");
        assertThat(Files.readString(Path.of(out, "mqm-report.html"))).contains("Records complete through");
    }

    @Test
    void demo_judgesTheRecordsThroughTheEndOfTheGeneratedMonth() {
        // the one generated facility is in America/Los_Angeles (UTC-8 in February): February ends at 08:00Z there
        JsonNode json = Cli.run("demo", "--out", "target/cli-test/demo-records-through", "--month", "2025-02",
                "--facilities", "1", "--per-day", "1", "--generated-at", "2025-03-20T00:00:00Z", "--format", "json")
                .exits(0).conformsTo("demo").json();
        assertThat(json.at("/evaluation/asOf").asText()).isEqualTo("2025-03-15T00:00:00Z");
        assertThat(json.at("/evaluation/recordsThrough").asText()).isEqualTo("2025-03-01T08:00:00Z");
    }
}
