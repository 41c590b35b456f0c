package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.validation.PayloadValidator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Cold start: the wall time of a fresh JVM that validates one payload with the library, against a fresh JVM
 * that only parses it with Jackson. Both run from the same class path on the same file; the median of
 * several alternating runs is reported.
 *
 * <p>Usage: {@code ColdStart PAYLOAD.json RUNS RESULT.json}.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        Path payload = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        List<Long> library = new ArrayList<>();
        List<Long> jackson = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            library.add(run(ValidateOne.class, payload));
            jackson.add(run(ParseOne.class, payload));
        }
        double libraryMs = median(library) / 1e6;
        double jacksonMs = median(jackson) / 1e6;
        System.out.printf(Locale.ROOT, "cold start: library validate %.0f ms, Jackson parse %.0f ms (median of %d)%n",
                libraryMs, jacksonMs, runs);
        Report.writeGoal(Path.of(args[2]), "cold start: validate one payload / Jackson parse only", libraryMs / jacksonMs,
                "≤ 2.0", 2.0, String.format(Locale.ROOT, "%.0f ms vs %.0f ms, median of %d fresh JVMs", libraryMs, jacksonMs, runs));
    }

    private static long run(Class<?> main, Path payload) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName(),
                payload.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException(main.getSimpleName() + " exited with " + exit);
        }
        return elapsed;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Validates one payload file and exits non-zero unless it is valid. */
    public static final class ValidateOne {
        private ValidateOne() {}

        public static void main(String[] args) throws IOException {
            byte[] bytes = Files.readAllBytes(Path.of(args[0]));
            if (!PayloadValidator.builder().checkFutureTimes(false).build().validate(bytes).isValid()) {
                System.exit(1);
            }
        }
    }

    /** Parses one payload file with Jackson only. */
    public static final class ParseOne {
        private ParseOne() {}

        public static void main(String[] args) throws IOException {
            if (new ObjectMapper().readTree(new File(args[0])).size() == 0) {
                System.exit(1);
            }
        }
    }
}
