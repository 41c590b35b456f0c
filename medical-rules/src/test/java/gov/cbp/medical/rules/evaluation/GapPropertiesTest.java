package gov.cbp.medical.rules.evaluation;

import static gov.cbp.medical.rules.Episodes.BASELINE;
import static gov.cbp.medical.rules.Episodes.m;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.worklist.Worklist;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of welfare checks judged by gaps, over generated episodes (including invalid ones). */
@Covers("TEDS-WELFARE")
class GapPropertiesTest {
    static final String R = "TEDS-WELFARE";

    @Provide
    Arbitrary<CustodyEpisode> episodes() {
        return EpisodeArbitraries.episodes();
    }

    static List<Finding> welfare(EpisodeEvaluation evaluation) {
        return evaluation.findings().stream().filter(f -> f.requirementId().equals(R)).collect(Collectors.toList());
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
    void atMostOneNextCheck_dueOneIntervalAfterItsStart_andInTheWorklistWhenThereIsOne(
            @ForAll("episodes") CustodyEpisode episode, @ForAll @IntRange(min = 0, max = 100 * 60) int minutes,
            @ForAll @IntRange(min = 0, max = 59) int seconds) {
        Instant asOf = episode.bookIn().at().plus(m(minutes)).plusSeconds(seconds);
        List<Finding> findings = welfare(BASELINE.evaluate(episode, asOf));
        List<Finding> next = findings.stream().filter(f -> f.status() == FindingStatus.DUE || f.status() == FindingStatus.OVERDUE)
                .collect(Collectors.toList());
        assertThat(next).hasSizeLessThanOrEqualTo(1);
        for (Finding f : next) {
            assertThat(f.dueAt()).contains(f.triggerAt().orElseThrow().plus(Duration.ofHours(1)));
            assertThat(f.status() == FindingStatus.OVERDUE).isEqualTo(asOf.isAfter(f.dueAt().orElseThrow()));
            assertThat(Worklist.of(BASELINE, List.of(episode), asOf, Duration.ofHours(2)).tasks())
                    .anySatisfy(t -> assertThat(t.finding()).isEqualTo(f));
        }
        boolean open = episode.bookOut().map(out -> out.at().isAfter(asOf)).orElse(true);
        if (!open) {
            assertThat(next).isEmpty();
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
    void everyGapFinding_isTheTimeBetweenItsEnds_andLapsesAreLateByTheExcess(
            @ForAll("episodes") CustodyEpisode episode, @ForAll @IntRange(min = 0, max = 100 * 60) int minutes) {
        Instant asOf = episode.bookIn().at().plus(m(minutes));
        for (Finding f : welfare(BASELINE.evaluate(episode, asOf))) {
            if (f.status() == FindingStatus.MET || f.status() == FindingStatus.MET_LATE) {
                Duration gap = Duration.between(f.triggerAt().orElseThrow(), f.satisfiedAt().orElseThrow());
                assertThat(f.longestGap()).contains(gap);
                assertThat(f.status() == FindingStatus.MET_LATE).isEqualTo(gap.compareTo(Duration.ofHours(1)) > 0);
                f.lateBy().ifPresent(late -> assertThat(late).isEqualTo(gap.minusHours(1)));
            }
            if (f.status() == FindingStatus.NOT_MET) {
                assertThat(f.longestGap().orElseThrow()).isGreaterThan(Duration.ofHours(1));
                assertThat(f.overdueBy()).contains(f.longestGap().orElseThrow().minusHours(1));
            }
        }
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
    void tenYearsLater_anOpenEpisodeHasNoMoreFindingsThanItsRecordsAsk(@ForAll("episodes") CustodyEpisode episode) {
        Instant later = episode.bookIn().at().plus(Duration.ofDays(3653));
        EpisodeEvaluation evaluation = BASELINE.evaluate(episode, later);
        long checks = episode.events().size();
        // one finding per check and per window at most: the events bound them, not the ten years
        assertThat(welfare(evaluation).size()).isLessThanOrEqualTo((int) (2 * checks + 2));
        assertThat(evaluation.findings().size()).isLessThan(40 + 8 * (int) checks);
    }
}
