package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.measure.digest.ContentDigest;

/**
 * An episode's content digest ({@link ContentDigest#sha256(CustodyEpisode)}, one per episode of an MQM pass)
 * against binding, per payload size, in thread CPU time and bytes allocated, with {@link EvaluationCpu}'s
 * timing loop (the {@code evaluate} columns are the digest's). Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar gov.cbp.medical.benchmarks.DigestCpu [rounds] [operations]}
 * (defaults 10 and 2,000).
 */
public final class DigestCpu {
    private DigestCpu() {}

    /**
     * Runs the comparison and prints one line per payload size.
     *
     * @param args rounds and operations per round, optional
     * @throws Exception if binding fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int operations = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        ObjectMapper mapper = MedicalJson.mapper();
        EvaluationCpu.print(EvaluationCpu.compare(rounds, operations, size -> {
            CustodyEpisode episode = size.episode();
            return () -> ContentDigest.sha256(episode);
        }, size -> {
            byte[] bytes = size.bytes();
            return () -> mapper.readValue(bytes, CustodyEpisode.class);
        }), System.out);
    }
}
