package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input named by a path that is not a regular file ({@code /dev/stdin}, a named pipe, {@code <(…)}) is read
 * as a stream: truncated JSON through it gives the same problem with its pointer as through {@code -}, not an
 * input failure.
 */
class PipeInputTest {
    @TempDir
    Path dir;

    @Test
    void truncatedJsonThroughANamedPipe_isAProblemWithItsPointer() throws Exception {
        Path fifo = dir.resolve("episodes");
        assumeTrue(mkfifo(fifo), "mkfifo is not available on this system");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("{\"formatVersion\":\"1.0\",\"episodeId\":\"E".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Cli.Run run = Cli.run("validate", "--format", "json", fifo.toString()).exits(1);
        writer.get(10, TimeUnit.SECONDS);
        JsonNode problem = run.json().at("/inputs/0/problems/0");
        assertThat(problem.get("code").asText()).isEqualTo("json.syntax.truncated");
        assertThat(problem.get("pointer").asText()).isEqualTo("/episodeId");
        assertThat(run.err).doesNotContain("seek");
    }

    private static boolean mkfifo(Path fifo) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
