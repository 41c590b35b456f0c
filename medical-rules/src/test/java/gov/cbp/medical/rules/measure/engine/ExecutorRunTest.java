package gov.cbp.medical.rules.measure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parallel runs on a caller's executor: the report is byte-identical whatever the executor and its threads. */
class ExecutorRunTest {
    static final ReportSettings SETTINGS = ReportSettings.of(AccumulatorBytesTest.AS_OF, 0);
    static final PayloadValidator VALIDATOR = PayloadValidator.builder().checkFutureTimes(false).build();
    static MeasureEngine engine;
    static List<CustodyEpisode> episodes;
    static byte[] jsonLines;
    static String single;
    static String singleLines;

    @BeforeAll
    static void aMonth() throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().seed(7).facilities(3)
                .startDate(LocalDate.of(2026, 3, 1)).days(31).arrivalsPerFacilityPerDay(3).build();
        EpisodeGenerator generator = EpisodeGenerator.of(settings);
        episodes = generator.episodes().collect(Collectors.toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.writeJsonLines(out);
        // a broken line: rejected lines and their line numbers are part of the report too
        out.write("not json\n".getBytes(StandardCharsets.UTF_8));
        jsonLines = out.toByteArray();
        engine = AccumulatorBytesTest.engine(MeasureSetReader.baseline());
        single = MeasureReportJson.toJson(engine.run(episodes).report(SETTINGS));
        singleLines = MeasureReportJson.toJson(engine.runLines(new ByteArrayInputStream(jsonLines), VALIDATOR)
                .report(SETTINGS));
    }

    @Test
    void fixture_spansSeveralBatches() {
        assertThat(episodes.size()).isGreaterThan(BatchedRun.BATCH * 3);
    }

    @Test
    void callersPool_byteIdenticalReport_andThePoolIsLeftRunning() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            assertThat(MeasureReportJson.toJson(engine.runParallel(episodes.iterator(), pool).report(SETTINGS)))
                    .isEqualTo(single);
            assertThat(MeasureReportJson.toJson(engine.runLinesParallel(new ByteArrayInputStream(jsonLines),
                    VALIDATOR, pool).report(SETTINGS))).isEqualTo(singleLines);
            assertThat(pool.isShutdown()).as("the engine never shuts a caller's executor down").isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void directExecutor_runsOnTheCallingThread_byteIdenticalReport() throws IOException {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Executor direct = task -> {
            threads.add(Thread.currentThread());
            task.run();
        };
        assertThat(MeasureReportJson.toJson(engine.runParallel(episodes.iterator(), direct).report(SETTINGS)))
                .isEqualTo(single);
        assertThat(MeasureReportJson.toJson(engine.runLinesParallel(new ByteArrayInputStream(jsonLines), VALIDATOR,
                direct).report(SETTINGS))).isEqualTo(singleLines);
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void commonPoolAndEveryThreadCount_byteIdenticalReport() throws IOException {
        assertThat(MeasureReportJson.toJson(engine.runParallel(episodes.iterator(), ForkJoinPool.commonPool())
                .report(SETTINGS))).isEqualTo(single);
        for (int threads : new int[] {1, 3, 8}) {
            assertThat(MeasureReportJson.toJson(engine.runParallel(episodes.iterator(), threads).report(SETTINGS)))
                    .as("%d threads", threads).isEqualTo(single);
            assertThat(MeasureReportJson.toJson(engine.runLinesParallel(new ByteArrayInputStream(jsonLines),
                    VALIDATOR, threads).report(SETTINGS))).as("%d threads, lines", threads).isEqualTo(singleLines);
        }
    }

    @Test
    void threadCountRun_stopsItsThreadsBeforeReturning() {
        engine.runParallel(episodes.iterator(), 4);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("mqm-worker-"));
    }

    @Test
    void rejectingExecutor_throwsRejected_afterNoTaskRan() {
        AtomicInteger offered = new AtomicInteger();
        Executor refusing = task -> {
            offered.incrementAndGet();
            throw new RejectedExecutionException("full");
        };
        assertThatThrownBy(() -> engine.runParallel(episodes.iterator(), refusing))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(offered).hasValue(1);
    }

    @Test
    void failingTask_rethrowsItsError_onTheCallingThread() {
        // an evaluator's RuntimeException is data (counted as not evaluated); an AssertionError escapes the task
        MeasureEngine failing = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(episode -> {
                    if (episode.episodeId().equals(episodes.get(episodes.size() / 2).episodeId())) {
                        throw new AssertionError("evaluator defect");
                    }
                    return engine.evaluate(episode);
                }).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> failing.runParallel(episodes.iterator(), pool))
                    .isInstanceOf(AssertionError.class).hasMessage("evaluator defect");
            assertThatThrownBy(() -> failing.runParallel(episodes.iterator(), 3))
                    .isInstanceOf(AssertionError.class).hasMessage("evaluator defect");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void executorThrowingAnError_isRethrown() {
        Executor breaking = task -> {
            throw new AssertionError("executor defect");
        };
        assertThatThrownBy(() -> engine.runParallel(episodes.iterator(), breaking)).isInstanceOf(AssertionError.class);
    }

    @Test
    void nullArguments_throw() {
        assertThatNullPointerException().isThrownBy(() -> engine.runParallel(episodes.iterator(), (Executor) null));
        assertThatNullPointerException().isThrownBy(() -> engine.runParallel(null, Runnable::run));
        assertThatNullPointerException().isThrownBy(
                () -> engine.runLinesParallel(new ByteArrayInputStream(jsonLines), VALIDATOR, (Executor) null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> engine.runLinesParallel(new ByteArrayInputStream(jsonLines), VALIDATOR, 0));
    }
}
