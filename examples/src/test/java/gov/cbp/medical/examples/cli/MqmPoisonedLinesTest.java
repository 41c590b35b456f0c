package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code mqm} never loses the report for one bad line, under every invalid-episode policy: a date of birth
 * after book-in, one out of bounds and a malformed line among good ones give a report and exit code 1.
 */
class MqmPoisonedLinesTest {
    static final Path OUT = Cli.MODULE.resolve("target/cli-test/mqm-poisoned");

    static Path input() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Cli.MODULE.resolve(EvaluateCommandTest.SAMPLE)));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode bornAfter = (ObjectNode) mapper.readTree(lines.get(0));
        ((ObjectNode) bornAfter.get("detainee")).put("dateOfBirth", "2099-06-01");
        bornAfter.put("episodeId", "POISON-1");
        ObjectNode bornInTheFuture = (ObjectNode) mapper.readTree(lines.get(1));
        ((ObjectNode) bornInTheFuture.get("detainee")).put("dateOfBirth", "+10000-01-01");
        bornInTheFuture.put("episodeId", "POISON-2");
        lines.add(1, bornAfter.toString());
        lines.add(3, "{\"formatVersion\":\"1.0\",");
        lines.add(bornInTheFuture.toString());
        Path file = OUT.resolve("poisoned.jsonl");
        Files.createDirectories(OUT);
        Files.write(file, lines);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"measure", "reject"})
    void oneBadLine_neverLosesTheReport(String policy) throws IOException {
        Path file = input();
        Path out = OUT.resolve(policy);
        long good = Files.readAllLines(Cli.MODULE.resolve(EvaluateCommandTest.SAMPLE)).stream().filter(l -> !l.isBlank()).count();
        Cli.Run run = Cli.run("mqm", "--generated-at", "2025-04-15T00:00:00Z", "--as-of", "2025-04-15T00:00:00Z",
                "--invalid-episodes", policy, "--format", "json", "--out", out.toString(), file.toString());
        JsonNode json = run.exits(1).conformsTo("mqm").json();
        assertThat(run.err).doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(json.at("/input/linesRead").asLong()).isEqualTo(good + 3);
        assertThat(json.at("/input/episodesMeasured").asLong()).isEqualTo(policy.equals("reject") ? good : good + 2);
        assertThat(json.at("/input/episodesNotEvaluated").asLong()).isZero();
        assertThat(out.resolve("mqm-report.json")).isNotEmptyFile();
        assertThat(out.resolve("mqm-report.html")).isNotEmptyFile();
        assertThat(out.resolve("mqm-report.csv")).isNotEmptyFile();
    }
}
