package gov.cbp.medical.rules.evaluation;

import static gov.cbp.medical.rules.Episodes.BASELINE;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.internal.EpisodeJudge;
import gov.cbp.medical.rules.worklist.Task;
import gov.cbp.medical.rules.worklist.Worklist;
import gov.cbp.medical.testkit.ModelArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The evaluator's properties over the testkit's valid and realistic episodes (2023 to mid-2026, up to 60 days). */
@Covers({"TEDS-WELFARE", "PPN-WELFARE", "EMD-INTERVIEW-JUV", "EMD-MEDADMIN", "OIG49-NEWBORN-RELEASE"})
class TestkitEpisodesPropertiesTest {
    @Provide
    Arbitrary<CustodyEpisode> episodes() {
        return ModelArbitraries.episodes();
    }

    @Provide
    Arbitrary<CustodyEpisode> realistic() {
        return ModelArbitraries.realisticEpisodes();
    }

    static Instant asOf(CustodyEpisode episode, int hours) {
        return episode.bookIn().at().plus(Duration.ofHours(hours));
    }

    @Property(tries = 100)
    void validEpisodes_evaluateDeterministically_inAnyEventOrder(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 400) int hours, @ForAll long seed) {
        EpisodeEvaluation evaluation = BASELINE.evaluate(episode, asOf(episode, hours));
        assertThat(evaluation.findings()).isNotEmpty().isSortedAccordingTo(EpisodeJudge.ORDER);
        List<MedicalEvent> shuffled = new ArrayList<>(episode.events());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(BASELINE.evaluate(episode.toBuilder().events(shuffled).build(), asOf(episode, hours))).isEqualTo(evaluation);
        for (Finding finding : evaluation.findings()) {
            assertThat(finding.status() != FindingStatus.MET_LATE || finding.lateBy().isPresent()).isTrue();
            assertThat(finding.status() != FindingStatus.OVERDUE || finding.overdueBy().isPresent()).isTrue();
            assertThat(finding.status() != FindingStatus.DUE || finding.dueAt().isPresent()).isTrue();
            assertThat(finding.status() != FindingStatus.INDETERMINATE || !finding.missingData().isEmpty()).isTrue();
        }
    }

    @Property(tries = 30)
    void realisticEpisodes_worklistAgreesWithTheEvaluator(@ForAll("realistic") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 100) int hours) {
        Instant at = asOf(episode, hours);
        List<Finding> expected = BASELINE.evaluate(episode, at).findings().stream()
                .filter(f -> Worklist.isTask(f, at.plus(Duration.ofHours(2)))).collect(Collectors.toList());
        Worklist worklist = Worklist.of(BASELINE, List.of(episode), at, Duration.ofHours(2));
        assertThat(worklist.tasks().stream().map(Task::finding).collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
