package gov.cbp.medical.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntakeServiceTest {
    private static final Path VALID = Path.of("src/test/resources/episodes/child.json");
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void post_validAndInvalidPayloads_answers200And422() throws Exception {
        try (IntakeService service = IntakeService.start(0)) {
            HttpResponse<String> ok = post(service, Files.readString(VALID));
            assertThat(ok.statusCode()).isEqualTo(200);
            JsonNode okBody = new ObjectMapper().readTree(ok.body());
            assertThat(okBody.get("valid").asBoolean()).isTrue();
            assertThat(okBody.get("episodeId").asText()).isEqualTo("EP-0001");
            assertThat(okBody.get("problems")).isEmpty();

            HttpResponse<String> bad = post(service, "{\"episode\": [1, 2");
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.headers().firstValue("Content-Type")).contains("application/json");
            JsonNode problem = new ObjectMapper().readTree(bad.body()).at("/problems/0");
            assertThat(problem.get("severity").asText()).isEqualTo("fatal");
            assertThat(problem.get("code").asText()).isEqualTo("json.syntax.truncated");
            assertThat(problem.get("pointer").asText()).isEqualTo("/episode/1");

            HttpResponse<String> get = client.send(HttpRequest.newBuilder(service.uri()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(405);
        }
    }

    private HttpResponse<String> post(IntakeService service, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(service.uri()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
