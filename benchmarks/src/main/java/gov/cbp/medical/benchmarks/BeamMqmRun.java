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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * MQM over a JSON Lines file of generated episodes, as a Beam pipeline on the DirectRunner and as the
 * single-process engine on two threads: episodes per second and the heap's peak (every heap pool's peak
 * usage, summed: an upper bound), each variant in its own JVM so that peaks do not mix. The pipeline's JSON
 * report is checked equal to the engine's.
 *
 * <p>Usage: {@code BeamMqmRun engine|direct|direct-checked EPISODES FILE.jsonl}; the file is generated if
 * missing: a month at 320 facilities with the demo's arrival rate (about 10 per facility and day, seed 2026), so
 * episodes are of the demo's size (about 3 KB), not {@link MqmRun}'s surge-sized ones. {@code direct} turns off the DirectRunner's immutability and
 * encodability checks (which encode every element, for tests); {@code direct-checked} keeps them. Run each
 * with {@code -Xmx2g}, on two processors, for example under {@code taskset -c 0,1}.
 */
public final class BeamMqmRun {
    static final Instant AS_OF = Instant.parse("2026-05-01T00:00:00Z");

    private BeamMqmRun() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long count = Long.parseLong(args[1]);
        Path file = Path.of(args[2]);
        if (!Files.exists(file)) {
            generate(count, file);
        }
        MeasureSettings settings = MeasureSettings.of(EvaluationSettings.asOf(AS_OF), AS_OF)
                .withInvalidEpisodes(InvalidEpisodePolicy.MEASURE);
        resetPeaks();
        long start = System.nanoTime();
        byte[] json;
        if (mode.equals("engine")) {
            MeasureEngine engine = settings.engine();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
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
            pipeline.apply(ReadJsonLines.from(file.toString()))
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
                Runtime.getRuntime().maxMemory() >> 20, json.length, Arrays.hashCode(json));
        System.out.println(line);
    }

    static void generate(long count, Path file) throws java.io.IOException {
        gov.cbp.medical.testkit.GeneratorSettings settings = gov.cbp.medical.testkit.GeneratorSettings.builder().seed(2026)
                .facilities(320).startDate(java.time.LocalDate.of(2026, 3, 1)).days(31)
                .arrivalsPerFacilityPerDay(Math.max(1, count / (320 * 31.0))).build();
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            com.fasterxml.jackson.databind.ObjectMapper mapper = gov.cbp.medical.model.json.MedicalJson.mapper()
                    .copy().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            java.util.Iterator<gov.cbp.medical.model.custody.CustodyEpisode> episodes =
                    gov.cbp.medical.testkit.EpisodeGenerator.of(settings).episodes().limit(count).iterator();
            while (episodes.hasNext()) {
                mapper.writeValue(out, episodes.next());
                out.write('\n');
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
