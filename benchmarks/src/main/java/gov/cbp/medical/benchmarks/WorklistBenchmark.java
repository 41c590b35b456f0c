package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.worklist.Worklist;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A shift supervisor's worklist over many open episodes at one instant, against the cost of binding the same
 * episodes from JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorklistBenchmark {
    @Param({"10000"})
    public int episodes;

    List<CustodyEpisode> open;
    List<byte[]> payloads;
    Evaluator evaluator;
    Instant at;
    ObjectMapper mapper;

    @Setup
    public void setUp() throws IOException {
        mapper = MedicalJson.mapper();
        evaluator = Evaluator.of(Catalogue.baseline());
        open = openEpisodes(episodes);
        at = open.stream().map(e -> e.bookIn().at()).max(Instant::compareTo).orElseThrow().plusSeconds(60);
        payloads = new ArrayList<>(open.size());
        for (CustodyEpisode episode : open) {
            payloads.add(mapper.writeValueAsBytes(episode));
        }
    }

    /** Open episodes: the generator's episodes with their book-out removed and events up to a common instant. */
    static List<CustodyEpisode> openEpisodes(int count) {
        GeneratorSettings settings = GeneratorSettings.builder().seed(7).days(3).facilities(8)
                .arrivalsPerFacilityPerDay(Math.max(1, count / 24.0)).build();
        List<CustodyEpisode> generated = EpisodeGenerator.of(settings).episodes().limit(count).collect(Collectors.toList());
        Instant cut = generated.stream().map(e -> e.bookIn().at()).max(Instant::compareTo).orElseThrow();
        List<CustodyEpisode> open = new ArrayList<>(generated.size());
        for (CustodyEpisode episode : generated) {
            open.add(CustodyEpisode.builder().from(episode).bookOut(java.util.Optional.empty())
                    .events(episode.events().stream().filter(e -> !e.at().isAfter(cut)).collect(Collectors.toList()))
                    .build());
        }
        return open;
    }

    @Benchmark
    public Worklist worklist() {
        return Worklist.of(evaluator, open, at, Duration.ofHours(2));
    }

    @Benchmark
    public int bindAll() throws IOException {
        int events = 0;
        for (byte[] payload : payloads) {
            events += mapper.readValue(payload, CustodyEpisode.class).events().size();
        }
        return events;
    }
}
