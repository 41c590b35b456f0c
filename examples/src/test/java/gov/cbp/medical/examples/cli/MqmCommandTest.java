package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MqmCommandTest {
    private static final String SAMPLE = EvaluateCommandTest.SAMPLE;
    private static final String OUT = "target/cli-test/mqm";

    private static String[] mqm(String out, String... more) {
        String[] base = {"mqm", "--month", "2025-03", "--generated-at", "2025-04-15T00:00:00Z", "--suppress-below", "0",
            "--threads", "2", "--out", out};
        String[] args = new String[base.length + more.length + 1];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        args[args.length - 1] = SAMPLE;
        return args;
    }

    @Test
    void mqm_text_writesTheThreeReports() throws Exception {
        Cli.run(mqm(OUT + "/text")).exits(0).matchesGolden("mqm.txt");
        for (String name : new String[] {"mqm-report.json", "mqm-report.csv", "mqm-report.html"}) {
            assertThat(Path.of(OUT, "text", name)).isNotEmptyFile();
        }
        try (InputStream in = Files.newInputStream(Path.of(OUT, "text", "mqm-report.json"))) {
            MeasureReport report = MeasureReportJson.read(in);
            assertThat(report.input().episodesMeasured()).isEqualTo(8);
            assertThat(report.stamp().generatedAt()).hasToString("2025-04-15T00:00:00Z");
        }
        assertThat(Files.readString(Path.of(OUT, "text", "mqm-report.html"))).contains("<html");
    }

    @Test
    void mqm_json() {
        Cli.Run run = Cli.run(mqm(OUT + "/json", "--format", "json")).exits(0).matchesGolden("mqm.json").conformsTo("mqm");
        assertThat(run.json().get("measures")).isNotEmpty();
    }

    @Test
    void mqm_reportsAreReproducible_andFromToEqualsMonth() throws Exception {
        Cli.run(mqm(OUT + "/a")).exits(0);
        Cli.run("mqm", "--from", "2025-03-01", "--to", "2025-03-31", "--generated-at", "2025-04-15T00:00:00Z",
                "--suppress-below", "0", "--threads", "1", "--out", OUT + "/b", SAMPLE).exits(0);
        for (String name : new String[] {"mqm-report.json", "mqm-report.csv", "mqm-report.html"}) {
            assertThat(Files.readAllBytes(Path.of(OUT, "b", name))).as(name)
                    .isEqualTo(Files.readAllBytes(Path.of(OUT, "a", name)));
        }
    }

    @Test
    void mqm_invalidEpisodes_exit1() {
        JsonNode json = Cli.run("mqm", "--generated-at", "2025-04-15T00:00:00Z", "--out", OUT + "/invalid",
                "--format", "json", EvaluateCommandTest.MIXED).exits(1).conformsTo("mqm").json();
        assertThat(json.at("/input/episodesRejected").asInt() + json.at("/input/episodesMeasuredWithErrors").asInt())
                .isPositive();
    }

    @Test
    void mqm_usageErrors_exit2() {
        assertThat(Cli.run("mqm", "--from", "2025-03-31", "--to", "2025-03-01", "--out", OUT, SAMPLE).exits(2).err)
                .contains("--to must not be before --from");
        assertThat(Cli.run("mqm", "--from", "2025-03-01", "--out", OUT, SAMPLE).exits(2).err).contains("--to");
        assertThat(Cli.run("mqm", "--month", "2025-03", "--from", "2025-03-01", "--to", "2025-03-02", "--out", OUT,
                SAMPLE).exits(2).err).contains("mutually exclusive");
        assertThat(Cli.run("mqm", "--month", "March", "--out", OUT, SAMPLE).exits(2).err).contains("YYYY-MM");
        assertThat(Cli.run("mqm", "--suppress-below", "-1", "--out", OUT, SAMPLE).exits(2).err).contains("negative");
        assertThat(Cli.run("mqm", SAMPLE).exits(2).err).contains("--out");
    }

    @Test
    void mqm_unwritableOutput_exit3() {
        assertThat(Cli.run("mqm", "--out", "pom.xml/reports", SAMPLE).exits(3).err).contains("pom.xml/reports");
    }
}
