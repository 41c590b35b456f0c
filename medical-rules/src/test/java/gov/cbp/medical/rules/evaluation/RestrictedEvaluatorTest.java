package gov.cbp.medical.rules.evaluation;

import static gov.cbp.medical.rules.Episodes.BASELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import gov.cbp.medical.testkit.ModelArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Evaluator#restrictedTo}: the same findings as the whole catalogue's, filtered to the ids. */
class RestrictedEvaluatorTest {
    static final List<String> ALL = List.copyOf(Catalogue.baseline().requirementIds());

    static List<Finding> filtered(EpisodeEvaluation evaluation, Set<String> ids) {
        return evaluation.findings().stream().filter(f -> ids.contains(f.requirementId())).collect(Collectors.toList());
    }

    /** A realistic episode, the same every run. */
    static CustodyEpisode generated() {
        return EpisodeGenerator.withSeed(11).episodes().filter(e -> e.events().size() > 10).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<CustodyEpisode> episodes() {
        return ModelArbitraries.episodes();
    }

    @Provide
    Arbitrary<Set<String>> requirementIds() {
        return Arbitraries.of(ALL).set().ofMaxSize(ALL.size());
    }

    @Property(tries = 200)
    void restrictedEvaluation_isTheFullEvaluationFilteredToTheIds(@ForAll("episodes") CustodyEpisode episode,
            @ForAll("requirementIds") Set<String> ids, @ForAll @IntRange(min = -2, max = 400) int hours) {
        Instant asOf = episode.bookIn().at().plus(Duration.ofHours(hours));
        EpisodeEvaluation full = BASELINE.evaluate(episode, asOf);
        EpisodeEvaluation restricted = BASELINE.restrictedTo(ids).evaluate(episode, asOf);
        assertThat(restricted.findings()).isEqualTo(filtered(full, ids));
        assertThat(restricted.episodeId()).isEqualTo(full.episodeId());
        assertThat(restricted.asOf()).isEqualTo(full.asOf());
    }

    @Test
    void generatedEpisodes_restrictedToTheBaselineMeasures_haveTheMeasuredFindings() {
        Set<String> ids = MeasureSetReader.baseline().requirementIds();
        Evaluator restricted = BASELINE.restrictedTo(ids);
        List<CustodyEpisode> episodes = EpisodeGenerator.of(GeneratorSettings.builder().seed(2026).facilities(8)
                .startDate(LocalDate.of(2026, 3, 1)).days(30).arrivalsPerFacilityPerDay(500 / 240.0).build())
                .episodes().limit(500).collect(Collectors.toList());
        Instant asOf = Instant.parse("2026-03-20T00:00:00Z"); // some stays still open, some not yet begun
        int compared = 0;
        for (CustodyEpisode episode : episodes) {
            EpisodeEvaluation full = BASELINE.evaluate(episode, asOf);
            assertThat(restricted.evaluate(episode, asOf)).as(episode.episodeId())
                    .isEqualTo(EpisodeEvaluation.builder().from(full).findings(filtered(full, ids)).build());
            compared += full.findings().size();
        }
        assertThat(episodes).hasSize(500);
        assertThat(compared).as("findings compared").isGreaterThan(5_000);
    }

    @Test
    void restrictedEvaluator_evaluatesNoOtherRequirement() {
        CustodyEpisode episode = generated();
        Instant asOf = episode.bookIn().at().plus(Duration.ofHours(30));
        Set<String> ids = Set.of("TEDS-WELFARE", "EMD-INTERVIEW-JUV");
        assertThat(BASELINE.restrictedTo(ids).evaluate(episode, asOf).findings())
                .isNotEmpty().allMatch(f -> ids.contains(f.requirementId()));
        assertThat(BASELINE.restrictedTo(Set.of()).evaluate(episode, asOf).findings()).isEmpty();
        assertThat(BASELINE.restrictedTo(new HashSet<>(ALL)).evaluate(episode, asOf)).isEqualTo(BASELINE.evaluate(episode, asOf));
    }

    @Test
    void restrictingTwice_keepsTheIdsOfBoth_andUnknownIdsAreIgnored() {
        CustodyEpisode episode = generated();
        Instant asOf = episode.bookIn().at().plus(Duration.ofHours(80));
        Evaluator twice = BASELINE.restrictedTo(Set.of("TEDS-WELFARE", "TEDS-DURATION", "NO-SUCH-REQUIREMENT"))
                .restrictedTo(Set.of("TEDS-DURATION", "EMD-MEDREV"));
        assertThat(twice.evaluate(episode, asOf).findings()).extracting(Finding::requirementId).containsOnly("TEDS-DURATION");
        assertThat(twice.catalogue()).isSameAs(BASELINE.catalogue());
    }

    @Test
    void theIdsAreCopied_andNullIsRejected() {
        Set<String> ids = new TreeSet<>(List.of("TEDS-DURATION"));
        Evaluator restricted = BASELINE.restrictedTo(ids);
        ids.add("TEDS-WELFARE");
        CustodyEpisode episode = generated();
        Instant asOf = episode.bookIn().at().plus(Duration.ofHours(80));
        assertThat(restricted.evaluate(episode, asOf).findings()).extracting(Finding::requirementId).containsOnly("TEDS-DURATION");
        assertThatThrownBy(() -> BASELINE.restrictedTo(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> BASELINE.restrictedTo(new HashSet<>(Arrays.asList("TEDS-DURATION", null))))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void baselineMeasureSet_referencesSixteenRequirements() {
        assertThat(new ArrayList<>(MeasureSetReader.baseline().requirementIds())).containsExactly(
                "EMD-ASSESS-12", "EMD-ASSESS-CONCERN", "EMD-ASSESS-HIGHRISK", "EMD-EMM-CHECK", "EMD-INTERVIEW-JUV",
                "EMD-INTERVIEW-REF", "EMD-MEDREV", "EMD-PH-ISOLATE", "OIG49-NEWBORN-RELEASE", "PPN-ASSESS",
                "PPN-WELFARE", "TEDS-DURATION", "TEDS-EMERGENCY", "TEDS-LANGUAGE", "TEDS-WELFARE", "TVPRA-TRANSFER");
    }
}
