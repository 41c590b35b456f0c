package gov.cbp.medical.rules.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureSetReaderTest {
    @Test
    void baseline_readsWithoutProblems() throws Exception {
        try (var in = MeasureSetReader.class.getResourceAsStream(MeasureSetReader.BASELINE_RESOURCE)) {
            ValidationResult<MeasureSet> result = MeasureSetReader.create().read(in);
            assertThat(result.problems()).isEmpty();
            assertThat(result.value()).contains(MeasureSetReader.baseline());
        }
    }

    @Test
    void baseline_roundTripsThroughJackson() throws Exception {
        MeasureSet baseline = MeasureSetReader.baseline();
        byte[] json = MedicalJson.mapper().writeValueAsBytes(baseline);
        assertThat(MeasureSetReader.create().read(json).value()).contains(baseline);
    }

    @Test
    void read_userFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "{\"id\":\"mine\",\"version\":\"2\",\"title\":\"Mine\",\"measures\":[{\"id\":\"MY-ONE\","
                + "\"version\":\"1.0\",\"title\":\"t\",\"description\":\"d\",\"requirementIds\":[\"EMD-MEDREV\"],"
                + "\"basis\":\"finding\",\"scoring\":\"proportion\",\"improvementNotation\":\"increase\","
                + "\"initialPopulation\":{\"kind\":\"always\"},\"numerator\":{\"kind\":\"status\",\"statuses\":[\"met\"]}}]}");
        MeasureSet set = MeasureSetReader.create().read(file).value().orElseThrow();
        assertThat(set.measures()).extracting(MeasureDefinition::id).containsExactly("MY-ONE");
        assertThat(set.measures().get(0).numerator().orElseThrow().statuses()).containsExactly(FindingStatus.MET);
    }

    @Test
    void read_malformedJson_isFatal() {
        ValidationResult<MeasureSet> result = MeasureSetReader.create().read("{\"id\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(result.value()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code, Problem::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("measure.json.malformed", Severity.FATAL));
    }

    @Test
    void read_structuralProblems_areAllListedWithPointers() {
        String json = "{\"id\":\"x\",\"version\":1,\"title\":\"t\",\"colour\":\"crimsonzz\",\"measures\":[{\"id\":\"M-1\","
                + "\"title\":\"t\",\"description\":\"d\",\"requirementIds\":[\"R-1\"],\"scoring\":\"median\","
                + "\"improvementNotation\":\"increase\",\"initialPopulation\":{\"kind\":\"sometimes\"},"
                + "\"numerator\":{\"kind\":\"status\",\"statuses\":[\"fine\"]}}]}";
        ValidationResult<MeasureSet> result = MeasureSetReader.create().read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.value()).isEmpty();
        assertThat(codes(result.problems())).containsExactlyInAnyOrder(
                "/colour measure.field.unknown",
                "/version measure.field.type",
                "/measures/0/version measure.field.required",
                "/measures/0/scoring measure.code.unknown",
                "/measures/0/initialPopulation/kind measure.code.unknown",
                "/measures/0/numerator/statuses/0 measure.code.unknown");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("crimsonzz", "sometimes", "fine\""));
    }

    @Test
    void read_semanticProblems_areAllListed() {
        String json = "{\"id\":\"x\",\"version\":\"1\",\"title\":\"t\",\"stratifiers\":[{\"id\":\"facility\","
                + "\"dimensions\":[\"facility\",\"facility\"]}],\"measures\":["
                + "{\"id\":\"bad id\",\"version\":\"1\",\"title\":\"t\",\"description\":\"d\",\"requirementIds\":[],"
                + "\"scoring\":\"continuous-variable\",\"improvementNotation\":\"decrease\","
                + "\"initialPopulation\":{\"kind\":\"age\",\"min\":18,\"max\":12,\"requirements\":[\"X\"]},"
                + "\"numerator\":{\"kind\":\"status\",\"statuses\":[\"met\"]}},"
                + "{\"id\":\"M-2\",\"version\":\"1\",\"title\":\"t\",\"description\":\"d\",\"requirementIds\":[\"R-1\"],"
                + "\"scoring\":\"proportion\",\"improvementNotation\":\"increase\",\"initialPopulation\":{\"kind\":\"not\"},"
                + "\"numerator\":{\"kind\":\"population-class\",\"values\":[\"martian\"]},"
                + "\"stratifiers\":[{\"id\":\"facility\",\"dimensions\":[\"month\"],\"ageBands\":[5,3]}]},"
                + "{\"id\":\"M-2\",\"version\":\"1\",\"title\":\"t\",\"description\":\"d\",\"requirementIds\":[\"R-1\"],"
                + "\"basis\":\"finding\",\"scoring\":\"continuous-variable\",\"improvementNotation\":\"decrease\","
                + "\"initialPopulation\":{\"kind\":\"always\"},\"observation\":{\"attribute\":\"custody-duration\","
                + "\"unit\":\"hours\",\"aggregate\":\"max\"}}]}";
        ValidationResult<MeasureSet> result = MeasureSetReader.create().read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.isValid()).isFalse();
        assertThat(codes(result.problems())).contains(
                "/stratifiers/0/dimensions/1 measure.stratifier.dimensionRepeated",
                "/measures/0/id measure.id.format",
                "/measures/0/requirementIds measure.requirements.empty",
                "/measures/0/numerator measure.scoring.numeratorNotAllowed",
                "/measures/0/observation measure.scoring.observationRequired",
                "/measures/0/initialPopulation measure.criterion.ageRange",
                "/measures/0/initialPopulation/requirements measure.criterion.propertyNotAllowed",
                "/measures/0/numerator/kind measure.criterion.statusOutsideFindingBasis",
                "/measures/1/initialPopulation/criteria measure.criterion.arity",
                "/measures/1/numerator/values/0 measure.criterion.valueUnknown",
                "/measures/1/stratifiers/0/id measure.stratifier.duplicate",
                "/measures/1/stratifiers/0/ageBands measure.stratifier.ageBands",
                "/measures/1/stratifiers/0/ageBands measure.stratifier.ageBandsUnused",
                "/measures/2/id measure.id.duplicate",
                "/measures/2/observation/attribute measure.observation.attributeBasis",
                "/measures/2/observation/aggregate measure.observation.propertyNotAllowed");
    }

    @Test
    void withKnownRequirements_warnsAboutUnknownIds() {
        MeasureSet set = MeasureSetReader.baseline();
        List<Problem> problems = MeasureSetReader.create().withKnownRequirements(Set.of("EMD-MEDREV")).check(set);
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.code()).isEqualTo("measure.requirement.unknown");
        });
    }

    @Test
    void engine_rejectsAnInvalidSetBuiltInCode() {
        MeasureSet set = MeasureSetReader.baseline().toBuilder().measures(List.of()).build();
        assertThatThrownBy(() -> MeasureEngine.builder().measureSet(set).evaluator(new MeasureFixtures.Findings()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measure.set.empty");
    }

    @Test
    void everyCodeHasAMessage() throws Exception {
        java.util.Properties messages = new java.util.Properties();
        try (var in = MeasureSetReader.class.getResourceAsStream("/gov/cbp/medical/rules/measure/internal/Messages.properties")) {
            messages.load(in);
        }
        String sources = Files.walk(Path.of("src/main/java/gov/cbp/medical/rules/measure"))
                .filter(p -> p.toString().endsWith(".java"))
                .map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).collect(Collectors.joining("\n"));
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"(measure\\.[a-zA-Z]+\\.[a-zA-Z]+)\"").matcher(sources);
        while (matcher.find()) {
            assertThat(messages).containsKey(matcher.group(1) + ".message");
        }
    }

    static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.pointer() + " " + p.code()).collect(Collectors.toList());
    }
}
