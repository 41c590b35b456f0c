package gov.cbp.medical.rules;

import static gov.cbp.medical.rules.Episodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.worklist.Worklist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's evaluation example and checks that the README quotes exactly this code. */
@Covers({"EMD-INTERVIEW-JUV", "TEDS-WELFARE"})
class ReadmeExampleTest {
    private static final List<String> OUT = new ArrayList<>();

    static void report(String line) {
        OUT.add(line);
    }

    void example(CustodyEpisode episode, Instant asOf) {
        // readme:start
        Evaluator evaluator = Evaluator.of(Catalogue.baseline()); // immutable, thread-safe: share it
        EpisodeEvaluation evaluation = evaluator.evaluate(episode, asOf);
        for (Finding finding : evaluation.findings()) {
            if (finding.status().isFailure()) { // NOT_MET or OVERDUE
                report(finding.status().code() + " " + finding.explanation());
            }
        }
        Worklist worklist = Worklist.of(evaluator, List.of(episode), asOf, Duration.ofHours(1));
        Finding first = worklist.tasks().get(0).finding();
        report(worklist.tasks().size() + " task(s) within the hour; first: " + first.explanation() + " in " + first.holdRoom().orElse("?"));
        // readme:end
    }

    @Test
    void example_reportsWhatIsLateAndDue() {
        CustodyEpisode episode = juvenile(15).event(observation("O1", m(-20), false)).event(welfare("W1", m(40)))
                .event(interview("I1", h(3))).event(screening("S1", h(3), gov.cbp.medical.model.publichealth.ScreeningResult.NEGATIVE))
                .event(provision("F1", h(1), gov.cbp.medical.model.custody.ProvisionItem.SNACK)).build();
        example(episode, at(h(2).plus(m(30))));
        assertThat(OUT).containsExactly(
                "overdue TEDS-WELFARE overdue by 50m: no welfare-check for 110m since W1 (every 60m)",
                "1 task(s) within the hour; first: TEDS-WELFARE overdue by 50m: no welfare-check for 110m since W1 (every 60m) in HR-1");
    }

    @Test
    void readme_quotesTheExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/gov/cbp/medical/rules/ReadmeExampleTest.java"));
        String code = source.substring(source.indexOf("// readme:start") + "// readme:start".length(), source.indexOf("// readme:end"));
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String line : code.strip().split("\n")) {
            assertThat(readme).contains(line.strip());
        }
    }
}
