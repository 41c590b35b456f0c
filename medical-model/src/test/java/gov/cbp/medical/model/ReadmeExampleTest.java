package gov.cbp.medical.model;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's embedding example and checks that the README quotes exactly this code. */
class ReadmeExampleTest {
    private static final List<String> OUT = new ArrayList<>();

    static void report(String line) {
        OUT.add(line);
    }

    void example(String json) {
        // readme:start
        PayloadValidator validator = PayloadValidator.create(); // immutable, thread-safe: share it
        ValidationResult<CustodyEpisode> result = validator.validate(json);
        for (Problem problem : result.problems()) {
            report(problem.severity().code() + " " + problem.code() + " at " + problem.pointer() + ": " + problem.message());
        }
        result.value().ifPresent(episode -> report(episode.episodeId() + " has " + episode.events().size() + " events"));
        // readme:end
    }

    @Test
    void example_runsOnAValidAndAnInvalidPayload() throws IOException {
        String json = MedicalJson.mapper().writeValueAsString(SampleEpisodes.child());
        example(json);
        example(json.replace("\"method\":\"visual\",", ""));
        assertThat(OUT).containsExactly("EP-0001 has 6 events",
                "error payload.field.required at /events/5/method: The property 'method' is required.");
    }

    @Test
    void readme_quotesTheExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/gov/cbp/medical/model/ReadmeExampleTest.java"));
        String code = source.substring(source.indexOf("// readme:start") + "// readme:start".length(), source.indexOf("// readme:end"));
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String line : code.strip().split("\n")) {
            assertThat(readme).contains(line.strip());
        }
    }
}
