package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.testkit.BundledSamples.InvalidSample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample files committed under {@code medical-model/src/main/resources/gov/cbp/medical/model/samples/} are
 * exactly what {@link BundledSamples} makes, and behave as documented. To regenerate them after a change to the
 * generator or the model, run this test with {@code -Dtestkit.regenerateSamples=true}.
 */
class BundledSamplesTest {
    private static final Path RESOURCES = Path.of("..", "medical-model", "src", "main", "resources");

    @Test
    void committedFiles_equalWhatTheTestkitMakes() throws IOException {
        if (Boolean.getBoolean("testkit.regenerateSamples")) {
            BundledSamples.writeTo(RESOURCES);
        }
        Path directory = RESOURCES.resolve(BundledSamples.DIRECTORY);

        assertThat(read(directory.resolve(BundledSamples.EPISODES))).isEqualTo(BundledSamples.episodesJsonLines());
        assertThat(read(directory.resolve(BundledSamples.UNACCOMPANIED_CHILD)))
                .isEqualTo(BundledSamples.unaccompaniedChildJson());
        assertThat(read(directory.resolve(BundledSamples.INVALID_EPISODES)))
                .isEqualTo(BundledSamples.invalidEpisodesJsonLines());
    }

    @Test
    void episodes_fromTheModelJar_areTenValidVariedEpisodes() throws IOException {
        List<CustodyEpisode> episodes = new ArrayList<>();
        try (InputStream in = resource(BundledSamples.EPISODES)) {
            PayloadValidator.create().validateLines(in, line -> {
                assertThat(line.result().problems()).as("line %s", line.line()).isEmpty();
                episodes.add(line.result().value().orElseThrow());
            });
        }

        assertThat(episodes).hasSize(10).isEqualTo(BundledSamples.validEpisodes());
        assertThat(episodes).extracting(e -> e.detainee().populationClass()).contains(
                PopulationClass.UNACCOMPANIED_CHILD, PopulationClass.ACCOMPANIED_JUVENILE,
                PopulationClass.FAMILY_UNIT_MEMBER, PopulationClass.SINGLE_ADULT);
        assertThat(episodes).anySatisfy(e -> assertThat(e.bookOut()).isEmpty());
    }

    @Test
    void unaccompaniedChild_fromTheModelJar_isValid() throws IOException {
        ValidationResult<CustodyEpisode> result;
        try (InputStream in = resource(BundledSamples.UNACCOMPANIED_CHILD)) {
            result = PayloadValidator.create().validate(in);
        }

        assertThat(result.problems()).isEmpty();
        assertThat(result.value().orElseThrow().detainee().populationClass())
                .isEqualTo(PopulationClass.UNACCOMPANIED_CHILD);
    }

    @Test
    void invalidEpisodes_fromTheModelJar_eachReportTheirProblemOnTheirLine() throws IOException {
        List<InvalidSample> samples = BundledSamples.invalidEpisodes();
        List<LineResult> results = new ArrayList<>();
        try (InputStream in = resource(BundledSamples.INVALID_EPISODES)) {
            PayloadValidator.create().validateLines(in, results::add);
        }

        assertThat(results).hasSize(samples.size()).hasSize(6);
        for (int i = 0; i < samples.size(); i++) {
            InvalidSample sample = samples.get(i);
            LineResult result = results.get(i);
            assertThat(result.line()).isEqualTo(i + 1);
            assertThat(result.result().isValid()).isFalse();
            assertThat(result.result().problems()).as(sample.description())
                    .anySatisfy(p -> assertProblem(p, sample));
        }
    }

    private static void assertProblem(Problem problem, InvalidSample sample) {
        assertThat(problem.severity().code()).isEqualTo(sample.severity());
        assertThat(problem.code()).isEqualTo(sample.code());
        assertThat(problem.pointer()).isEqualTo(sample.pointer());
    }

    private static InputStream resource(String name) {
        InputStream in = CustodyEpisode.class.getResourceAsStream("/" + BundledSamples.DIRECTORY + "/" + name);
        assertThat(in).as(name + " in the model jar").isNotNull();
        return in;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
