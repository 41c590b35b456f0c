package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.MeasureAccumulator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * MQM over a JSON Lines file of generated episodes: one pass single-threaded and on two threads, each against
 * the time Jackson needs just to read every line of the same file into a tree, with the peak heap. Run it
 * in a JVM with {@code -Xmx256m} to show that memory does not grow with the number of episodes.
 *
 * <p>Each variant first runs untimed over the file's first {@value #WARM_UP_LINES} lines, so the JIT has compiled
 * all three before any is timed (otherwise the one-thread pass, run first, pays the warm-up and flatters the
 * two-thread ratio). The evaluator evaluates only the requirements the measures reference, as the command
 * line does.
 *
 * <p>After the timed passes, one more one-thread pass over the first {@value #PROFILED_LINES} lines runs under
 * Java Flight Recorder and its samples are shared out by stage ({@link MqmStages}); the table goes to the
 * optional fourth argument (run the JVM with {@code -XX:FlightRecorderOptions:stackdepth=256}, so that deep
 * Jackson stacks keep the library frame that called them).
 *
 * <p>Usage: {@code MqmRun EPISODES FILE.jsonl RESULT.json [STAGES.md]}; the file is generated (seed 2026) if
 * missing.
 */
public final class MqmRun {
    /** Lines of the untimed warm-up pass of each variant. */
    static final int WARM_UP_LINES = 5_000;
    /** Lines of the profiled pass. */
    static final int PROFILED_LINES = 50_000;

    private MqmRun() {}

    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        Path result = Path.of(args[2]);
        if (!Files.exists(file)) {
            generate(count, file);
        }
        long bytes = Files.size(file);
        warmUp(file);
        long read;
        long single;
        long parallel;
        long peakRead;
        long peakSingle;
        long peakParallel;
        long[] used = new long[3];
        try (HeapSampler heap = new HeapSampler()) {
            read = time(() -> jacksonRead(file));
            peakRead = peakHeapAndReset();
            used[0] = heap.takePeak();
            single = time(() -> measure(file, 1));
            peakSingle = peakHeapAndReset();
            used[1] = heap.takePeak();
            parallel = time(() -> measure(file, 2));
            peakParallel = peakHeapAndReset();
            used[2] = heap.takePeak();
        }
        String detail = String.format(Locale.ROOT, "%,d episodes, %,d MB; Jackson read %.1f s, MQM 1 thread %.1f s "
                        + "(%,.0f episodes/s), 2 threads %.1f s (%,.0f episodes/s); heap used at most %d / %d / %d MB "
                        + "(sampled every 20 ms), old-generation peak %d / %d / %d MB, max heap %d MB",
                count, bytes >> 20, read / 1e9, single / 1e9, count / (single / 1e9), parallel / 1e9,
                count / (parallel / 1e9), used[0] >> 20, used[1] >> 20, used[2] >> 20, peakRead >> 20,
                peakSingle >> 20, peakParallel >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(detail);
        Report.writeGoal(result, "MQM one pass (1 thread) / Jackson read of the file", (double) single / read, "≤ 1.5", 1.5,
                detail);
        Report.writeGoal(result, "MQM on 2 threads / on 1 thread", (double) parallel / single, "≤ 0.56 (≥ 1.8× faster)",
                1 / 1.8, detail);
        if (args.length > 3) {
            java.util.Map<String, Long> stages = MqmStages.profile(() -> {
                try (InputStream in = firstLines(file, PROFILED_LINES)) {
                    sink = measure(in, 1);
                }
            });
            String table = String.format(Locale.ROOT, "Where one MQM thread's time goes (JFR samples of a one-thread pass over "
                    + "the first %,d lines; µs shared out of the timed one-thread pass, %.0f µs per episode, and Jackson's "
                    + "read, %.0f µs):%n%n", Math.min(count, PROFILED_LINES), single / 1e3 / count, read / 1e3 / count)
                    + MqmStages.table(stages, single / 1e3 / count);
            System.out.print(table);
            Files.writeString(Path.of(args[3]), table);
        }
    }

    static void generate(long count, Path file) throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().seed(2026).facilities(8)
                .startDate(LocalDate.of(2026, 3, 1)).days(30).arrivalsPerFacilityPerDay(Math.max(1, count / 240.0)).build();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ObjectMapper mapper = gov.cbp.medical.model.json.MedicalJson.mapper();
            EpisodeGenerator.of(settings).episodes().limit(count).forEach(episode -> {
                try {
                    mapper.writeValue(new NoClose(out), episode);
                    out.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** Runs each variant, untimed, over the first lines of the file (streamed: the heap stays small). */
    static void warmUp(Path file) throws IOException {
        try (InputStream in = firstLines(file, WARM_UP_LINES)) {
            sink = jacksonRead(in);
        }
        for (int threads = 1; threads <= 2; threads++) {
            try (InputStream in = firstLines(file, WARM_UP_LINES)) {
                sink = measure(in, threads);
            }
        }
        peakHeapAndReset();
    }

    /** The file's first lines, buffered as the timed passes read it. */
    static InputStream firstLines(Path file, int lines) throws IOException {
        return new FirstLines(new BufferedInputStream(Files.newInputStream(file), 1 << 16), lines);
    }

    /** Jackson reading every line of the file into a tree: the floor. */
    static long jacksonRead(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return jacksonRead(in);
        }
    }

    static long jacksonRead(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        long nodes = 0;
        try (com.fasterxml.jackson.databind.MappingIterator<com.fasterxml.jackson.databind.JsonNode> values =
                        mapper.readerFor(com.fasterxml.jackson.databind.JsonNode.class).readValues(in)) {
            while (values.hasNext()) {
                nodes += values.next().size();
            }
        }
        return nodes;
    }

    static long measure(Path file, int threads) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return measure(in, threads);
        }
    }

    static long measure(InputStream in, int threads) throws IOException {
        MeasureSet measures = MeasureSetReader.baseline();
        // As the command line does: only the requirements the measures reference (the report is the same).
        Evaluator evaluator = Evaluator.of(Catalogue.baseline()).restrictedTo(measures.requirementIds());
        Instant asOf = Instant.parse("2026-05-01T00:00:00Z");
        MeasureEngine engine = MeasureEngine.builder().measureSet(measures)
                .evaluator(episode -> evaluator.evaluate(episode, asOf))
                .period(MeasurementPeriod.unbounded()).build();
        PayloadValidator validator = PayloadValidator.builder().checkFutureTimes(false).build();
        MeasureAccumulator accumulator = threads == 1 ? engine.runLines(in, validator)
                : engine.runLinesParallel(in, validator, threads);
        return accumulator.report(gov.cbp.medical.rules.measure.report.ReportSettings.of(asOf)).measures().size();
    }

    interface Work {
        long run() throws Exception;
    }

    static volatile long sink;

    static long time(Work work) throws Exception {
        System.gc();
        long start = System.nanoTime();
        sink = work.run();
        return System.nanoTime() - start;
    }

    /**
     * The peak of the old generation since the last call: what survives collections, so it shows whether
     * memory grows with the number of episodes. (Summing every pool's peak would overstate: the pools peak
     * at different times.)
     */
    static long peakHeapAndReset() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
            pool.resetPeakUsage();
        }
        return peak;
    }

    /**
     * The most heap in use, sampled every 20 ms on a daemon thread: young garbage included, so it shows what the
     * heap had to hold at once (the old-generation peak shows what survived collections).
     */
    static final class HeapSampler implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final Thread thread = new Thread(this::sample, "heap-sampler");

        HeapSampler() {
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** @return the peak since the last call */
        long takePeak() {
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return Math.max(peak.getAndSet(0), now);
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    /** A stream that ends after a number of lines. */
    static final class FirstLines extends java.io.FilterInputStream {
        private int lines;

        FirstLines(InputStream in, int lines) {
            super(in);
            this.lines = lines;
        }

        @Override
        public int read() throws IOException {
            if (lines == 0) {
                return -1;
            }
            int b = in.read();
            if (b == '\n') {
                lines--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (lines == 0) {
                return -1;
            }
            int n = in.read(b, off, len);
            for (int i = 0; i < n; i++) {
                if (b[off + i] == '\n' && --lines == 0) {
                    return i + 1;
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Through read, so skipped line ends are counted.
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public int available() {
            return 0;
        }
    }

    /** Jackson closes the stream it writes a value to; the file must stay open for the next line. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
