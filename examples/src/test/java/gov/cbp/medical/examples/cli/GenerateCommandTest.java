package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GenerateCommandTest {
    private static final String OUT = "target/cli-test/generate/episodes.jsonl";

    private static byte[] expected() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EpisodeGenerator.of(GeneratorSettings.builder().seed(7).facilities(2).days(1).arrivalsPerFacilityPerDay(3)
                .startDate(LocalDate.parse("2025-03-03")).build()).writeJsonLines(bytes);
        return bytes.toByteArray();
    }

    @Test
    void generate_writesTheGeneratorsBytes_text() throws Exception {
        Cli.run("generate", "--seed", "7", "--facilities", "2", "--days", "1", "--per-day", "3", "--out", OUT)
                .exits(0).matchesGolden("generate.txt");
        assertThat(Files.readAllBytes(Path.of(OUT))).isEqualTo(expected());
        Cli.run("validate", OUT).exits(0);
    }

    @Test
    void generate_json() {
        Cli.run("generate", "--seed", "7", "--facilities", "2", "--days", "1", "--per-day", "3", "--out", OUT,
                "--format", "json").exits(0).matchesGolden("generate.json").conformsTo("generate");
    }

    @Test
    void generate_toStandardOutput_writesTheSameBytes() throws Exception {
        Cli.Run run = Cli.run("generate", "--seed", "7", "--facilities", "2", "--days", "1", "--per-day", "3",
                "--out", "-").exits(0);
        assertThat(run.out).isEqualTo(new String(expected(), StandardCharsets.UTF_8));
    }

    @Test
    void generate_usageErrors_exit2() {
        assertThat(Cli.run("generate", "--out", OUT).exits(2).err).contains("--seed");
        assertThat(Cli.run("generate", "--seed", "1", "--facilities", "0", "--out", OUT).exits(2).err)
                .contains("facilities must lie in 1..500");
        assertThat(Cli.run("generate", "--seed", "x", "--out", OUT).exits(2).err).contains("--seed");
    }

    @Test
    void generate_unwritableOutput_exit3() {
        assertThat(Cli.run("generate", "--seed", "1", "--days", "1", "--out", "pom.xml/episodes.jsonl").exits(3).err)
                .startsWith("cbp-medical: cannot write pom.xml/episodes.jsonl");
    }
}
