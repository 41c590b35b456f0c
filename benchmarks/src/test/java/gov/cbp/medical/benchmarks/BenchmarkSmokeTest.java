package gov.cbp.medical.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Proves every benchmark still runs and computes the right thing on tiny input. No timing is asserted:
 * these machines are shared and noisy.
 */
class BenchmarkSmokeTest {
    @ParameterizedTest
    @ValueSource(strings = {"short-adult", "juvenile-day", "family-72h"})
    void validationBenchmark_computesTheRightThing(String size) throws Exception {
        ValidationBenchmark benchmark = new ValidationBenchmark();
        benchmark.size = size;
        benchmark.setUp();
        assertThat(benchmark.libraryValidate().problems()).isEmpty();
        assertThat(benchmark.libraryValidate().value()).contains(benchmark.jacksonBind());
        assertThat(benchmark.jacksonReadTree().get("episodeId").asText()).isEqualTo(benchmark.jacksonBind().episodeId());
        assertThat(benchmark.networkntSchema()).isZero();
    }

    @Test
    void payloadSizes_growFromShortToFamily() {
        assertThat(Payloads.SHORT_ADULT.bytes().length).isLessThan(Payloads.JUVENILE_DAY.bytes().length);
        assertThat(Payloads.JUVENILE_DAY.episode().events().size()).isGreaterThanOrEqualTo(20);
        assertThat(Payloads.FAMILY_72H.episode().events()).anyMatch(e -> e.type().code().equals("hospital-visit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short-adult", "juvenile-day", "family-72h"})
    void evaluationBenchmark_findsFindings(String size) throws Exception {
        EvaluationBenchmark benchmark = new EvaluationBenchmark();
        benchmark.size = size;
        benchmark.setUp();
        assertThat(benchmark.evaluate().findings()).isNotEmpty();
        assertThat(benchmark.jacksonBind().episodeId()).isEqualTo(benchmark.episode.episodeId());
    }

    @Test
    void worklistBenchmark_listsTasksOfOpenEpisodes() throws Exception {
        WorklistBenchmark benchmark = new WorklistBenchmark();
        benchmark.episodes = 200;
        benchmark.setUp();
        assertThat(benchmark.open).hasSize(200).allMatch(e -> e.bookOut().isEmpty());
        assertThat(benchmark.worklist().tasks()).isNotEmpty();
        assertThat(benchmark.bindAll()).isEqualTo(benchmark.open.stream().mapToInt(e -> e.events().size()).sum());
    }

    @Test
    void evaluationCpu_measuresEverySize() throws Exception {
        EvaluationCpu.Figures[] figures = EvaluationCpu.measure(1, 2);
        assertThat(figures).extracting(EvaluationCpu.Figures::size)
                .containsExactly("short-adult", "juvenile-day", "family-72h");
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.evaluateMicros()).isNotNegative();
            assertThat(f.bindBytes()).isPositive();
            assertThat(f.evaluateBytes()).isPositive();
        });
    }

    @Test
    void evaluationCpu_roundRatios_leaveOutTheWarmUp() {
        EvaluationCpu.RoundRatios ratios = EvaluationCpu.RoundRatios.of(new double[] {9, 1, 1, 1, 1});
        assertThat(ratios.count()).isEqualTo(4);
        assertThat(ratios.mean()).isEqualTo(1.0);
        assertThat(ratios.error()).isZero();
        assertThat(EvaluationCpu.RoundRatios.of(new double[] {2, 4, 6, 8, 10, 12}).mean()).isEqualTo(8.0);
        assertThat(EvaluationCpu.RoundRatios.of(new double[] {3}).mean()).isEqualTo(3.0);
    }

    @Test
    void worklistCpu_measuresWorklistAndBind() throws Exception {
        WorklistCpu.Figures figures = WorklistCpu.measure(3, 60);
        assertThat(figures.episodes()).isEqualTo(60);
        assertThat(figures.bindMillis()).isPositive();
        assertThat(figures.worklistMillis()).isPositive();
        assertThat(figures.rounds().count()).isEqualTo(2);
    }

    @Test
    void jmh_oneForklessIteration_runs() throws Exception {
        Options options = new OptionsBuilder().include(ValidationBenchmark.class.getName() + ".libraryValidate")
                .param("size", "short-adult").forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200)).shouldDoGC(false).build();
        RunResult result = new Runner(options).runSingle();
        assertThat(result.getPrimaryResult().getSampleCount()).isPositive();
    }

    @Test
    void mqmRun_smallFile_writesBothGoals(@TempDir Path directory) throws Exception {
        Path result = directory.resolve("mqm.json");
        MqmRun.main(new String[] {"300", directory.resolve("episodes.jsonl").toString(), result.toString()});
        assertThat(Files.readAllLines(directory.resolve("episodes.jsonl"))).hasSize(300);
        JsonNode goals = new ObjectMapper().readTree(result.toFile());
        assertThat(goals.size()).isEqualTo(2);
        goals.forEach(goal -> assertThat(goal.get("ratio").asDouble()).isPositive());
    }

    @Test
    void mqmStages_shareOutAProfiledPass(@TempDir Path directory) throws Exception {
        Path lines = directory.resolve("episodes.jsonl");
        MqmRun.generate(1_500, lines);
        java.util.Map<String, Long> samples = MqmStages.profile(() -> MqmRun.measure(lines, 1));
        assertThat(samples.keySet()).containsExactly("reading lines", "validation: JSON parse",
                "validation: decode and check", "input digest", "evaluation", "accumulation and report", "other");
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        // A pass of seconds gives samples every 10 ms; most belong to a library stage.
        assertThat(total).isPositive();
        assertThat(samples.get("other")).isLessThan(total);
        String table = MqmStages.table(samples, 500);
        assertThat(table).startsWith("| stage | samples | share | µs per episode |").contains("| evaluation | ");
    }

    @Test
    void report_printsRatiosOfOneRun(@TempDir Path directory) throws Exception {
        Path jmh = directory.resolve("jmh.json");
        Files.writeString(jmh, "[" + result("ValidationBenchmark.jacksonBind", 10) + ","
                + result("ValidationBenchmark.libraryValidate", 8) + "," + result("ValidationBenchmark.networkntSchema", 40) + "]");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Report.main(new String[] {jmh.toString()});
        } finally {
            System.setOut(previous);
        }
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("| validation / Jackson bind [short-adult] | 0.80 | ≤ 1.5 | met |")
                .contains("| validation / networknt schema [short-adult] | 0.20 | ≤ 1.0 | met |");
    }

    private static String result(String benchmark, double score) {
        return "{\"benchmark\":\"gov.cbp.medical.benchmarks." + benchmark + "\",\"params\":{\"size\":\"short-adult\"},"
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":0.1,\"scoreUnit\":\"us/op\"}}";
    }
}
