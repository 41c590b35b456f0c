package gov.cbp.medical.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.internal.EventVocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JSON Schema of standard documents agrees with the bundled catalogue, the loader and the code tables. */
class StandardSchemaTest {
    static final String BASE = "/gov/cbp/medical/rules/standards/";

    static String resource(String name) throws IOException {
        try (InputStream in = StandardSchemaTest.class.getResourceAsStream(BASE + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(resource("standard.schema.json"), InputFormat.JSON);
    }

    @Test
    void everyBundledDocument_conformsToTheSchema() throws IOException {
        Schema schema = schema();
        for (JsonNode path : MedicalJson.mapper().readTree(resource("baseline.json")).get("standards")) {
            assertThat(schema.validate(resource(path.asText()), InputFormat.JSON)).as(path.asText()).isEmpty();
        }
        for (Standard standard : Catalogue.baseline().standards()) {
            assertThat(schema.validate(Catalogue.toJson(standard), InputFormat.JSON)).isEmpty();
        }
    }

    @Test
    void badDocument_isRefusedByTheSchemaToo() throws IOException {
        assertThat(schema().validate(CatalogueTest.BAD, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void schemaEnumerations_matchTheCodeTables() throws IOException {
        JsonNode defs = MedicalJson.mapper().readTree(resource("standard.schema.json")).get("$defs");
        assertThat(strings(defs.at("/eventType/enum"))).isEqualTo(new TreeSet<>(EventVocabulary.eventCodes()));
        assertThat(strings(defs.at("/requirement/properties/rule/enum"))).isEqualTo(new TreeSet<>(RuleKind.codes().codes()));
        assertThat(strings(defs.at("/conditions/items/enum"))).isEqualTo(new TreeSet<>(Condition.codes().codes()));
        assertThat(strings(defs.at("/requirement/properties/provenance/items/enum"))).isEqualTo(new TreeSet<>(SourceKind.codes().codes()));
        assertThat(strings(defs.at("/applicability/properties/maternalStates/items/enum")))
                .isEqualTo(new TreeSet<>(MaternalState.codes().codes()));
    }

    /**
     * The schema's event-type enum is the vocabulary's list, in its order (custody marks, then {@code EventType});
     * {@code -Dschema.update=true} rewrites it in the bundled schema and its docs copy.
     */
    @Test
    void schemaEventTypes_areTheVocabularyInOrder() throws IOException {
        Path bundled = Path.of(System.getProperty("basedir", ".")).resolve("src/main/resources" + BASE + "standard.schema.json");
        Path docs = Path.of(System.getProperty("basedir", ".")).resolve("../docs/schema/standard.schema.json");
        String expected = eventTypeEnum(List.copyOf(EventVocabulary.eventCodes()));
        if (Boolean.getBoolean("schema.update")) {
            for (Path file : List.of(bundled, docs)) {
                Files.writeString(file, EVENT_TYPE_ENUM.matcher(Files.readString(file)).replaceFirst(Matcher.quoteReplacement(expected)));
            }
        }
        Matcher found = EVENT_TYPE_ENUM.matcher(Files.readString(bundled));
        assertThat(found.find()).as("the eventType enum of standard.schema.json").isTrue();
        assertThat(found.group()).as("stale: run with -Dschema.update=true").isEqualTo(expected);
    }

    private static final Pattern EVENT_TYPE_ENUM = Pattern.compile("\"eventType\": \\{\n {6}\"enum\": \\[\n[^\\]]*\\]");

    private static String eventTypeEnum(List<String> codes) {
        StringBuilder out = new StringBuilder("\"eventType\": {\n      \"enum\": [\n");
        for (int i = 0; i < codes.size(); i++) {
            out.append("        \"").append(codes.get(i)).append('"').append(i + 1 < codes.size() ? ",\n" : "\n");
        }
        return out.append("      ]").toString();
    }

    @Test
    void docsCopy_isTheBundledSchema() throws IOException {
        Path docs = Path.of(System.getProperty("basedir", ".")).resolve("../docs/schema/standard.schema.json");
        assertThat(Files.readString(docs)).isEqualTo(resource("standard.schema.json"));
    }

    static TreeSet<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return new TreeSet<>(values);
    }
}
