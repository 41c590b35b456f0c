package gov.cbp.medical.benchmarks;

import gov.cbp.medical.beam.evaluate.EvaluationSettings;
import gov.cbp.medical.beam.measure.MeasureReports;
import gov.cbp.medical.beam.measure.MeasureSettings;
import gov.cbp.medical.beam.measure.WriteReportFiles;
import gov.cbp.medical.beam.read.ReadJsonLines;
import gov.cbp.medical.beam.validate.ValidationSettings;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * MQM over JSON Lines files of generated episodes, as a Beam pipeline on the DirectRunner and as the
 * single-process engine on two threads: episodes per second and the heap's peak (every heap pool's peak
 * usage, summed: an upper bound), each variant in its own JVM so that peaks do not mix. The pipeline's JSON
 * report is checked equal to the engine's (same length and hash printed).
 *
 * <p>Usage: {@code BeamMqmRun engine|direct|direct-checked EPISODES DIRECTORY}; the directory's
 * {@code part-NNN.jsonl} files ({@value #PER_FILE} episodes each, as a data lake partitions its data) are
 * generated if missing: a month at 320 facilities with the demo's arrival rate (about 10 per facility and
 * day, seed 2026). The engine reads the parts one after the other as one input; the pipeline reads them as a
 * file pattern without reshuffling lines (the files spread the work). {@code direct} turns off the
 * DirectRunner's immutability and encodability checks (which encode every element, for tests);
 * {@code direct-checked} keeps them. Run each with {@code -Xmx2g}, on two processors.
 */
public final class BeamMqmRun {
    static final Instant AS_OF = Instant.parse("2026-05-01T00:00:00Z");
    static final int PER_FILE = 2_000;

    private BeamMqmRun() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long count = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]);
        if (!Files.exists(dir)) {
            generate(count, dir);
        }
        List<Path> parts;
        try (var listing = Files.list(dir)) {
            parts = listing.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().collect(Collectors.toList());
        }
        MeasureSettings settings = MeasureSettings.of(EvaluationSettings.asOf(AS_OF), AS_OF)
                .withInvalidEpisodes(InvalidEpisodePolicy.MEASURE);
        resetPeaks();
        long start = System.nanoTime();
        byte[] json;
        if (mode.equals("engine")) {
            MeasureEngine engine = settings.engine();
            List<InputStream> streams = new ArrayList<>();
            for (Path part : parts) {
                streams.add(Files.newInputStream(part));
            }
            try (InputStream in = new BufferedInputStream(new SequenceInputStream(Collections.enumeration(streams)), 1 << 16)) {
                MeasureReport report = engine.runLinesParallel(in, ValidationSettings.withoutFutureCheck().validator(), 2)
                        .report(settings.reportSettings());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                WriteReportFiles.write(report, WriteReportFiles.JSON, out);
                json = out.toByteArray();
            }
        } else {
            Path out = Files.createTempDirectory("beam-mqm");
            DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
            options.setRunner(DirectRunner.class);
            options.setTargetParallelism(2);
            boolean checked = mode.equals("direct-checked");
            options.setEnforceImmutability(checked);
            options.setEnforceEncodability(checked);
            Pipeline pipeline = Pipeline.create(options);
            pipeline.apply(ReadJsonLines.from(dir.resolve("part-*.jsonl").toString()).withoutReshuffle())
                    .apply(MeasureReports.with(ValidationSettings.withoutFutureCheck(), settings))
                    .get(MeasureReports.REPORT)
                    .apply(WriteReportFiles.to(out.toString()));
            pipeline.run().waitUntilFinish();
            json = Files.readAllBytes(out.resolve(WriteReportFiles.JSON));
        }
        long elapsed = System.nanoTime() - start;
        long peak = peaks();
        String line = String.format(Locale.ROOT, "%s: %,d episodes in %.1f s = %,.0f episodes/s; heap peak %d MB (max heap %d MB); "
                        + "report %d bytes, hash %08x", mode, count, elapsed / 1e9, count / (elapsed / 1e9), peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, json.length, Arrays.hashCode(json))
                + String.format(Locale.ROOT, "; %d files, %d processors, load average %.1f", parts.size(),
                        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(line);
    }

    static void generate(long count, Path dir) throws java.io.IOException {
        gov.cbp.medical.testkit.GeneratorSettings settings = gov.cbp.medical.testkit.GeneratorSettings.builder().seed(2026)
                .facilities(320).startDate(java.time.LocalDate.of(2026, 3, 1)).days(31)
                .arrivalsPerFacilityPerDay(Math.max(1, count / (320 * 31.0))).build();
        Files.createDirectories(dir);
        com.fasterxml.jackson.databind.ObjectMapper mapper = gov.cbp.medical.model.json.MedicalJson.mapper()
                .copy().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        java.util.Iterator<gov.cbp.medical.model.custody.CustodyEpisode> episodes =
                gov.cbp.medical.testkit.EpisodeGenerator.of(settings).episodes().limit(count).iterator();
        for (int part = 0; episodes.hasNext(); part++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "part-%03d.jsonl", part));
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                for (int i = 0; i < PER_FILE && episodes.hasNext(); i++) {
                    mapper.writeValue(out, episodes.next());
                    out.write('\n');
                }
            }
        }
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peaks() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
