package gov.cbp.medical.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of an MQM pass goes, stage by stage: the pass runs on this thread under Java Flight Recorder's
 * "profile" settings, and each execution sample of this thread is given to the stage of the innermost of its
 * frames that belongs to one ({@link #STAGES}, first match in the list). A sample's stage is where its thread was
 * running, so Jackson's frames count for the library stage that called them (the tree the validator reads, the
 * tree the digest writes). Shares of samples estimate shares of CPU time; the profiled pass is not the timed one.
 */
final class MqmStages {
    /** Frame prefixes (class name and method) and their stages, the more specific first. */
    static final List<Map.Entry<String, String>> STAGES = List.of(
            Map.entry("gov.cbp.medical.model.validation.internal.JsonLines", "reading lines"),
            Map.entry("gov.cbp.medical.model.validation.internal.Parsing", "validation: JSON parse"),
            Map.entry("gov.cbp.medical.model.validation.internal.Tape.", "validation: JSON parse"),
            Map.entry("gov.cbp.medical.model.validation", "validation: decode and check"),
            Map.entry("gov.cbp.medical.rules.measure.digest", "input digest"),
            Map.entry("gov.cbp.medical.rules.evaluation", "evaluation"),
            Map.entry("gov.cbp.medical.rules.integrity", "evaluation"),
            Map.entry("gov.cbp.medical.rules.standard", "evaluation"),
            Map.entry("gov.cbp.medical.rules.measure", "accumulation and report"));

    private MqmStages() {}

    /** A pass to profile. */
    interface Pass {
        void run() throws Exception;
    }

    /**
     * Runs a pass under JFR and counts this thread's samples by stage.
     *
     * @param pass the pass, run on this thread
     * @return the samples per stage, in {@link #STAGES} order, then "other"
     * @throws Exception if the pass or the recording fails
     */
    static Map<String, Long> profile(Pass pass) throws Exception {
        Path file = Files.createTempFile("cbp-medical-mqm-", ".jfr");
        try {
            try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
                recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
                recording.start();
                pass.run();
                recording.stop();
                recording.dump(file);
            }
            return count(file, Thread.currentThread().getName());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static Map<String, Long> count(Path file, String thread) throws IOException {
        Map<String, Long> samples = new LinkedHashMap<>();
        for (Map.Entry<String, String> stage : STAGES) {
            samples.put(stage.getValue(), 0L);
        }
        samples.put("other", 0L);
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    || event.getThread("sampledThread") == null
                    || !thread.equals(event.getThread("sampledThread").getJavaName())) {
                continue;
            }
            samples.merge(stage(event.getStackTrace()), 1L, Long::sum);
        }
        return samples;
    }

    static String stage(RecordedStackTrace stack) {
        if (stack == null) {
            return "other";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            for (Map.Entry<String, String> stage : STAGES) {
                if (name.startsWith(stage.getKey())) {
                    return stage.getValue();
                }
            }
        }
        return "other";
    }

    /**
     * The stages as a Markdown table with their shares.
     *
     * @param samples the samples per stage
     * @param micros the pass's time per episode, to share out
     * @return the table
     */
    static String table(Map<String, Long> samples, double micros) {
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder("| stage | samples | share | µs per episode |\n|---|---:|---:|---:|\n");
        samples.forEach((stage, count) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.0f%% | %.0f |%n", stage,
                count, total == 0 ? 0 : 100.0 * count / total, total == 0 ? 0 : micros * count / total)));
        return out.toString();
    }
}
