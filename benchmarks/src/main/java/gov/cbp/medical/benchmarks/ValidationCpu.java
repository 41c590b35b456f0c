package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadValidator;
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
        PayloadValidator validator = PayloadValidator.builder().checkFutureTimes(false).build();
        ObjectMapper mapper = MedicalJson.mapper();
        EvaluationCpu.Figures[] figures = EvaluationCpu.compare(rounds, operations, size -> {
            byte[] bytes = size.bytes();
            return () -> validator.validate(bytes);
        }, size -> {
            byte[] bytes = size.bytes();
            return () -> mapper.readTree(bytes);
        });
        for (EvaluationCpu.Figures f : figures) {
            System.out.printf(Locale.ROOT, "%-13s validate %7.1f µs %7d B   readTree %7.1f µs %7d B   ratio %.2f (%s)%n",
                    f.size(), f.evaluateMicros(), f.evaluateBytes(), f.bindMicros(), f.bindBytes(), f.ratio(), f.rounds());
        }
    }
}
