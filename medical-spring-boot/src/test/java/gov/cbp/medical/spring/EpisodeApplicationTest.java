package gov.cbp.medical.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.jackson3.MedicalJackson3Module;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.Evaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Spring Boot 4 application ({@link EpisodeApplication}) on loopback, with the library's
 * auto-configuration only: valid samples are bound and evaluated, invalid ones answered as RFC 9457 problem
 * details that list the validator's codes and pointers, and nothing personal is echoed.
 */
class EpisodeApplicationTest {
    private static ConfigurableApplicationContext context;
    private static URI base;

    @BeforeAll
    static void start() {
        context = SpringApplication.run(EpisodeApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off", "--logging.level.root=warn");
        base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void autoConfiguration_providesSharedBeans() {
        assertThat(context.getBean(PayloadValidator.class)).isNotNull();
        assertThat(context.getBean(Evaluator.class)).isNotNull();
        assertThat(context.getBean(MedicalJackson3Module.class)).isNotNull();
    }

    @Test
    void everyValidSample_isBoundAndEvaluated() throws Exception {
        for (String line : samples()) {
            Response response = post("/episodes?asOf=2025-04-01T00:00:00Z", line);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = MedicalJson.mapper().readTree(response.body());
            assertThat(body.get("episodeId").asText()).isEqualTo(MedicalJson.mapper().readTree(line).get("episodeId").asText());
            assertThat(body.get("findings").asInt()).isPositive();
        }
    }

    @Test
    void fieldAndCrossFieldErrors_areProblemDetailsWithEveryProblem() throws Exception {
        ObjectNode episode = (ObjectNode) MedicalJson.mapper().readTree(samples().get(0));
        episode.put("episodeId", "SECRET-" + "x".repeat(80));
        ((ObjectNode) episode.get("bookOut")).put("at", "2025-03-01T00:00:00Z");

        Response response = post("/episodes?asOf=2025-04-01T00:00:00Z", episode.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = MedicalJson.mapper().readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo(PayloadProblems.INVALID);
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(codesAndPointers(problem)).contains("payload.text.tooLong /episodeId");
        assertThat(response.body()).doesNotContain("SECRET", "Synthetic-Lopez");
    }

    @Test
    void crossFieldError_alone_isReportedWithItsPointer() throws Exception {
        ObjectNode episode = (ObjectNode) MedicalJson.mapper().readTree(samples().get(0));
        ((ObjectNode) episode.get("bookOut")).put("at", "2025-03-01T00:00:00Z");

        Response response = post("/episodes?asOf=2025-04-01T00:00:00Z", episode.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(codesAndPointers(MedicalJson.mapper().readTree(response.body()))).contains("episode.bookOut.beforeBookIn /bookOut/at");
    }

    @Test
    void unreadableBody_is400WithoutEchoingIt() throws Exception {
        Response response = post("/episodes?asOf=2025-04-01T00:00:00Z", "{\"episodeId\": \"SECRET-A-123\", ");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = MedicalJson.mapper().readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo(PayloadProblems.UNREADABLE);
        assertThat(response.body()).doesNotContain("SECRET");
    }

    @Test
    void rejectedByTheValidator_listsEveryProblem() throws Exception {
        ObjectNode episode = (ObjectNode) MedicalJson.mapper().readTree(samples().get(0));
        ((ObjectNode) episode.get("detainee")).put("sex", 42);
        ((ObjectNode) episode.get("detainee")).put("ageBasis", "SECRET-guess");
        episode.remove("bookIn");

        Response response = post("/episodes/checked", episode.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = MedicalJson.mapper().readTree(response.body());
        assertThat(problem.get("problems")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(codesAndPointers(problem)).anyMatch(p -> p.endsWith(" /bookIn")).anyMatch(p -> p.endsWith(" /detainee/sex"));
        assertThat(response.body()).doesNotContain("SECRET");
    }

    @Test
    void checkedValidSample_isEchoedInThePayloadFormat() throws Exception {
        String line = samples().get(0);

        Response response = post("/episodes/checked", line);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(MedicalJson.mapper().readTree(response.body())).isEqualTo(MedicalJson.mapper().readTree(line));
    }

    private static List<String> codesAndPointers(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("problems").forEach(p -> out.add(p.get("code").asText() + " " + p.get("pointer").asText()));
        return out;
    }

    /** A response's status, content type and body. */
    private record Response(int statusCode, String contentType, String body) {}

    private static Response post(String path, String json) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return new Response(status, connection.getContentType(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            connection.disconnect();
        }
    }

    private static List<String> samples() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = EpisodeApplicationTest.class.getResourceAsStream("/gov/cbp/medical/model/samples/episodes.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
