package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress: count, share of the input, rate and time left; forced, quiet and automatic. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void line_withKnownTotal_showsShareRateAndTimeLeft() {
        // 12,000 episodes in 5 s, 100 MB of 250 MB read: 2,400/s, 40%, 150 MB left at 20 MB/s = 7.5 s.
        assertThat(Progress.line("episodes read", 12_000, 100_000_000, 250_000_000, 5 * SECOND))
                .isEqualTo("episodes read: 12,000, 40% of 250.0 MB, 2,400/s, 0:08 left");
    }

    @Test
    void line_withUnknownTotal_showsCountRateAndElapsed() {
        assertThat(Progress.line("episodes read", 61, 5_000, -1, 2 * SECOND)).isEqualTo("episodes read: 61, 31/s, 2.0 s");
    }

    @Test
    void line_whenAllIsRead_hasNoTimeLeft_andLongRunsShowMinutes() {
        assertThat(Progress.line("x", 10, 500, 500, SECOND)).isEqualTo("x: 10, 100% of 0.0 MB, 10/s, 1.0 s");
        assertThat(Progress.line("x", 1, 1_000_000, 100_000_000, 60 * SECOND)).endsWith(", 99:00 left");
        assertThat(Progress.line("x", 0, 0, 100, 0)).isEqualTo("x: 0, 0% of 0.0 MB, 0/s");
    }

    @Test
    void forced_offTerminal_printsLinesEveryFewSecondsAndASummary() throws Exception {
        AtomicLong now = new AtomicLong();
        StringWriter err = new StringWriter();
        try (Progress progress = new Progress(new PrintWriter(err), "episodes read", false, true, 1_000, now::get)) {
            InputStream in = progress.counting(new ByteArrayInputStream(new byte[500]));
            assertThat(in.readAllBytes()).hasSize(500);
            for (int i = 0; i < 64; i++) {
                progress.step();
            }
            assertThat(err.toString()).as("not before 5 s").isEmpty();
            now.set(6 * SECOND);
            for (int i = 0; i < 64; i++) {
                progress.step();
            }
            assertThat(err.toString()).isEqualTo("episodes read: 128, 50% of 0.0 MB, 21/s, 0:06 left" + System.lineSeparator());
            now.set(7 * SECOND);
        }
        assertThat(err.toString()).endsWith("episodes read: 128, 50% of 0.0 MB, 18/s, 0:07 left" + System.lineSeparator());
    }

    @Test
    void notForced_offTerminal_printsNothing() {
        AtomicLong now = new AtomicLong();
        StringWriter err = new StringWriter();
        try (Progress progress = new Progress(new PrintWriter(err), "episodes read", false, false, -1, now::get)) {
            for (int i = 0; i < 10_000; i++) {
                now.addAndGet(SECOND);
                progress.step();
            }
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void terminal_rewritesOneLineAfterTwoSeconds_andClearsIt() {
        AtomicLong now = new AtomicLong();
        StringWriter err = new StringWriter();
        try (Progress progress = new Progress(new PrintWriter(err), "n", true, false, -1, now::get)) {
            for (int i = 0; i < 64; i++) {
                progress.step();
            }
            assertThat(err.toString()).isEmpty();
            now.set(3 * SECOND);
            for (int i = 0; i < 64; i++) {
                progress.step();
            }
            assertThat(err.toString()).startsWith("\rn: 128, 43/s, 3.0 s").doesNotContain("\n");
        }
        assertThat(err.toString()).endsWith("\r");
    }

    @Test
    void cli_progressForced_summarisesOnStandardError_quietAndDefaultPrintNothing() {
        String child = Cli.EPISODES + "child.json";
        Cli.Run forced = Cli.run("validate", "--progress", "--as-of", "2026-04-01T00:00:00Z", child).exits(0);
        assertThat(forced.err).containsPattern("episodes validated: 1, 100% of 0\\.\\d MB, [\\d,]+/s, \\d+\\.\\d s");
        assertThat(Cli.run("validate", "--quiet", "--as-of", "2026-04-01T00:00:00Z", child).exits(0).err).isEmpty();
        assertThat(Cli.run("validate", "--as-of", "2026-04-01T00:00:00Z", child).exits(0).err).isEmpty();
        assertThat(Cli.run("validate", "--progress", "--quiet", child).err).contains("--progress and --quiet cannot be used together");
    }

    @Test
    void generate_progressForced_countsEpisodesAndRate_quietAndDefaultPrintNothing() {
        String out = "target/cli-test/progress/generated.jsonl";
        String[] options = {"--seed", "7", "--facilities", "2", "--days", "1", "--per-day", "3", "--out", out};
        Cli.Run forced = Cli.run(concat(new String[] {"generate", "--progress"}, options)).exits(0);
        // the total is not known in advance: count, rate and time, no share
        assertThat(forced.err).containsPattern("^episodes generated: [1-9]\\d*, [\\d,]+/s, \\d+\\.\\d s\\R$");
        long written = forced.out.isEmpty() ? -1 : Long.parseLong(forced.out.replaceAll("(?s).*Wrote (\\d+) .*", "$1"));
        assertThat(forced.err).startsWith("episodes generated: " + written + ",");
        assertThat(Cli.run(concat(new String[] {"generate", "--quiet"}, options)).exits(0).err).isEmpty();
        assertThat(Cli.run(concat(new String[] {"generate"}, options)).exits(0).err).isEmpty();
        assertThat(Cli.run(concat(new String[] {"generate", "--progress", "--quiet"}, options)).exits(2).err)
                .contains("--progress and --quiet cannot be used together");
        // to standard output too, on standard error only
        Cli.Run piped = Cli.run("generate", "--progress", "--seed", "7", "--facilities", "1", "--days", "1", "--out", "-").exits(0);
        assertThat(piped.err).startsWith("episodes generated: ").doesNotContain("{");
        assertThat(piped.out).doesNotContain("episodes generated");
    }

    @Test
    void demo_progressForced_showsGeneratingThenTheShareOfTheFileAndTimeLeft() {
        String[] options = {"--out", "target/cli-test/progress/demo", "--facilities", "1", "--per-day", "1",
            "--generated-at", "2025-05-01T00:00:00Z"};
        Cli.Run forced = Cli.run(concat(new String[] {"demo", "--progress"}, options)).exits(0);
        String[] lines = forced.err.split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("1/4 episodes generated: [1-9]\\d*, [\\d,]+/s, \\d+\\.\\d s");
        // the episodes file's size is known by then: the summary shows all of it read
        assertThat(lines[1]).matches("2-4/4 episodes validated, evaluated and measured: [1-9]\\d*, 100% of \\d+\\.\\d MB, "
                + "[\\d,]+/s, \\d+\\.\\d s");
        assertThat(lines[1]).contains(": " + lines[0].replaceAll("1/4 episodes generated: (\\d+),.*", "$1") + ", ");
        assertThat(Cli.run(concat(new String[] {"demo", "--quiet"}, options)).exits(0).err).isEmpty();
        assertThat(Cli.run(concat(new String[] {"demo"}, options)).exits(0).err).isEmpty();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
