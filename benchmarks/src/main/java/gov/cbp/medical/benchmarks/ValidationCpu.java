package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadValidator;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Full validation against Jackson's {@code readTree} of the same bytes, per payload size, in thread CPU time and
 * bytes allocated, as {@link EvaluationCpu} compares evaluation with binding (best round of each; the mean of the
 * rounds' ratios with its 99.9% error). Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar gov.cbp.medical.benchmarks.ValidationCpu [rounds] [operations]}
 * (defaults 10 and 2,000).
 */
public final class ValidationCpu {
    private ValidationCpu() {}

    /**
     * Runs the comparison and prints one line per payload size.
     *
     * @param args rounds and operations per round, optional
     * @throws Exception if reading fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int operations = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        PayloadValidator validator = PayloadValidator.builder().checkFutureTimes(false).build();
        ObjectMapper mapper = MedicalJson.mapper();
        Payloads[] sizes = Payloads.values();
        double[] validate = new double[sizes.length];
        double[] tree = new double[sizes.length];
        long[] validateBytes = new long[sizes.length];
        long[] treeBytes = new long[sizes.length];
        Arrays.fill(validate, Double.MAX_VALUE);
        Arrays.fill(tree, Double.MAX_VALUE);
        double[][] ratios = new double[sizes.length][rounds];
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < sizes.length; s++) {
                byte[] bytes = sizes[s].bytes();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long allocated0 = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < operations; i++) {
                    sink = validator.validate(bytes);
                }
                long cpu1 = threads.getCurrentThreadCpuTime();
                long allocated1 = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < operations; i++) {
                    sink = mapper.readTree(bytes);
                }
                long cpu2 = threads.getCurrentThreadCpuTime();
                long allocated2 = threads.getThreadAllocatedBytes(thread);
                ratios[s][round] = (double) (cpu1 - cpu0) / Math.max(1, cpu2 - cpu1);
                validate[s] = Math.min(validate[s], (cpu1 - cpu0) / 1e3 / operations);
                tree[s] = Math.min(tree[s], (cpu2 - cpu1) / 1e3 / operations);
                validateBytes[s] = (allocated1 - allocated0) / operations;
                treeBytes[s] = (allocated2 - allocated1) / operations;
            }
        }
        EvaluationCpu.sinkHole = sink;
        for (int s = 0; s < sizes.length; s++) {
            System.out.printf(Locale.ROOT, "%-13s validate %7.1f µs %7d B   readTree %7.1f µs %7d B   ratio %.2f (%s)%n",
                    sizes[s].label(), validate[s], validateBytes[s], tree[s], treeBytes[s], validate[s] / tree[s],
                    EvaluationCpu.RoundRatios.of(ratios[s]));
        }
    }
}
