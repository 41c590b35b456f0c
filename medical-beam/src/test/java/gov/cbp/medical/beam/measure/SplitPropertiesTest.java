package gov.cbp.medical.beam.measure;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.beam.BeamFixtures;
import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.beam.validate.ValidatedLine;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import gov.cbp.medical.rules.measure.engine.MeasureAccumulator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever split of the input into bundles, workers and fan-out keys a runner chooses, the report is the
 * single pass's: accumulators filled from random bundles, shipped through the coder, merged in random
 * groups and orders; and whole pipeline runs over random splits into files and bundles.
 */
class SplitPropertiesTest {
    static final MeasureSettings SETTINGS = BeamFixtures.settings(InvalidEpisodePolicy.MEASURE);
    static List<ValidatedLine> lines;
    static List<String> month;
    static String expectedJson;

    @BeforeContainer
    static void aMonth() throws IOException {
        month = BeamFixtures.month(9, 3, 1);
        List<String> withBad = new ArrayList<>(month);
        withBad.addAll(10, BeamFixtures.BAD_LINES);
        byte[] bytes = (String.join("\n", withBad) + "\n").getBytes(StandardCharsets.UTF_8);
        PayloadValidator validator = BeamFixtures.VALIDATION.validator();
        lines = new ArrayList<>();
        validator.readLines(new ByteArrayInputStream(bytes), line -> lines.add(
                ValidatedLine.of(SourceLine.of("month.jsonl", line), validator.validateLine(line))));
        MeasureEngine engine = SETTINGS.engine();
        expectedJson = MeasureReportJson.toJson(engine.runLines(new ByteArrayInputStream(bytes), validator)
                .report(SETTINGS.reportSettings()));
    }

    @Property(tries = 40)
    void anySplitIntoBundles_anyMergeOrder_givesTheSinglePassReport(@ForAll("seeds") long seed,
            @ForAll @IntRange(min = 1, max = 12) int bundles) {
        Random random = new Random(seed);
        // Two workers filling bundles (as MeasureLines does) and two merging: states cross between engine
        // instances only as bytes, as on a cluster.
        MeasureEngine[] fillers = {SETTINGS.engine(), SETTINGS.engine()};
        MergeStates[] workers = {new MergeStates(SETTINGS), new MergeStates(SETTINGS)};
        List<MeasureState> states = new ArrayList<>();
        for (int i = 0; i < bundles; i++) {
            states.add(MeasureState.empty(fillers[i % 2]));
        }
        for (ValidatedLine line : lines) {
            int bundle = random.nextInt(bundles);
            states.get(bundle).accumulator(fillers[bundle % 2]).add(line.result());
        }
        List<MeasureState> shipped = new ArrayList<>();
        for (MeasureState state : states) {
            shipped.add(random.nextBoolean() ? ship(state) : state);
        }
        while (shipped.size() > 1) {
            Collections.shuffle(shipped, random);
            int group = 2 + random.nextInt(Math.min(3, shipped.size() - 1));
            List<MeasureState> merging = new ArrayList<>(shipped.subList(0, group));
            List<byte[]> before = new ArrayList<>();
            merging.subList(1, group).forEach(s -> before.add(bytes(s)));
            MeasureState merged = workers[random.nextInt(2)].mergeAccumulators(merging);
            for (int i = 1; i < group; i++) {
                assertThat(bytes(merging.get(i))).as("mergeAccumulators changed accumulator %d", i).isEqualTo(before.get(i - 1));
            }
            shipped.subList(0, group).clear();
            shipped.add(merged);
        }
        MergeStates global = new MergeStates(SETTINGS);
        MeasureState total = global.addInput(global.createAccumulator(), workers[0].extractOutput(shipped.get(0)));
        String report = MeasureReportJson.toJson(MeasureAccumulator.fromBytes(SETTINGS.engine(), bytes(global.extractOutput(total)))
                .report(SETTINGS.reportSettings()));
        assertThat(report).isEqualTo(expectedJson);
    }

    @Property(tries = 2)
    void anySplitIntoFilesAndBundles_pipelineGivesTheSinglePassReport(@ForAll("seeds") long seed) throws IOException {
        Random random = new Random(seed);
        Path dir = Files.createTempDirectory("split");
        try {
            runSplit(random, dir);
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    static void runSplit(Random random, Path dir) throws IOException {
        // Only good lines: with several files, line numbers are per file, and the report holds none of them.
        List<List<String>> files = new ArrayList<>();
        int fileCount = 1 + random.nextInt(4);
        for (int i = 0; i < fileCount; i++) {
            files.add(new ArrayList<>());
        }
        month.forEach(line -> files.get(random.nextInt(fileCount)).add(line));
        for (int i = 0; i < fileCount; i++) {
            BeamFixtures.write(dir.resolve("part-" + i + ".jsonl"), files.get(i), random.nextBoolean() ? "\n" : "\r\n");
        }
        Path all = BeamFixtures.write(dir.resolve("all.txt"), month, "\n");
        MeasureSettings settings = SETTINGS.withHotKeyFanout(1 + random.nextInt(5));
        Path out = dir.resolve("out");
        BeamFixtures.run(BeamFixtures.options(1 + random.nextInt(4)), dir.resolve("part-*.jsonl").toString(), settings, out);
        assertThat(BeamFixtures.written(out)).containsOnlyKeys(BeamFixtures.files(BeamFixtures.engineReport(settings, all)).keySet());
        BeamFixtures.files(BeamFixtures.engineReport(settings, all)).forEach((name, bytes) ->
                assertThat(readWritten(out, name)).as(name).isEqualTo(bytes));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }

    static MeasureState ship(MeasureState state) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MeasureStateCoder.of().encode(state, out);
            return MeasureStateCoder.of().decode(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(MeasureState state) {
        return state.toBytes();
    }

    static byte[] readWritten(Path out, String name) {
        try {
            return Files.readAllBytes(out.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
