package gov.cbp.medical.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The worklist of many open episodes against binding them, in thread CPU time: {@link WorklistBenchmark}'s two
 * operations alternating in rounds, with the best round of each and the mean of the rounds' ratios with its 99.9%
 * error ({@link EvaluationCpu.RoundRatios}). One worklist of 10,000 episodes takes about a second, so a JMH
 * iteration holds one or two operations and, on a shared machine, its wall-clock error bars are wide. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar gov.cbp.medical.benchmarks.WorklistCpu [rounds] [episodes]}
 * (defaults 12 and 10,000).
 */
public final class WorklistCpu {
    private WorklistCpu() {}

    /** The figures: milliseconds per operation (best rounds) and the rounds' ratios. */
    record Figures(int episodes, double worklistMillis, double bindMillis, EvaluationCpu.RoundRatios rounds) {
        double ratio() {
            return worklistMillis / bindMillis;
        }
    }

    /**
     * Runs the comparison and prints one line.
     *
     * @param args rounds and episodes, optional
     * @throws Exception if binding fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int episodes = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Figures f = measure(rounds, episodes);
        System.out.printf(Locale.ROOT, "worklist of %,d open episodes %8.1f ms   bind %8.1f ms   ratio %.2f (%s)%n",
                f.episodes(), f.worklistMillis(), f.bindMillis(), f.ratio(), f.rounds());
    }

    static Figures measure(int rounds, int episodes) throws Exception {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        WorklistBenchmark benchmark = new WorklistBenchmark();
        benchmark.episodes = episodes;
        benchmark.setUp();
        double worklist = Double.MAX_VALUE;
        double bind = Double.MAX_VALUE;
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            sinkHole = benchmark.worklist();
            long cpu1 = threads.getCurrentThreadCpuTime();
            sinkHole = benchmark.bindAll();
            long cpu2 = threads.getCurrentThreadCpuTime();
            ratios[round] = (double) (cpu1 - cpu0) / Math.max(1, cpu2 - cpu1);
            worklist = Math.min(worklist, (cpu1 - cpu0) / 1e6);
            bind = Math.min(bind, (cpu2 - cpu1) / 1e6);
        }
        return new Figures(episodes, worklist, bind, EvaluationCpu.RoundRatios.of(ratios));
    }

    static volatile Object sinkHole;
}
