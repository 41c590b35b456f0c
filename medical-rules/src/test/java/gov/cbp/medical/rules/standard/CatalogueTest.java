package gov.cbp.medical.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the bundled and user catalogues: every problem listed, never an input value echoed. */
class CatalogueTest {
    static CatalogueLoad load(String json) throws IOException {
        return Catalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> codesAndPointers(CatalogueLoad load) {
        return load.problems().stream().map(p -> p.code() + " " + p.pointer()).collect(Collectors.toList());
    }

    @Test
    void baseline_loadsTheBriefsCatalogue() {
        Catalogue baseline = Catalogue.baseline();
        assertThat(baseline.standardIds()).containsExactly("CBP-DIR-2210-004", "CBP-PPN", "CBP-TEDS", "OIG-21-49",
                "RECORD-INTEGRITY", "TVPRA");
        assertThat(baseline.standards()).hasSize(8);
        assertThat(baseline.requirementIds()).hasSize(32).contains("EMD-INTERVIEW-JUV", "TVPRA-TRANSFER",
                "OIG49-NEWBORN-RELEASE", "EMD-SURGE", "MQM");
        long computable = baseline.requirementIds().stream()
                .filter(id -> baseline.requirementVersions(id).stream().anyMatch(Requirement::isComputable)).count();
        assertThat(computable).isEqualTo(30);
        assertThat(baseline.requirementVersions("MQM").get(0).notComputableReason()).isPresent();
    }

    @Test
    void inForce_selectsTheVersionByDate() {
        Catalogue baseline = Catalogue.baseline();
        assertThat(baseline.inForce("CBP-PPN", LocalDate.of(2021, 11, 28))).isEmpty();
        assertThat(baseline.inForce("CBP-PPN", LocalDate.of(2023, 3, 1)).map(Standard::version)).contains("2021-11-29");
        assertThat(baseline.inForce("CBP-PPN", LocalDate.of(2025, 5, 4)).map(Standard::version)).contains("2021-11-29");
        assertThat(baseline.inForce("CBP-PPN", LocalDate.of(2025, 5, 5)).map(Standard::version)).contains("2025-05-05");
        assertThat(baseline.inForce("CBP-DIR-2210-004", LocalDate.of(2020, 3, 29)).map(Standard::version)).contains("2019-12-30");
        assertThat(baseline.standardOf("PPN-WELFARE")).contains("CBP-PPN");
        assertThat(baseline.standard("CBP-PPN", "2025-05-05").orElseThrow().requirement("PPN-WELFARE")).isEmpty();
    }

    @Test
    void everyStandard_roundTripsThroughItsJson() throws IOException {
        for (Standard standard : Catalogue.baseline().standards()) {
            CatalogueLoad load = load(Catalogue.toJson(standard));
            assertThat(load.problems()).isEmpty();
            assertThat(load.orElseThrow().standards()).containsExactly(standard);
        }
    }

    @Test
    void directory_loadsOneFilePerVersion(@TempDir Path dir) throws IOException {
        for (Standard standard : Catalogue.baseline().standards()) {
            Path file = dir.resolve(standard.id()).resolve(standard.version() + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, Catalogue.toJson(standard));
        }
        assertThat(Catalogue.load(dir).orElseThrow().standards()).isEqualTo(Catalogue.baseline().standards());
    }

    static final String BAD = "{\"id\": \"S\", \"title\": \"t\", \"authority\": \"a\", \"version\": \"1\","
            + " \"effectiveFrom\": \"2020-01-01\", \"sourceDocument\": \"d\", \"colour\": \"CANARY-VALUE-0\", \"requirements\": ["
            + "{\"id\": \"R1\", \"title\": \"t\", \"text\": \"x\", \"citation\": {\"document\": \"d\", \"section\": \"s\"},"
            + " \"severity\": \"major\", \"provenance\": [\"I\"], \"rule\": \"deadline\", \"deadline\": \"PT1H\","
            + " \"triggers\": [], \"satisfaction\": {\"anyOf\": [{\"event\": \"health-interview\"}]}},"
            + "{\"id\": \"R2\", \"title\": \"t\", \"text\": \"x\", \"citation\": {\"document\": \"d\", \"section\": \"s\"},"
            + " \"severity\": \"major\", \"provenance\": [\"I\"], \"rule\": \"deadline\", \"deadline\": \"PT1H\","
            + " \"triggers\": [{\"on\": \"CANARY-VALUE-2\"}, {\"on\": \"medical-issue\", \"where\": {\"colour\": \"CANARY-VALUE-3\"}}],"
            + " \"satisfaction\": {\"anyOf\": [{\"event\": \"health-interview\", \"where\": {\"refused\": \"CANARY-VALUE-4\"}}]}},"
            + "{\"id\": \"R2\", \"title\": \"t\", \"text\": \"x\", \"citation\": {\"document\": \"d\", \"section\": \"s\"},"
            + " \"severity\": \"major\", \"provenance\": [\"I\"], \"rule\": \"recurring\", \"recurrence\": {\"every\": \"CANARY-VALUE-5\", \"during\": \"in-facility\"},"
            + " \"satisfaction\": {\"anyOf\": [{\"event\": \"welfare-check\"}]}},"
            + "{\"id\": \"R3\", \"title\": \"t\", \"text\": \"x\", \"citation\": {\"document\": \"d\", \"section\": \"s\"},"
            + " \"severity\": \"major\", \"provenance\": [\"I\"], \"rule\": \"deadline\", \"deadline\": \"PT1H\","
            + " \"triggers\": [{\"on\": \"book-in\"}], \"satisfaction\": {\"anyOf\": [{\"event\": \"medical-assessment\", \"linkField\": \"refused\","
            + " \"conditions\": [\"positive-answer\"]}]}},"
            + "{\"id\": \"R4\", \"title\": \"t\", \"text\": \"x\", \"citation\": {\"document\": \"d\", \"section\": \"s\"},"
            + " \"severity\": \"major\", \"provenance\": [\"I\"], \"rule\": \"not-computable\", \"notComputableReason\": \"r\","
            + " \"applicability\": {\"populationClasses\": [\"CANARY-VALUE-1\"]}}"
            + "]}";

    @Test
    void badStandard_reportsEveryProblem() throws IOException {
        CatalogueLoad load = load(BAD);
        assertThat(load.isValid()).isFalse();
        assertThat(codesAndPointers(load)).containsExactlyInAnyOrder(
                "standard.field.unknown /colour",
                "standard.code.unknown /requirements/4/applicability/populationClasses/0",
                "standard.duration.format /requirements/2/recurrence/every",
                "standard.deadline.withoutTrigger /requirements/0/deadline",
                "standard.eventType.unknown /requirements/1/triggers/0/on",
                "standard.eventField.unknown /requirements/1/triggers/1/where/colour",
                "standard.eventField.value /requirements/1/satisfaction/anyOf/0/where/refused",
                "standard.linkField.notReference /requirements/3/satisfaction/anyOf/0/linkField",
                "standard.condition.notForEvent /requirements/3/satisfaction/anyOf/0/conditions/0");
        assertThatThrownBy(load::orElseThrow).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("CANARY");
    }

    @Test
    void duplicateRequirementIds_areReported() throws IOException {
        String twice = BAD.replace("\"colour\": \"CANARY-VALUE-0\", ", "")
                .replace("[\"CANARY-VALUE-1\"]", "[]")
                .replace("\"CANARY-VALUE-5\"", "\"PT1H\"");
        assertThat(codesAndPointers(load(twice))).contains("standard.requirement.duplicateId /requirements/2/id");
    }

    @Test
    void problems_neverEchoInputValues() throws IOException {
        for (Problem problem : load(BAD).problems()) {
            assertThat(problem.message() + problem.arguments() + problem.pointer()).doesNotContain("CANARY");
        }
    }

    @Test
    void overlappingVersions_areRefused() throws IOException {
        String v1 = Catalogue.toJson(Catalogue.baseline().standard("CBP-PPN", "2021-11-29").orElseThrow()
                .toBuilder().effectiveTo(LocalDate.of(2025, 6, 1)).build());
        String v2 = Catalogue.toJson(Catalogue.baseline().standard("CBP-PPN", "2025-05-05").orElseThrow());
        CatalogueLoad load = load("{\"standards\": [" + v1 + ", " + v2 + "]}");
        assertThat(codesAndPointers(load)).containsExactly("standard.version.overlap /standards/1/effectiveFrom");
    }

    @Test
    void malformedJson_isOneProblemWithItsPosition() throws IOException {
        CatalogueLoad load = load("{\"id\": \"S\",\n \"title\": ");
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("catalogue.json.malformed");
            assertThat(p.arguments().get(0)).isEqualTo("2");
        });
    }

    @Test
    void missingParts_areReportedPerRule() throws IOException {
        String json = "{\"id\": \"S\", \"title\": \"t\", \"authority\": \"a\", \"version\": \"1\", \"effectiveFrom\": \"2020-01-01\","
                + " \"sourceDocument\": \"d\", \"requirements\": [{\"id\": \"R\", \"title\": \"t\", \"text\": \"x\","
                + " \"citation\": {\"document\": \"d\", \"section\": \"s\"}, \"severity\": \"minor\", \"provenance\": [\"T\"],"
                + " \"rule\": \"recurring\"}, {\"id\": \"Q\", \"title\": \"t\", \"text\": \"x\","
                + " \"citation\": {\"document\": \"d\", \"section\": \"s\"}, \"severity\": \"minor\", \"provenance\": [\"T\"],"
                + " \"rule\": \"not-computable\"}]}";
        assertThat(codesAndPointers(load(json))).containsExactlyInAnyOrder(
                "standard.rule.missingPart /requirements/0/satisfaction",
                "standard.rule.missingPart /requirements/0/recurrence",
                "standard.rule.missingPart /requirements/1/notComputableReason");
    }
}
