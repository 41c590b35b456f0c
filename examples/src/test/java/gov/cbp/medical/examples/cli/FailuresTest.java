package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class FailuresTest {
    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static String[] run(Exception failure) {
        StringWriter err = new StringWriter();
        Failures failures = new Failures();
        int code = new CommandLine(new Failing(failure)).setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err, true)).execute();
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void cliFailure_exitsWithItsCode() {
        assertThat(run(new CliFailure(3, "out.json: cannot write"))).containsExactly("3", "cbp-medical: out.json: cannot write\n");
    }

    @Test
    void ioFailures_exit3_withoutStackTrace() {
        assertThat(run(new NoSuchFileException("a.json"))).containsExactly("3", "cbp-medical: a.json: no such file\n");
        assertThat(run(new UncheckedIOException(new AccessDeniedException("b.json"))))
                .containsExactly("3", "cbp-medical: b.json: permission denied\n");
        assertThat(run(new IOException("Broken pipe"))[0]).isEqualTo("3");
    }

    @Test
    void jacksonMessages_areNeverShown_becauseTheyQuoteTheInput() {
        String[] result = run(new JsonParseException(null, "Unexpected character ('S' (code 83)): SECRET-NAME"));
        assertThat(result[0]).isEqualTo("3");
        assertThat(result[1]).doesNotContain("SECRET").startsWith("cbp-medical: malformed JSON");
    }

    @Test
    void bugs_exit4_withoutStackTrace() {
        String[] result = run(new IllegalStateException("SECRET detail"));
        assertThat(result[0]).isEqualTo("4");
        assertThat(result[1]).contains("internal error", "please report it").doesNotContain("SECRET", "\tat ");
    }

    @Test
    void usageErrors_exit2() {
        StringWriter err = new StringWriter();
        Failures failures = new Failures();
        int code = new CommandLine(new Failing(null)).setParameterExceptionHandler(failures)
                .setErr(new PrintWriter(err, true)).execute("--nope");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--nope'", "Try 'failing --help'");
    }
}
