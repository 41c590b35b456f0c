package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.testkit.EpisodeGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Memory is bounded by the documented limits: in a JVM forked with {@code -Xmx64m}, the largest inputs the
 * limits allow (the most events, the most tokens as unknown properties or empty objects, the longest
 * string) validate, evaluate and measure without running out of memory. Each run prints nothing about an
 * internal error and exits 0 or 1.
 */
class SmallHeapTest {
    static final Path DIR = Cli.MODULE.resolve("target/small-heap");
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void inputs() throws IOException {
        Files.createDirectories(DIR);
        ObjectNode episode = (ObjectNode) JSON.readTree(MedicalJson.mapper().writeValueAsString(EpisodeGenerator.juvenileDay()));
        // the most events: welfare checks filling the stay
        ObjectNode most = episode.deepCopy();
        ArrayNode events = (ArrayNode) most.get("events");
        Instant bookIn = Instant.parse(most.get("bookIn").get("at").asText());
        Instant bookOut = Instant.parse(most.get("bookOut").get("at").asText());
        long step = Duration.between(bookIn, bookOut).getSeconds() / Limits.MAX_EVENTS;
        for (int i = events.size(); i < Limits.MAX_EVENTS; i++) {
            events.addObject().put("type", "welfare-check").put("id", "W" + i)
                    .put("at", bookIn.plusSeconds(1 + step * (i % Limits.MAX_EVENTS)).toString())
                    .put("observerId", "AGENT-SYN-1").put("method", "visual").put("outcome", "no-concern")
                    .put("holdRoom", "JUV-4");
        }
        String mostEvents = most.toString();
        assertThat(mostEvents.length()).isLessThan(Limits.MAX_PAYLOAD_BYTES);
        Files.writeString(DIR.resolve("most-events.json"), mostEvents);
        try (BufferedWriter out = Files.newBufferedWriter(DIR.resolve("most-events.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 4; i++) {
                out.write(mostEvents.replace("SYN-FIXED-JUVENILE-DAY", "SYN-FIXED-" + i));
                out.write('\n');
            }
        }
        // unknown properties up to the size limit in one object, and empty objects inside an unknown property
        StringBuilder keys = new StringBuilder("{\"formatVersion\":\"1.0\",\"x\":{");
        for (int i = 0; keys.length() < Limits.MAX_PAYLOAD_BYTES - 20; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0");
        }
        Files.writeString(DIR.resolve("unknown-keys.json"), keys.append("}}").toString());
        StringBuilder empty = new StringBuilder("{\"formatVersion\":\"1.0\",\"x\":[");
        while (empty.length() < Limits.MAX_PAYLOAD_BYTES - 10) {
            empty.append(empty.charAt(empty.length() - 1) == '[' ? "{}" : ",{}");
        }
        Files.writeString(DIR.resolve("empty-objects.json"), empty.append("]}").toString());
        // the longest string allowed anywhere by the parser, in a personal field
        ObjectNode longText = episode.deepCopy();
        ((ObjectNode) longText.get("detainee").get("identifiers")).put("familyName",
                "n".repeat(Limits.MAX_PAYLOAD_BYTES - episode.toString().length() - 100));
        Files.writeString(DIR.resolve("long-string.json"), longText.toString());
    }

    /** Runs the tool in a JVM with a 64 MB heap, returning its exit code and standard error. */
    static String[] run(String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", classPath, CbpMedical.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(DIR, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new String[] {Integer.toString(process.exitValue()), Files.readString(err)};
    }

    static void assertFits(String... args) throws IOException, InterruptedException {
        String[] result = run(args);
        assertThat(result[1]).as(String.join(" ", args)).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
        assertThat(result[0]).as(String.join(" ", args) + ": " + result[1]).isIn("0", "1");
    }

    @Test
    void mostEvents_validateEvaluateAndMeasureIn64Mb() throws Exception {
        String file = DIR.resolve("most-events.json").toString();
        assertFits("validate", file);
        assertFits("evaluate", "--as-of", "2025-03-05T00:00:00Z", "--format", "json", file);
        assertFits("mqm", "--as-of", "2025-03-05T00:00:00Z", "--generated-at", "2025-04-01T00:00:00Z",
                "--out", DIR.resolve("mqm").toString(), DIR.resolve("most-events.jsonl").toString());
    }

    @Test
    void mostTokens_asUnknownPropertiesOrEmptyObjects_fitIn64Mb() throws Exception {
        for (String name : List.of("unknown-keys.json", "empty-objects.json", "long-string.json")) {
            String file = DIR.resolve(name).toString();
            assertFits("validate", file);
            assertFits("validate", "--format", "json", file);
            assertFits("mqm", "--generated-at", "2025-04-01T00:00:00Z", "--out", DIR.resolve("mqm-" + name).toString(), file);
        }
    }
}
