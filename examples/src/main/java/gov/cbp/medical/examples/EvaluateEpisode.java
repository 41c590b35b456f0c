package gov.cbp.medical.examples;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.standard.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Evaluates one custody episode against the baseline standards and prints its findings, each with the clause
 * it rests on.
 *
 * <p>Arguments: an episode file (default: the synthetic unaccompanied child bundled in the model jar) and the
 * evaluation instant (default: {@code 2025-03-03T20:00:00Z}, eleven hours into that child's stay).
 */
public final class EvaluateEpisode {
    private EvaluateEpisode() {}

    /**
     * Runs the example.
     *
     * @param args [episode.json [instant]]
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        byte[] json = args.length > 0 ? Files.readAllBytes(Path.of(args[0])) : bundledChild();
        Instant asOf = Instant.parse(args.length > 1 ? args[1] : "2025-03-03T20:00:00Z");

        ValidationResult<CustodyEpisode> result = PayloadValidator.create().validate(json);
        for (Problem problem : result.problems()) {
            System.out.println(problem.severity().code() + " " + problem.code() + " at " + problem.pointer());
        }
        if (result.boundValue().isEmpty()) {
            return; // too broken to evaluate; the problems say why
        }
        Evaluator evaluator = Evaluator.of(Catalogue.baseline()); // immutable, thread-safe: share it
        EpisodeEvaluation evaluation = evaluator.evaluate(result.boundValue().get(), asOf);
        for (Finding finding : evaluation.findings()) {
            System.out.printf("%-14s %s%n               %s %s: %s%n", finding.status().code(), finding.explanation(),
                    finding.standardId(), finding.standardVersion(), finding.citation());
        }
    }

    private static byte[] bundledChild() throws IOException {
        try (InputStream in = EvaluateEpisode.class.getResourceAsStream(
                "/gov/cbp/medical/model/samples/unaccompanied-child.json")) {
            return in.readAllBytes();
        }
    }
}
