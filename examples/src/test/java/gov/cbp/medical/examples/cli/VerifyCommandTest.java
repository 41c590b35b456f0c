package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerifyCommandTest {
    private static final String SAMPLE = EvaluateCommandTest.SAMPLE;
    private static final Path OUT = Path.of("target/cli-test/verify");
    private static final String REPORT = OUT.resolve("report/mqm-report.json").toString();

    @BeforeAll
    static void report() {
        Cli.run("mqm", "--month", "2025-03", "--generated-at", "2025-04-15T00:00:00Z", "--suppress-below", "0",
                "--threads", "2", "--out", OUT.resolve("report").toString(), SAMPLE).exits(0);
    }

    /** The sample with some lines changed: each function maps a line (0-based index) to its new text, or null. */
    static String variant(String name, java.util.function.BiFunction<Integer, String, String> change) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(SAMPLE), StandardCharsets.UTF_8);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = change.apply(i, lines.get(i));
            if (line != null) {
                changed.add(line);
            }
        }
        Path file = OUT.resolve(name);
        Files.createDirectories(OUT);
        Files.write(file, changed, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void sameEpisodes_inAnotherOrder_verify() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(SAMPLE), StandardCharsets.UTF_8));
        java.util.Collections.reverse(lines);
        Path reversed = OUT.resolve("reversed.jsonl");
        Files.write(reversed, lines, StandardCharsets.UTF_8);
        assertThat(Cli.run("verify", "--report", REPORT, SAMPLE).exits(0).out).startsWith("Verified: ");
        assertThat(Cli.run("verify", "--report", REPORT, reversed.toString()).exits(0).out).startsWith("Verified: ");
    }

    @Test
    void aRemovedLine_isNamedAsDifferentInput() throws Exception {
        String fewer = variant("fewer.jsonl", (i, line) -> i == 0 ? null : line);
        Cli.Run run = Cli.run("verify", "--report", REPORT, "--format", "json", fewer).exits(1).conformsTo("verify");
        JsonNode json = run.json();
        assertThat(json.get("verified").asBoolean()).isFalse();
        List<String> what = new ArrayList<>();
        json.get("differences").forEach(d -> what.add(d.get("what").asText()));
        assertThat(what).contains("input digest", "episodes in the input digest", "episodes read")
                .doesNotContain("standards digest", "measure set digest");
    }

    @Test
    void anAlteredTime_isNamed_inTheInputDigest() throws Exception {
        String altered = variant("altered.jsonl", (i, line) -> i == 1 ? line.replaceFirst("(\"at\":\"[0-9T:-]+)\\d(Z|\\.)", "$17$2")
                : line);
        assertThat(Files.readString(Path.of(altered))).isNotEqualTo(Files.readString(Path.of(SAMPLE)));
        String out = Cli.run("verify", "--report", REPORT, altered).exits(1).out;
        assertThat(out).startsWith("NOT verified: ").contains("differs: input digest: report ")
                .doesNotContain("differs: episodes read");
    }

    @Test
    void otherStandards_areNamed() {
        String out = Cli.run("verify", "--report", REPORT, "--policy", "src/test/resources/policy/stricter-welfare.json",
                SAMPLE).exits(1).out;
        assertThat(out).contains("differs: standards digest").doesNotContain("differs: input digest");
    }

    @Test
    void aReportWithoutDigests_orNoReport_isAUsageOrInputError() throws Exception {
        String text = Files.readString(Path.of(REPORT));
        JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("digests");
        Path bare = OUT.resolve("bare.json");
        Files.writeString(bare, tree.toString());
        assertThat(Cli.run("verify", "--report", bare.toString(), SAMPLE).exits(2).err).contains("carries no digests");
        assertThat(Cli.run("verify", "--report", OUT.resolve("missing.json").toString(), SAMPLE).exits(3).err)
                .contains("no such file");
        Path notJson = OUT.resolve("not.json");
        Files.writeString(notJson, "{\"stamp\": 1");
        assertThat(Cli.run("verify", "--report", notJson.toString(), SAMPLE).exits(2).err).contains("not an MQM report");
        assertThat(Cli.run("verify", SAMPLE).exits(2).err).contains("--report");
    }
}
