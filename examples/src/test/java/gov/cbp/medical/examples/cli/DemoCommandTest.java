package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
    private static final String[] SMALL = {"--month", "2025-02", "--facilities", "2", "--per-day", "2",
        "--generated-at", "2025-03-20T00:00:00Z"};

    private static String[] demo(String out, String... more) {
        String[] args = new String[3 + SMALL.length + more.length];
        args[0] = "demo";
        args[1] = "--out";
        args[2] = out;
        System.arraycopy(SMALL, 0, args, 3, SMALL.length);
        System.arraycopy(more, 0, args, 3 + SMALL.length, more.length);
        return args;
    }

    @Test
    void demo_text_writesEpisodesAndReports() {
        Cli.run(demo("target/cli-test/demo")).exits(0).matchesGolden("demo.txt");
        for (String name : new String[] {"episodes.jsonl", "mqm-report.json", "mqm-report.csv", "mqm-report.html"}) {
            assertThat(Path.of("target/cli-test/demo", name)).isNotEmptyFile();
        }
        Cli.run("validate", "target/cli-test/demo/episodes.jsonl").exits(0);
    }

    @Test
    void demo_suggestsAnExplainThatRuns() {
        String out = Cli.run(demo("target/cli-test/demo-explain")).exits(0).out;
        String call = out.lines().filter(line -> line.startsWith("  ./cbp-medical explain ")).findFirst().orElseThrow();
        String[] args = call.substring("  ./cbp-medical ".length()).split(" ");

        Cli.Run run = Cli.run(args).exits(0);
        assertThat(run.out).contains("MQM-NEWBORN-RELEASE-24H", "finding OIG49-NEWBORN-RELEASE", "MQM-PREGNANT-TRACKED");
    }

    @Test
    void demo_json() {
        Cli.Run run = Cli.run(demo("target/cli-test/demo-json", "--format", "json")).exits(0)
                .matchesGolden("demo.json").conformsTo("demo");
        assertThat(run.json().at("/episodes/count").asInt()).isPositive();
        assertThat(run.json().at("/episodes/invalid").asInt()).isZero();
    }

    @Test
    void demo_usageAndOutputErrors() {
        assertThat(Cli.run("demo", "--month", "Feb").exits(2).err).contains("YYYY-MM");
        assertThat(Cli.run("demo", "--facilities", "0").exits(2).err).contains("facilities");
        assertThat(Cli.run("demo", "--out", "pom.xml/demo").exits(3).err).contains("pom.xml/demo");
    }
}
