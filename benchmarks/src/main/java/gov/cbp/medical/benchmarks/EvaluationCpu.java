package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;

/**
 * Evaluation against binding, per payload size, in thread CPU time and bytes allocated: steadier than JMH's
 * wall clock on a shared machine (other processes' load and the collector's threads are not counted). Evaluation
 * and binding alternate in rounds and the best round of each is kept. The ratio is also given as the mean of
 * the rounds' own ratios with its 99.9% error (as JMH states a score's error), leaving out the first fifth of the
 * rounds as warm-up: each round's evaluation and bind run back to back, so the machine's load changes little
 * between them. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar gov.cbp.medical.benchmarks.EvaluationCpu [rounds] [operations]}
 * (defaults 10 and 2,000).
 */
public final class EvaluationCpu {
    private EvaluationCpu() {}

    /**
     * One payload size's figures: microseconds and bytes allocated per operation (best rounds), and the mean of the
     * rounds' ratios with its 99.9% error.
     */
    record Figures(String size, double evaluateMicros, double bindMicros, long evaluateBytes, long bindBytes,
            RoundRatios rounds) {
        double ratio() {
            return evaluateMicros / bindMicros;
        }
    }

    /** The ratios of rounds run back to back, after the warm-up rounds. */
    record RoundRatios(double mean, double error, int count) {
        /** The mean and 99.9% error of the ratios after the first fifth of them (at least one when there are two). */
        static RoundRatios of(double[] ratios) {
            int warmUp = ratios.length < 2 ? 0 : Math.max(1, ratios.length / 5);
            org.openjdk.jmh.util.ListStatistics statistics = new org.openjdk.jmh.util.ListStatistics();
            for (int i = warmUp; i < ratios.length; i++) {
                statistics.addValue(ratios[i]);
            }
            double error = statistics.getN() > 2 ? statistics.getMeanErrorAt(0.999) : Double.NaN;
            return new RoundRatios(statistics.getMean(), error, (int) statistics.getN());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "mean of %d rounds %.2f ± %.2f (%.0f%%)", count, mean, error, 100 * error / mean);
        }
    }

    /**
     * Runs the comparison and prints one line per payload size.
     *
     * @param args rounds and operations per round, optional
     * @throws Exception if binding fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int operations = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        print(measure(rounds, operations), System.out);
    }

    static Figures[] measure(int rounds, int operations) throws Exception {
        Evaluator evaluator = Evaluator.of(Catalogue.baseline());
        ObjectMapper mapper = MedicalJson.mapper();
        return compare(rounds, operations, size -> {
            CustodyEpisode episode = size.episode();
            Instant asOf = EvaluationBenchmark.asOf(episode);
            return () -> evaluator.evaluate(episode, asOf);
        }, size -> {
            byte[] bytes = size.bytes();
            return () -> mapper.readValue(bytes, CustodyEpisode.class);
        });
    }

    /** One operation on one payload size, prepared before it is timed. */
    interface Operation {
        Object run() throws Exception;
    }

    /** Prepares an operation for a payload size. */
    interface Prepare {
        Operation on(Payloads size) throws Exception;
    }

    /**
     * Times an operation against a baseline per payload size, in rounds run back to back, in thread CPU time and
     * bytes allocated (the {@code evaluate…} figures are the measured operation's, the {@code bind…} ones the
     * baseline's).
     *
     * @param rounds the rounds
     * @param operations the operations of each per round
     * @param measured the operation measured
     * @param baseline the operation it is compared with
     * @return the figures per payload size
     * @throws Exception if an operation fails
     */
    static Figures[] compare(int rounds, int operations, Prepare measured, Prepare baseline) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Payloads[] sizes = Payloads.values();
        double[] evaluate = new double[sizes.length];
        double[] bind = new double[sizes.length];
        long[] evaluateBytes = new long[sizes.length];
        long[] bindBytes = new long[sizes.length];
        java.util.Arrays.fill(evaluate, Double.MAX_VALUE);
        java.util.Arrays.fill(bind, Double.MAX_VALUE);
        double[][] ratios = new double[sizes.length][rounds];
        Operation[] measuredOperations = new Operation[sizes.length];
        Operation[] baselineOperations = new Operation[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            measuredOperations[s] = measured.on(sizes[s]);
            baselineOperations[s] = baseline.on(sizes[s]);
        }
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < sizes.length; s++) {
                Operation first = measuredOperations[s];
                Operation second = baselineOperations[s];
                long cpu0 = threads.getCurrentThreadCpuTime();
                long allocated0 = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < operations; i++) {
                    sink = first.run();
                }
                long cpu1 = threads.getCurrentThreadCpuTime();
                long allocated1 = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < operations; i++) {
                    sink = second.run();
                }
                long cpu2 = threads.getCurrentThreadCpuTime();
                long allocated2 = threads.getThreadAllocatedBytes(thread);
                ratios[s][round] = (double) (cpu1 - cpu0) / Math.max(1, cpu2 - cpu1);
                evaluate[s] = Math.min(evaluate[s], (cpu1 - cpu0) / 1e3 / operations);
                bind[s] = Math.min(bind[s], (cpu2 - cpu1) / 1e3 / operations);
                evaluateBytes[s] = (allocated1 - allocated0) / operations;
                bindBytes[s] = (allocated2 - allocated1) / operations;
            }
        }
        sinkHole = sink;
        Figures[] figures = new Figures[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            figures[s] = new Figures(sizes[s].label(), evaluate[s], bind[s], evaluateBytes[s], bindBytes[s],
                    RoundRatios.of(ratios[s]));
        }
        return figures;
    }

    static volatile Object sinkHole;

    static void print(Figures[] figures, PrintStream out) {
        for (Figures f : figures) {
            out.printf(Locale.ROOT, "%-13s evaluate %7.1f µs %7d B   bind %7.1f µs %7d B   ratio %.2f (%s)%n", f.size(),
                    f.evaluateMicros(), f.evaluateBytes(), f.bindMicros(), f.bindBytes(), f.ratio(), f.rounds());
        }
    }
}
