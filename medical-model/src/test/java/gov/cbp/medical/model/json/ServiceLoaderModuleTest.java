package gov.cbp.medical.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A stock mapper that finds its modules through {@link ServiceLoader} reads every bundled sample. */
class ServiceLoaderModuleTest {
    private static final String SAMPLES = "/gov/cbp/medical/model/samples/";

    @Test
    void serviceLoader_findsTheModelModule() {
        assertThat(ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::type).collect(Collectors.toList()))
                .contains(MedicalJsonModule.class);
    }

    @Test
    void findAndRegisterModules_readsEveryBundledSample() throws IOException {
        ObjectMapper stock = new ObjectMapper().findAndRegisterModules();
        List<String> lines = lines("episodes.jsonl");
        lines.add(new String(resource("unaccompanied-child.json").readAllBytes(), StandardCharsets.UTF_8));

        assertThat(lines).hasSizeGreaterThan(5);
        for (String line : lines) {
            CustodyEpisode episode = stock.readValue(line, CustodyEpisode.class);
            assertThat(episode).isEqualTo(MedicalJson.mapper().readValue(line, CustodyEpisode.class));
            assertThat(stock.readTree(stock.writeValueAsString(episode)).get("detainee").get("populationClass").isTextual()).isTrue();
        }
    }

    @Test
    void moduleAlone_bringsJavaTimeAndOptionals_andRegistersOnce() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(MedicalJson.module()).registerModule(new MedicalJsonModule());
        String line = lines("episodes.jsonl").get(0);

        CustodyEpisode episode = mapper.readValue(line, CustodyEpisode.class);

        assertThat(episode).isEqualTo(MedicalJson.mapper().readValue(line, CustodyEpisode.class));
        assertThat(mapper.getRegisteredModuleIds()).containsOnlyOnce(MedicalJsonModule.class.getName());
    }

    @Test
    void moduleAlone_withIsoTimes_writesThePayloadFormat() throws IOException {
        ObjectMapper stock = new ObjectMapper().findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        for (String line : lines("episodes.jsonl")) {
            CustodyEpisode episode = MedicalJson.mapper().readValue(line, CustodyEpisode.class);
            assertThat(stock.writeValueAsString(episode)).isEqualTo(MedicalJson.mapper().writeValueAsString(episode));
        }
    }

    @Test
    void modelTypes_coverEveryEventAndValueType() {
        // every EventType but UNKNOWN, each with the JSON type name that is its code
        assertThat(ModelTypes.events()).hasSize(EventType.values().length - 1)
                .allSatisfy(type -> assertThat(MedicalEvent.class).isAssignableFrom(type));
        for (EventType type : EventType.values()) {
            if (type != EventType.UNKNOWN) {
                assertThat(type.eventClass().getAnnotation(JsonTypeName.class).value()).as(type.name()).isEqualTo(type.code());
                assertThat(type.eventClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT))
                        .isEqualTo(type.name());
            }
        }
        assertThat(ModelTypes.implementations()).containsKey(CustodyEpisode.class)
                .allSatisfy((type, implementation) -> assertThat(type).isAssignableFrom(implementation))
                .hasSizeGreaterThan(ModelTypes.events().size() + 10);
    }

    private static List<String> lines(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static InputStream resource(String name) {
        return ServiceLoaderModuleTest.class.getResourceAsStream(SAMPLES + name);
    }
}
