package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
    private static final String CHILD = Cli.EPISODES + "child.json";
    private static final String MIXED = Cli.EPISODES + "mixed.jsonl";

    @Test
    void validate_validDocument_exit0() {
        Cli.run("validate", "--as-of", "2026-04-01T00:00:00Z", CHILD).exits(0).matchesGolden("validate-valid.txt");
    }

    @Test
    void validate_jsonLinesWithBadLines_text_exit1() {
        Cli.run("validate", "--as-of", "2026-04-01T00:00:00Z", MIXED, CHILD).exits(1)
                .matchesGolden("validate-mixed.txt");
    }

    @Test
    void validate_jsonLinesWithBadLines_json_exit1() {
        Cli.Run run = Cli.run("validate", "--as-of", "2026-04-01T00:00:00Z", "--format", "json", MIXED, CHILD)
                .exits(1).matchesGolden("validate-mixed.json").conformsTo("validate");
        JsonNode problems = run.json().at("/inputs/0/problems");
        assertThat(problems).hasSize(3);
        for (JsonNode problem : problems) {
            assertThat(problem.has("line")).isTrue();
            assertThat(problem.fieldNames()).toIterable().contains("severity", "code", "pointer", "message");
        }
        assertThat(run.json().at("/inputs/1/problems")).isEmpty();
    }

    @Test
    void validate_truncatedStandardInput_printsProblemsWithPointer() {
        Cli.Run run = Cli.runWithInput("{\"episode\": [1, 2", "validate", "--format", "json", "-").exits(1)
                .matchesGolden("validate-truncated.json").conformsTo("validate");
        JsonNode problem = run.json().at("/inputs/0/problems/0");
        assertThat(problem.get("severity").asText()).isEqualTo("fatal");
        assertThat(problem.get("pointer").asText()).isEqualTo("/episode/1");
        assertThat(problem.has("line")).isFalse();
        assertThat(run.err).isEmpty();
    }

    @Test
    void validate_garbage_printsProblemsNotStackTraces() {
        for (String garbage : List.of("", "   ", "]", "{\"a\":", "null", "[1,2,3]", "\u0000\u0001",
                "{\"formatVersion\": \"9.0\"}", "{\"formatVersion\": 1}", "{}\n{}\n{\n")) {
            Cli.Run run = Cli.runWithInput(garbage, "validate", "--format", "json", "-").exits(1).conformsTo("validate");
            assertThat(run.json().at("/inputs/0/problems")).as(garbage).isNotEmpty();
        }
    }

    @Test
    void validate_standardInputAsJsonLines_isDetectedFromContent() throws Exception {
        byte[] mixed = java.nio.file.Files.readAllBytes(Cli.MODULE.resolve(MIXED));
        Cli.Run run = Cli.runWithInput(new ByteArrayInputStream(mixed), "validate", "--as-of", "2026-04-01T00:00:00Z",
                "--format", "json", "-").exits(1);
        assertThat(run.json().at("/inputs/0/format").asText()).isEqualTo("json-lines");
        assertThat(run.json().at("/inputs/0/episodes").asLong()).isEqualTo(4);
    }

    @Test
    void validate_prettyPrintedStandardInput_isOneDocument() throws Exception {
        byte[] child = java.nio.file.Files.readAllBytes(Cli.MODULE.resolve(CHILD));
        Cli.Run run = Cli.runWithInput(new ByteArrayInputStream(child), "validate", "--as-of", "2026-04-01T00:00:00Z",
                "--format", "json", "-").exits(0);
        assertThat(run.json().at("/inputs/0/format").asText()).isEqualTo("json");
        Cli.Run forced = Cli.runWithInput(new ByteArrayInputStream(child), "validate", "--as-of", "2026-04-01T00:00:00Z",
                "--input-format", "jsonl", "--format", "json", "-").exits(1);
        assertThat(forced.json().at("/inputs/0/format").asText()).isEqualTo("json-lines");
    }

    @Test
    void validate_largeJsonLines_streams() throws Exception {
        byte[] line = (java.nio.file.Files.readAllLines(Cli.MODULE.resolve(MIXED)).get(0) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        int count = 2_000;
        InputStream lines = new SequenceInputStream(Collections.enumeration(
                Collections.nCopies(count, line).stream().map(ByteArrayInputStream::new).toList()));
        Cli.Run run = Cli.runWithInput(lines, "validate", "--as-of", "2026-04-01T00:00:00Z", "--input-format", "jsonl",
                "--format", "json", "-").exits(0);
        assertThat(run.json().at("/summary/episodes").asLong()).isEqualTo(count);
    }

    @Test
    void validate_futureTimes_areErrorsRelativeToAsOf() {
        Cli.run("validate", "--as-of", "2026-03-01T00:00:00Z", CHILD).exits(1);
    }

    @Test
    void validate_missingFile_exit3() {
        Cli.Run run = Cli.run("validate", "no-such-file.json").exits(3);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("cbp-medical: no-such-file.json: no such file\n");
    }

    @Test
    void validate_directory_exit3() {
        assertThat(Cli.run("validate", "src").exits(3).err).contains("is a directory");
    }

    @Test
    void validate_usageErrors_exit2() {
        assertThat(Cli.run("validate").exits(2).err).contains("Missing required parameter");
        assertThat(Cli.run("validate", "--format", "xml", CHILD).exits(2).err).contains("--format");
        assertThat(Cli.run("validate", "--as-of", "yesterday", CHILD).exits(2).err).contains("not an instant");
        assertThat(Cli.run("validate", "-", "-").exits(2).err).contains("only once");
        assertThat(Cli.run("validate", "--bogus", CHILD).exits(2).err).contains("Unknown option");
    }
}
