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
