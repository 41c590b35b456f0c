package gov.cbp.medical.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.worklist.Worklist;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The golden hash of the performance rounds (issue 18): every speed-up must leave the evaluator's output byte
 * for byte as it was. It digests the JSON of the evaluations of 3,000 generated episodes at five instants each
 * (before book-in, at it, 5 h 17 s, 2 days and 9 days after, records through half an hour before), the
 * benchmark's worklist of 2,000 open episodes, a worklist of the closed ones reopened, and the three benchmark
 * payloads. The pinned value was computed on main at 76dd11b, before the third and fourth evaluation rounds.
 */
class FindingsDigestTest {
    private static final String GOLDEN = "e274edd151c1a9d22cb6a44fda5fa0a4125aa126922b9bc7d7452de6b3f6fc6b";

    @Test
    void evaluationsAndWorklists_areByteForByteAsBefore() throws Exception {
        Evaluator evaluator = Evaluator.of(Catalogue.baseline());
        ObjectMapper mapper = MedicalJson.mapper();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        GeneratorSettings settings = GeneratorSettings.builder().seed(11).days(4).facilities(5)
                .arrivalsPerFacilityPerDay(40).build();
        List<CustodyEpisode> episodes = EpisodeGenerator.of(settings).episodes().limit(3000).collect(Collectors.toList());
        long findings = 0;
        for (CustodyEpisode episode : episodes) {
            Instant in = episode.bookIn().at();
            for (Instant asOf : new Instant[] {in.minusSeconds(1), in, in.plusSeconds(3600 * 5 + 17),
                    in.plusSeconds(86400 * 2), in.plusSeconds(86400 * 9)}) {
                EpisodeEvaluation evaluation = evaluator.evaluate(episode, asOf, asOf.minusSeconds(1800));
                findings += evaluation.findings().size();
                sha.update(mapper.writeValueAsBytes(evaluation));
            }
        }
        WorklistBenchmark benchmark = new WorklistBenchmark();
        benchmark.episodes = 2000;
        benchmark.setUp();
        sha.update(mapper.writeValueAsBytes(benchmark.worklist()));
        List<CustodyEpisode> reopened = episodes.stream().filter(e -> e.bookOut().isPresent())
                .map(e -> CustodyEpisode.builder().from(e).bookOut(Optional.empty()).build()).collect(Collectors.toList());
        Instant at = reopened.stream().map(e -> e.bookIn().at()).max(Instant::compareTo).orElseThrow().plusSeconds(60);
        Worklist worklist = Worklist.of(evaluator, reopened, at, Duration.ofHours(2));
        sha.update(mapper.writeValueAsBytes(worklist));
        for (Payloads payload : Payloads.values()) {
            CustodyEpisode episode = payload.episode();
            Instant asOf = episode.bookOut().map(out -> out.at().plusSeconds(3600)).orElse(episode.bookIn().at().plusSeconds(86400));
            sha.update(mapper.writeValueAsBytes(evaluator.evaluate(episode, asOf)));
        }
        assertThat(findings).isEqualTo(228_392);
        assertThat(worklist.tasks()).hasSize(1_017);
        assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(GOLDEN);
    }
}
