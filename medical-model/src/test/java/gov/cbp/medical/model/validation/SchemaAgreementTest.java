package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import gov.cbp.medical.model.json.MedicalJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schema and the library agree on which payloads are structurally invalid; the library may
 * find more (cross-field rules, limits), never less. Also pins the committed copy under {@code docs/schema}.
 */
class SchemaAgreementTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(PayloadSchema.episode(), InputFormat.JSON);

    static List<Error> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    /** Structural mutations: the schema must reject each, and so must the library. */
    static Stream<Arguments> structural() {
        return PayloadValidatorTest.singleProblems()
                .filter(a -> {
                    String code = (String) a.get()[3];
                    return a.get()[2].equals("error") && (code.startsWith("payload.field") || code.startsWith("payload.text")
                            || code.startsWith("payload.number") || code.startsWith("payload.list")
                            || code.equals("payload.code.invalid") || code.equals("payload.instant.format")
                            || code.equals("payload.instant.range") || code.equals("payload.date.range")
                            || code.equals("payload.formatVersion.format"));
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structural")
    @SuppressWarnings("unchecked")
    void structuralMutation_isRejectedByBoth(String name, java.util.function.Consumer<ObjectNode> change, String severity,
            String code, String pointer) {
        ObjectNode root = PayloadValidatorTest.sample();
        change.accept(root);
        assertThat(PayloadValidatorTest.validate(root).isValid()).isFalse();
        assertThat(schemaErrors(root.toString())).as("schema errors for " + name).isNotEmpty();
    }

    /** Mutations only the library catches, or only warns about: the schema accepts them. */
    static Stream<Arguments> libraryOnly() {
        return PayloadValidatorTest.singleProblems()
                .filter(a -> {
                    String code = (String) a.get()[3];
                    return !a.get()[2].equals("error") || code.startsWith("episode.")
                            || (code.startsWith("payload.formatVersion") && !code.equals("payload.formatVersion.format"))
                            || code.equals("payload.zone.unknown") || code.equals("payload.duration.notPositive")
                            || code.equals("payload.duration.range")
                            || code.equals("payload.date.format")
                            || code.equals("payload.event.typeUnknown");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraryOnly")
    void libraryOnlyMutation_isAcceptedBySchema(String name, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode root = PayloadValidatorTest.sample();
        change.accept(root);
        assertThat(schemaErrors(root.toString())).as("schema errors for " + name).isEmpty();
    }

    @Test
    void sample_isValidForBoth() {
        String json = PayloadValidatorTest.sample().toString();
        assertThat(schemaErrors(json)).isEmpty();
        assertThat(PayloadValidatorTest.VALIDATOR.validate(json).isValid()).isTrue();
    }

    @Test
    void everyCategoryIsClassified() {
        assertThat(structural().count() + libraryOnly().count()).isEqualTo(PayloadValidatorTest.singleProblems().count());
    }

    @Test
    void committedSchemas_matchTheGeneratedOnes() throws IOException {
        Path docs = Path.of("..", "docs", "schema");
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(docs.resolve("custody-episode.schema.json"), PayloadSchema.episode());
            Files.writeString(docs.resolve("medical-event.schema.json"), PayloadSchema.event());
        }
        assertThat(Files.readString(docs.resolve("custody-episode.schema.json"))).isEqualTo(PayloadSchema.episode());
        assertThat(Files.readString(docs.resolve("medical-event.schema.json"))).isEqualTo(PayloadSchema.event());
    }

    @Test
    void schema_marksPersonalData() throws IOException {
        JsonNode schema = MedicalJson.mapper().readTree(PayloadSchema.episode());
        assertThat(schema.at("/$defs/PersonalIdentifiers/properties/familyName/x-personal-data").asBoolean()).isTrue();
        assertThat(schema.at("/$defs/Detainee/properties/dateOfBirth/x-personal-data").asBoolean()).isTrue();
        assertThat(schema.at("/$defs/WelfareCheck/properties/observations/x-personal-data").asBoolean()).isTrue();
        assertThat(schema.at("/$defs/WelfareCheck/properties/observerId/x-personal-data").isMissingNode()).isTrue();
    }

    @Test
    void eventSchema_validatesASingleEvent() {
        Schema events = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(PayloadSchema.event(), InputFormat.JSON);
        String good = "{\"type\":\"welfare-check\",\"id\":\"W1\",\"at\":\"2026-03-01T15:00:00Z\",\"method\":\"visual\",\"outcome\":\"no-concern\"}";
        assertThat(events.validate(good, InputFormat.JSON)).isEmpty();
        assertThat(events.validate(good.replace("\"method\":\"visual\",", ""), InputFormat.JSON)).isNotEmpty();
    }
}
