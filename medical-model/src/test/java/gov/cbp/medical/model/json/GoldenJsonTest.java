package gov.cbp.medical.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.SampleEpisodes;
import gov.cbp.medical.model.custody.CustodyEpisode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the wire format: the sample episode must serialise to the committed golden file, and the golden file
 * must read back to the same value. Regenerate with {@code -Dgolden.update=true} only for an intended change.
 */
class GoldenJsonTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/custody/unaccompanied-child.json");
    private final ObjectMapper mapper = MedicalJson.mapper();

    @Test
    void serialise_sample_matchesGolden() throws IOException {
        JsonNode actual = mapper.valueToTree(SampleEpisodes.child());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        JsonNode expected = mapper.readTree(GOLDEN.toFile());
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void deserialise_golden_equalsSample() throws IOException {
        CustodyEpisode read = mapper.readValue(GOLDEN.toFile(), CustodyEpisode.class);
        assertThat(read).isEqualTo(SampleEpisodes.child());
    }

    @Test
    void serialise_omitsAbsentOptionalsAndWritesCodes() {
        JsonNode tree = mapper.valueToTree(SampleEpisodes.child());
        assertThat(tree.get("bookIn").has("holdRoom")).isTrue();
        assertThat(tree.get("events").get(0).has("provenance")).isFalse();
        assertThat(tree.get("detainee").get("populationClass").asText()).isEqualTo("unaccompanied-child");
        assertThat(tree.get("events").get(1).get("type").asText()).isEqualTo("health-interview");
    }

    @Test
    void deserialise_unknownCode_becomesUnknown() throws IOException {
        String json = mapper.writeValueAsString(SampleEpisodes.child()).replace("\"female\"", "\"martian\"");
        assertThat(mapper.readValue(json, CustodyEpisode.class).detainee().sex().name()).isEqualTo("UNKNOWN");
    }
}
