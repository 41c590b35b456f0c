package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Evaluation of a bound episode against the baseline standards, against binding the same episode. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {
    @Param({"short-adult", "juvenile-day", "family-72h"})
    public String size;

    byte[] bytes;
    CustodyEpisode episode;
    Evaluator evaluator;
    Instant asOf;
    ObjectMapper mapper;

    @Setup
    public void setUp() {
        Payloads payload = Payloads.of(size);
        bytes = payload.bytes();
        episode = payload.episode();
        evaluator = Evaluator.of(Catalogue.baseline());
        asOf = asOf(episode);
        mapper = MedicalJson.mapper();
    }

    /** The evaluation instant: an hour after book-out, or a day after book-in for an open episode. */
    static Instant asOf(CustodyEpisode episode) {
        return episode.bookOut().map(out -> out.at().plusSeconds(3600)).orElse(episode.bookIn().at().plusSeconds(86_400));
    }

    @Benchmark
    public EpisodeEvaluation evaluate() {
        return evaluator.evaluate(episode, asOf);
    }

    @Benchmark
    public CustodyEpisode jacksonBind() throws IOException {
        return mapper.readValue(bytes, CustodyEpisode.class);
    }
}
