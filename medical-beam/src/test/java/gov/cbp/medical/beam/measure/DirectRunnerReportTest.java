package gov.cbp.medical.beam.measure;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.beam.BeamFixtures;
import gov.cbp.medical.beam.evaluate.EvaluationSettings;
import gov.cbp.medical.beam.example.MqmPipeline;
import gov.cbp.medical.beam.example.MqmPipelineOptions;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the DirectRunner, the pipeline's report files are byte for byte those of {@code MeasureEngine} over the
 * same file: good and bad lines, CRLF terminators, blank lines, hot-key fan-out, and an empty input.
 */
class DirectRunnerReportTest {
    static List<String> month;

    @BeforeAll
    static void aMonth() {
        month = BeamFixtures.month(3, 3, 1);
    }

    static DirectOptions options(int parallelism) {
        return BeamFixtures.options(parallelism);
    }

    static List<String> withBadLines() {
        List<String> lines = new ArrayList<>(month.subList(0, 40));
        lines.add(BeamFixtures.BAD_LINES.get(0));
        lines.add("   ");
        lines.addAll(month.subList(40, month.size()));
        lines.addAll(BeamFixtures.BAD_LINES.subList(1, BeamFixtures.BAD_LINES.size()));
        return lines;
    }

    @Test
    void reportFilesAreByteForByteTheEngines_andDeadLettersNameEveryBadLine(@TempDir Path dir) throws IOException {
        Path input = BeamFixtures.write(dir.resolve("month.jsonl"), withBadLines(), "\r\n");
        MeasureSettings settings = BeamFixtures.settings(InvalidEpisodePolicy.REJECT);
        MeasureReport expected = BeamFixtures.engineReport(settings, input);
        assertThat(expected.input().episodesMeasured()).isGreaterThan(50);
        assertThat(expected.input().episodesRejected()).isEqualTo(BeamFixtures.BAD_LINES.size());
        assertThat(expected.input().rejected()).isNotEmpty();

        Path out = dir.resolve("out");
        BeamFixtures.run(options(3), input.toString(), settings, out);

        Map<String, byte[]> written = BeamFixtures.written(out);
        BeamFixtures.files(expected).forEach((name, bytes) ->
                assertThat(new String(written.get(name), StandardCharsets.UTF_8)).as(name)
                        .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
        BeamFixtures.files(expected).forEach((name, bytes) -> assertThat(written.get(name)).as(name).isEqualTo(bytes));

        List<String> dead = BeamFixtures.deadLetters(out);
        assertThat(dead).hasSize(BeamFixtures.BAD_LINES.size());
        // 41: the first bad line; 42 is blank (skipped, but numbered); the other three at the end.
        long last = month.size() + 2;
        List<Long> lines = new ArrayList<>();
        for (String letter : dead) {
            assertThat(letter).contains("\"source\":\"" + input.toString() + "\"").contains("\"code\":\"")
                    .contains("\"pointer\":").contains("\"measured\":false");
            lines.add(Long.parseLong(letter.replaceAll(".*\"line\":(\\d+).*", "$1")));
        }
        assertThat(lines).containsExactlyInAnyOrder(41L, last + 1, last + 2, last + 3);
        assertThat(String.join("\n", dead)).as("no content of a line").doesNotContain("not json at all");

        // A later generation instant changes that instant only.
        Instant other = Instant.parse("2027-01-01T00:00:00Z");
        MeasureSettings later = MeasureSettings.of(settings.evaluation(), other)
                .withPeriod(MeasurementPeriod.ofMonth(BeamFixtures.MONTH)).withInvalidEpisodes(InvalidEpisodePolicy.REJECT)
                .withLibraryVersion("test");
        String engine = new String(BeamFixtures.files(BeamFixtures.engineReport(later, input)).get(WriteReportFiles.JSON),
                StandardCharsets.UTF_8);
        String beam = new String(written.get(WriteReportFiles.JSON), StandardCharsets.UTF_8);
        assertThat(beam).isNotEqualTo(engine);
        assertThat(beam.replace(BeamFixtures.GENERATED_AT.toString(), "GENERATED"))
                .isEqualTo(engine.replace(other.toString(), "GENERATED"));
    }

    @Test
    void theExamplePipeline_withHotKeyFanout_givesTheSameBytes(@TempDir Path dir) throws IOException {
        Path input = BeamFixtures.write(dir.resolve("month.jsonl"), month, "\n");
        Path out = dir.resolve("out");
        MqmPipelineOptions options = PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--input=" + input,
                "--output=" + out, "--month=" + BeamFixtures.MONTH, "--asOf=" + BeamFixtures.AS_OF,
                "--generatedAt=" + BeamFixtures.GENERATED_AT, "--hotKeyFanout=5", "--suppressBelow=0",
                "--targetParallelism=4").as(MqmPipelineOptions.class);
        MqmPipeline.build(options).run().waitUntilFinish();
        // The example stamps the library's own version: so does the engine by default.
        MeasureSettings settings = MeasureSettings.of(EvaluationSettings.asOf(BeamFixtures.AS_OF), BeamFixtures.GENERATED_AT)
                .withPeriod(MeasurementPeriod.ofMonth(BeamFixtures.MONTH));
        BeamFixtures.files(BeamFixtures.engineReport(settings, input)).forEach((name, bytes) ->
                assertThat(readAll(out.resolve(name))).as(name).isEqualTo(bytes));
        assertThat(BeamFixtures.deadLetters(out)).isEmpty();
    }

    static byte[] readAll(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void emptyInput_givesTheEnginesEmptyReport(@TempDir Path dir) throws IOException {
        Path input = BeamFixtures.write(dir.resolve("empty.jsonl"), List.of(), "\n");
        MeasureSettings settings = BeamFixtures.settings(InvalidEpisodePolicy.MEASURE);
        Path out = dir.resolve("out");
        BeamFixtures.run(options(1), input.toString(), settings, out);
        MeasureReport expected = BeamFixtures.engineReport(settings, input);
        assertThat(expected.input().linesRead()).isZero();
        assertThat(BeamFixtures.written(out).get(WriteReportFiles.HTML)).isEqualTo(BeamFixtures.files(expected).get(WriteReportFiles.HTML));
        assertThat(BeamFixtures.written(out).get(WriteReportFiles.JSON)).isEqualTo(BeamFixtures.files(expected).get(WriteReportFiles.JSON));
    }
}
