package gov.cbp.medical.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.person.Sex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 reads and writes the model's JSON exactly as the model's Jackson 2 binding does: the model's
 * golden file and every bundled sample, byte for byte.
 */
class Jackson3GoldenTest {
    /** The model's wire-format golden file, shared rather than copied so that the two bindings cannot drift. */
    private static final Path GOLDEN = Path.of("../medical-model/src/test/resources/golden/custody/unaccompanied-child.json");

    @Test
    void golden_readsToTheJackson2Value_andWritesBackTheSameJson() throws IOException {
        String golden = Files.readString(GOLDEN);
        CustodyEpisode jackson2 = MedicalJson.mapper().readValue(golden, CustodyEpisode.class);

        CustodyEpisode jackson3 = MedicalJson3.mapper().readValue(golden, CustodyEpisode.class);

        assertThat(jackson3).isEqualTo(jackson2);
        assertThat(MedicalJson3.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(jackson3))
                .isEqualToIgnoringWhitespace(golden);
        assertThat(MedicalJson3.mapper().writeValueAsString(jackson3)).isEqualTo(MedicalJson.mapper().writeValueAsString(jackson2));
    }

    @Test
    void everyBundledSample_bindsAndWritesAsWithJackson2() throws IOException {
        List<String> lines = sampleLines();
        assertThat(lines).hasSizeGreaterThan(5);
        for (String line : lines) {
            CustodyEpisode jackson2 = MedicalJson.mapper().readValue(line, CustodyEpisode.class);
            CustodyEpisode jackson3 = MedicalJson3.mapper().readValue(line, CustodyEpisode.class);
            assertThat(jackson3).isEqualTo(jackson2);
            assertThat(MedicalJson3.mapper().writeValueAsString(jackson3)).isEqualTo(MedicalJson.mapper().writeValueAsString(jackson2));
        }
    }

    @Test
    void serviceLoader_findsTheModule_andAStockMapperReadsTheSamples() throws IOException {
        assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type).collect(Collectors.toList()))
                .contains(MedicalJackson3Module.class);
        JsonMapper stock = JsonMapper.builder().findAndAddModules().build();
        for (String line : sampleLines()) {
            assertThat(stock.readValue(line, CustodyEpisode.class)).isEqualTo(MedicalJson.mapper().readValue(line, CustodyEpisode.class));
        }
    }

    @Test
    void moduleAlone_onAStockMapper_writesThePayloadFormat() throws IOException {
        JsonMapper stock = JsonMapper.builder().addModule(new MedicalJackson3Module()).build();
        for (String line : sampleLines()) {
            CustodyEpisode episode = MedicalJson.mapper().readValue(line, CustodyEpisode.class);
            assertThat(stock.writeValueAsString(episode)).isEqualTo(MedicalJson.mapper().writeValueAsString(episode));
        }
    }

    @Test
    void event_readsPolymorphically_andUnknownCodesFollowTheModel() throws IOException {
        String line = sampleLines().get(0);
        CustodyEpisode episode = MedicalJson.mapper().readValue(line, CustodyEpisode.class);
        MedicalEvent event = episode.events().get(0);
        String json = MedicalJson.mapper().writeValueAsString(event);

        assertThat(MedicalJson3.mapper().readValue(json, MedicalEvent.class)).isEqualTo(event);
        String martian = MedicalJson3.mapper().writeValueAsString(episode)
                .replace("\"sex\":\"" + episode.detainee().sex().code() + "\"", "\"sex\":\"martian\"");
        assertThat(martian).contains("martian");
        assertThat(MedicalJson3.mapper().readValue(martian, CustodyEpisode.class).detainee().sex()).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void wrongType_failsWithoutQuotingTheValue() {
        String json = "{\"episodeId\":\"E\",\"detainee\":{\"populationClass\":[\"secret-value\"]}}";
        assertThatThrownBy(() -> MedicalJson3.mapper().readValue(json, CustodyEpisode.class))
                .isInstanceOf(DatabindException.class).hasMessageNotContaining("secret-value");
    }

    static List<String> sampleLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = CustodyEpisode.class.getResourceAsStream("/gov/cbp/medical/model/samples/episodes.jsonl");
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
