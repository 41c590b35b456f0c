package gov.cbp.medical.examples;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.CatalogueLoad;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads a local policy stricter than the baseline — welfare checks every 30 minutes instead of every hour —
 * layered over the baseline catalogue, and shows what it changes for one episode. A looser policy is refused
 * unless it records a waiver.
 */
public final class LocalStricterPolicy {
    /** A station's policy, as a deployment would keep it in a file. */
    static final String POLICY = "{\"id\": \"LP-SYN-STATION\", \"title\": \"Welfare checks every 30 minutes\","
            + " \"overrides\": [{\"requirementId\": \"TEDS-WELFARE\", \"every\": \"PT30M\"}]}";

    private LocalStricterPolicy() {}

    /**
     * Runs the example.
     *
     * @param args none
     * @throws IOException if a resource cannot be read
     */
    public static void main(String[] args) throws IOException {
        CatalogueLoad load = Catalogue.baseline().withPolicy(
                new ByteArrayInputStream(POLICY.getBytes(StandardCharsets.UTF_8)));
        for (Problem problem : load.problems()) {
            System.out.println(problem.severity().code() + " " + problem.code() + " at " + problem.pointer());
        }
        Catalogue local = load.catalogue().orElseThrow(); // present: a stricter policy needs no waiver

        CustodyEpisode episode = bundledChild();
        Instant asOf = Instant.parse("2025-03-04T06:00:00Z"); // the end of the child's stay
        List<Finding> baseline = welfare(Evaluator.of(Catalogue.baseline()), episode, asOf);
        List<Finding> stricter = welfare(Evaluator.of(local), episode, asOf);

        System.out.println("Policy " + local.policyId().orElse("?") + " layered over the baseline.");
        System.out.println("TEDS-WELFARE, baseline: " + summary(baseline));
        System.out.println("TEDS-WELFARE, local:    " + summary(stricter));
    }

    private static List<Finding> welfare(Evaluator evaluator, CustodyEpisode episode, Instant asOf) {
        return evaluator.evaluate(episode, asOf).findings().stream()
                .filter(f -> f.requirementId().equals("TEDS-WELFARE")).collect(Collectors.toList());
    }

    private static String summary(List<Finding> findings) {
        return findings.size() + " gaps between checks: " + findings.stream()
                .collect(Collectors.groupingBy(f -> f.status().code(), java.util.TreeMap::new, Collectors.counting()));
    }

    private static CustodyEpisode bundledChild() throws IOException {
        try (InputStream in = LocalStricterPolicy.class.getResourceAsStream(
                "/gov/cbp/medical/model/samples/unaccompanied-child.json")) {
            return PayloadValidator.create().validate(in).value().orElseThrow();
        }
    }
}
