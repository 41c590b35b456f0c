package gov.cbp.medical.rules.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.IntegrityKind;
import gov.cbp.medical.rules.standard.IntegrityOverride;
import gov.cbp.medical.rules.standard.LocalPolicy;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The integrity checks against the generator's realistic rounds: quiet on a synthetic month without planted
 * patterns, finding each planted pattern, and (for the regularity statistic) loud once its tolerance is loosened
 * to the spread real rounds have, which shows where the threshold sits.
 */
@Covers({"REC-LATE-ENTRY", "REC-BURST", "REC-REGULAR", "REC-OBSERVER-TWO-PLACES", "REC-PERSON-ELSEWHERE"})
class GeneratedRoundsTest {
    static final Instant AS_OF = Instant.parse("2025-05-01T00:00:00Z");
    static final GeneratorSettings MONTH = GeneratorSettings.builder().seed(11).facilities(4).days(30)
            .arrivalsPerFacilityPerDay(20).build();

    static Map<IntegrityKind, Long> kinds(Catalogue catalogue, GeneratorSettings settings) {
        IntegrityInspector inspector = IntegrityInspector.of(catalogue);
        Map<IntegrityKind, Long> counts = new EnumMap<>(IntegrityKind.class);
        EpisodeGenerator.of(settings).episodes().forEach(episode -> {
            for (IntegrityFinding finding : inspector.inspect(episode, AS_OF)) {
                counts.merge(finding.kind(), 1L, Long::sum);
            }
        });
        return counts;
    }

    @Test
    void realisticMonth_withoutPlantedPatterns_raisesNoConcern() {
        assertThat(kinds(Catalogue.baseline(), MONTH)).isEmpty();
    }

    @Test
    void plantedPatterns_areEachFound() {
        Map<IntegrityKind, Long> found = kinds(Catalogue.baseline(), MONTH.toBuilder().days(7).integrityPatternShare(0.5).build());
        assertThat(found.keySet()).containsExactlyInAnyOrder(IntegrityKind.values());
    }

    @Test
    void plantingIsOffByDefault_andLeavesOtherEpisodesAlone() {
        assertThat(GeneratorSettings.defaults().integrityPatternShare()).isZero();
        GeneratorSettings week = MONTH.toBuilder().days(2).build();
        List<CustodyEpisode> plain = EpisodeGenerator.of(week).episodes().collect(Collectors.toList());
        List<CustodyEpisode> planted = EpisodeGenerator.of(week.toBuilder().integrityPatternShare(0.2).build()).episodes()
                .collect(Collectors.toList());
        assertThat(planted).hasSameSizeAs(plain);
        long changed = 0;
        for (int i = 0; i < plain.size(); i++) {
            changed += plain.get(i).equals(planted.get(i)) ? 0 : 1;
            assertThat(planted.get(i).episodeId()).isEqualTo(plain.get(i).episodeId());
        }
        assertThat(changed).isBetween(1L, plain.size() / 2L);
    }

    @Test
    void regularity_loosenedToTheSpreadOfRealRounds_wouldFlagThem() {
        // The generator's rounds vary by 20% of a 15- to 60-minute interval: a band of several minutes over eight
        // spacings is crossed by chance, a band of 30 seconds practically never (realisticMonth above).
        Catalogue loose = Catalogue.baseline().withPolicy(LocalPolicy.builder().id("LOOSE").title("Loose")
                .addIntegrityOverrides(IntegrityOverride.builder().checkId("REC-REGULAR")
                        .spacingTolerance(Duration.ofMinutes(6)).build()).build()).catalogue().orElseThrow();
        assertThat(kinds(loose, MONTH.toBuilder().days(7).build())).containsKey(IntegrityKind.REGULAR_SPACING);
    }
}
