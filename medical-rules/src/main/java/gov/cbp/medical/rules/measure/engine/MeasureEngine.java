package gov.cbp.medical.rules.measure.engine;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.JsonLine;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.digest.ContentDigest;
import gov.cbp.medical.rules.measure.PopulationBasis;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.measure.PopulationType;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.Stratifier;
import gov.cbp.medical.rules.measure.internal.CompiledMeasure;
import gov.cbp.medical.rules.measure.internal.EpisodeMeasureFacts;
import gov.cbp.medical.rules.measure.internal.Tally;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a {@link MeasureSet} over custody episodes in one pass and at constant memory, and explains how any
 * one episode counts.
 *
 * <p>The engine evaluates each episode with the evaluator it is given (the rules' evaluator, typically
 * {@code episode -> Evaluator.of(Catalogue.baseline()).evaluate(episode, asOf)}), keeps the episodes whose
 * book-in lies in the {@link MeasurementPeriod}, and counts each into a {@link MeasureAccumulator}. Input may
 * be an {@link Iterable}, a {@link Stream} or an {@link Iterator} of episodes (trusted objects), or a JSON
 * Lines stream checked line by line with {@link PayloadValidator#validateLines}: invalid lines are counted
 * and listed by problem code, never dropped silently.
 *
 * <pre>{@code
 * MeasureEngine engine = MeasureEngine.builder()
 *         .measureSet(MeasureSetReader.baseline())
 *         .evaluator(episode -> evaluator.evaluate(episode, asOf))
 *         .period(MeasurementPeriod.ofMonth(YearMonth.of(2026, 3)))
 *         .build();
 * MeasureReport report = engine.runLinesParallel(in, PayloadValidator.create(), 4)
 *         .report(ReportSettings.of(generatedAt));
 * MeasureReportHtml.write(report, writer);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe if the evaluator is; the run methods may be
 * called concurrently. The library starts threads only in the {@code runParallel} methods, and stops them
 * before returning.
 *
 * @since 0.1.0
 */
public final class MeasureEngine {
    private static final int BATCH = 64;
    private static final int BATCH_BYTES = 1 << 20;
    private final MeasureSet measureSet;
    private final Function<? super CustodyEpisode, EpisodeEvaluation> evaluator;
    private final MeasurementPeriod period;
    private final InvalidEpisodePolicy invalidEpisodes;
    private final List<CompiledMeasure> compiled;
    /** The requirements the measures reference, whose findings' standards the report lists. */
    private final List<String> requirementIds;
    /** The digests stamped on every report: of the catalogue if known, and of the measure set. */
    private final java.util.Optional<String> standardsDigest;
    private final String measureSetDigest;

    private MeasureEngine(Builder builder) {
        this.measureSet = Objects.requireNonNull(builder.measureSet, "measureSet");
        this.evaluator = Objects.requireNonNull(builder.evaluator, "evaluator");
        this.period = builder.period;
        this.invalidEpisodes = builder.invalidEpisodes;
        List<Problem> errors = MeasureSetReader.create().check(measureSet).stream()
                .filter(p -> p.severity().isError()).collect(Collectors.toList());
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid measure set: " + errors.stream()
                    .map(p -> p.code() + " at " + p.pointer()).collect(Collectors.joining("; ")));
        }
        List<CompiledMeasure> measures = new ArrayList<>();
        for (MeasureDefinition definition : measureSet.measures()) {
            measures.add(new CompiledMeasure(measureSet, definition));
        }
        this.compiled = List.copyOf(measures);
        this.requirementIds = List.copyOf(measureSet.requirementIds());
        this.standardsDigest = java.util.Optional.ofNullable(builder.catalogue).map(ContentDigest::of);
        this.measureSetDigest = ContentDigest.of(measureSet);
    }

    /** @return the digest of the catalogue the evaluator uses, empty if the builder was not told it */
    java.util.Optional<String> standardsDigest() {
        return standardsDigest;
    }

    /** @return the digest of the measure set */
    String measureSetDigest() {
        return measureSetDigest;
    }

    /**
     * A builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The measure set run.
     *
     * @return the set, not null
     */
    public MeasureSet measureSet() {
        return measureSet;
    }

    /**
     * The measurement period.
     *
     * @return the period, not null
     */
    public MeasurementPeriod period() {
        return period;
    }

    /**
     * The policy for bound episodes with validation errors.
     *
     * @return the policy, not null
     */
    public InvalidEpisodePolicy invalidEpisodes() {
        return invalidEpisodes;
    }

    List<String> requirementIds() {
        return requirementIds;
    }

    List<CompiledMeasure> compiled() {
        return compiled;
    }

    EpisodeEvaluation evaluate(CustodyEpisode episode) {
        return Objects.requireNonNull(evaluator.apply(episode), "the evaluator returned null");
    }

    /**
     * An empty accumulator for this engine.
     *
     * @return the accumulator, not null
     */
    public MeasureAccumulator newAccumulator() {
        return new MeasureAccumulator(this);
    }

    /**
     * Runs the measures over episodes on the calling thread.
     *
     * @param episodes the episodes, not null
     * @return the filled accumulator, not null
     */
    public MeasureAccumulator run(Iterable<? extends CustodyEpisode> episodes) {
        MeasureAccumulator accumulator = newAccumulator();
        for (CustodyEpisode episode : episodes) {
            accumulator.add(episode);
        }
        return accumulator;
    }

    /**
     * Runs the measures over a stream of episodes on the calling thread (the stream is consumed in order,
     * even if parallel).
     *
     * @param episodes the episodes, not null
     * @return the filled accumulator, not null
     */
    public MeasureAccumulator run(Stream<? extends CustodyEpisode> episodes) {
        MeasureAccumulator accumulator = newAccumulator();
        episodes.sequential().forEachOrdered(accumulator::add);
        return accumulator;
    }

    /**
     * Runs the measures over a JSON Lines stream on the calling thread, validating each line. The stream is
     * not closed.
     *
     * @param jsonLines the stream, one episode per line, not null
     * @param validator the validator, not null
     * @return the filled accumulator, not null
     * @throws IOException if reading fails
     */
    public MeasureAccumulator runLines(InputStream jsonLines, PayloadValidator validator) throws IOException {
        MeasureAccumulator accumulator = newAccumulator();
        validator.validateLines(jsonLines, accumulator::add);
        return accumulator;
    }

    /**
     * Runs the measures over episodes on {@code threads} worker threads: the calling thread hands out batches,
     * each worker fills its own accumulator, and the accumulators are merged. The result equals that of
     * {@link #run(Iterable)}.
     *
     * @param episodes the episodes, not null
     * @param threads the number of workers, at least 1
     * @return the merged accumulator, not null
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws CancellationException if the calling thread is interrupted (its interrupt flag is restored)
     */
    public MeasureAccumulator runParallel(Iterator<? extends CustodyEpisode> episodes, int threads) {
        Objects.requireNonNull(episodes, "episodes");
        return this.<CustodyEpisode>parallel(threads, sink -> episodes.forEachRemaining(sink),
                (accumulator, episode) -> accumulator.add(episode));
    }

    /**
     * Runs the measures over a JSON Lines stream in parallel: the calling thread splits the stream into lines,
     * {@code threads} workers validate, evaluate and count them. The result equals that of {@link #runLines}.
     * The stream is not closed.
     *
     * @param jsonLines the stream, not null
     * @param validator the validator, not null
     * @param threads the number of workers, at least 1
     * @return the merged accumulator, not null
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws CancellationException if the calling thread is interrupted (its interrupt flag is restored)
     */
    public MeasureAccumulator runLinesParallel(InputStream jsonLines, PayloadValidator validator, int threads)
            throws IOException {
        try {
            // validation is as costly as evaluation: it runs on the workers, not on the reading thread
            return this.<JsonLine>parallel(threads, sink -> {
                try {
                    validator.readLines(jsonLines, sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, JsonLine::size, (accumulator, line) -> accumulator.add(validator.validateLine(line)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private <T> MeasureAccumulator parallel(int threads, Consumer<Consumer<T>> producer,
            BiConsumer<MeasureAccumulator, T> add) {
        return parallel(threads, producer, item -> 0, add);
    }

    /**
     * Hands batches of items to workers; a batch closes at {@link #BATCH} items or, when items weigh bytes, at
     * {@link #BATCH_BYTES}, so that queued raw lines stay a few megabytes whatever their size.
     */
    private <T> MeasureAccumulator parallel(int threads, Consumer<Consumer<T>> producer, ToIntFunction<T> bytes,
            BiConsumer<MeasureAccumulator, T> add) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(threads * 4);
        List<T> end = new ArrayList<>(0);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<MeasureAccumulator> parts = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            MeasureAccumulator part = newAccumulator();
            parts.add(part);
            Thread worker = new Thread(() -> {
                try {
                    while (true) {
                        List<T> batch = queue.take();
                        if (batch == end) {
                            return;
                        }
                        for (T item : batch) {
                            add.accept(part, item);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }, "mqm-worker-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        try {
            List<List<T>> pending = new ArrayList<>(1);
            pending.add(new ArrayList<>(BATCH));
            long[] pendingBytes = new long[1];
            producer.accept(item -> {
                List<T> batch = pending.get(0);
                batch.add(item);
                pendingBytes[0] += bytes.applyAsInt(item);
                if (batch.size() == BATCH || pendingBytes[0] >= BATCH_BYTES) {
                    put(queue, batch, failure);
                    pending.set(0, new ArrayList<>(BATCH));
                    pendingBytes[0] = 0;
                }
            });
            put(queue, pending.get(0), failure);
            for (int i = 0; i < threads; i++) {
                put(queue, end, failure);
            }
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            workers.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while measuring");
        } catch (WorkerFailed e) {
            workers.forEach(Thread::interrupt);
        } catch (RuntimeException | Error e) {
            workers.forEach(Thread::interrupt);
            throw e;
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException) {
            throw (RuntimeException) failed;
        }
        if (failed instanceof Error) {
            throw (Error) failed;
        }
        MeasureAccumulator merged = newAccumulator();
        for (MeasureAccumulator part : parts) {
            merged.merge(part);
        }
        return merged;
    }

    private static <T> void put(BlockingQueue<List<T>> queue, List<T> batch, AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    throw new WorkerFailed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while measuring");
        }
    }

    /** Stops the producer when a worker has failed; the worker's exception is then rethrown. */
    private static final class WorkerFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkerFailed() {
            super(null, null, false, false);
        }
    }

    /**
     * Explains how an episode counts in every measure, evaluating it with the engine's evaluator.
     *
     * @param episode the episode, not null
     * @return the explanation, not null
     */
    public EpisodeExplanation explain(CustodyEpisode episode) {
        return explain(episode, evaluate(episode));
    }

    /**
     * Explains how an episode counts in every measure, given its evaluation.
     *
     * @param episode the episode, not null
     * @param evaluation its evaluation, not null
     * @return the explanation, not null
     */
    public EpisodeExplanation explain(CustodyEpisode episode, EpisodeEvaluation evaluation) {
        EpisodeMeasureFacts facts = new EpisodeMeasureFacts(episode, evaluation);
        boolean counted = period.contains(facts.bookInDate());
        EpisodeExplanation.Builder result = EpisodeExplanation.builder()
                .episodeId(episode.episodeId())
                .subjectId(episode.detainee().subjectId())
                .evaluatedAsOf(evaluation.asOf())
                .recordsThrough(evaluation.recordsThrough())
                .bookInFacilityId(episode.bookIn().facilityId())
                .bookInLocalDate(facts.bookInDate())
                .counted(counted)
                .periodNote("book-in local date " + facts.bookInDate() + (counted ? " is" : " is not")
                        + " in the period " + period + (counted ? "" : ": the episode is counted in no measure"));
        for (CompiledMeasure measure : compiled) {
            result.addMeasures(explain(measure, facts));
        }
        return result.build();
    }

    private static MeasureExplanation explain(CompiledMeasure measure, EpisodeMeasureFacts facts) {
        MeasureDefinition definition = measure.definition();
        List<Finding> findings = new ArrayList<>();
        for (String requirement : definition.requirementIds()) {
            findings.addAll(facts.findings(requirement));
        }
        List<Finding> members = measure.members(facts);
        MeasureExplanation.Builder result = MeasureExplanation.builder()
                .measureId(definition.id())
                .version(definition.version())
                .title(definition.title())
                .basis(definition.basis())
                .scoring(definition.scoring())
                .requirementIds(definition.requirementIds())
                .findings(findings);
        int inInitial = 0;
        for (Finding member : members) {
            Map<PopulationType, List<String>> reasons = CompiledMeasure.newReasons();
            Tally.Membership membership = measure.membership(facts, member, reasons);
            MemberExplanation.Builder explained = MemberExplanation.builder();
            if (member != null) {
                explained.finding(member);
            }
            for (PopulationType population : PopulationType.values()) {
                if (definition.scoring() == Scoring.CONTINUOUS_VARIABLE
                        && (population == PopulationType.NUMERATOR || population == PopulationType.NUMERATOR_EXCLUSION)) {
                    continue;
                }
                explained.addPopulations(PopulationExplanation.of(population, isIn(membership, population),
                        reasons.getOrDefault(population, List.of())));
            }
            if (membership != null) {
                inInitial++;
                if (membership.observation != null) {
                    explained.observation(membership.observation);
                }
            }
            Map<String, List<String>> strata = new LinkedHashMap<>();
            for (Stratifier stratifier : measure.stratifiers()) {
                Object key = CompiledMeasure.stratumKey(stratifier, facts, member);
                strata.put(stratifier.id(), key instanceof String ? List.of((String) key) : keyList(key));
            }
            explained.strata(strata);
            result.addMembers(explained.build());
        }
        String note;
        if (definition.basis() == PopulationBasis.FINDING) {
            note = members.isEmpty() ? "no finding of " + definition.requirementIds()
                    + " in the evaluation: the episode adds no member"
                    : members.size() + " finding(s) of " + definition.requirementIds() + ", " + inInitial
                            + " in the initial population";
        } else {
            note = inInitial == 1 ? "the episode is in the initial population" : "the episode is not in the initial population";
        }
        return result.note(note).build();
    }

    @SuppressWarnings("unchecked")
    private static List<String> keyList(Object key) {
        return (List<String>) key;
    }

    private static boolean isIn(Tally.Membership membership, PopulationType population) {
        if (membership == null) {
            return false;
        }
        switch (population) {
            case INITIAL_POPULATION:
                return true;
            case DENOMINATOR:
                return membership.denominator;
            case DENOMINATOR_EXCLUSION:
                return membership.denominatorExclusion;
            case NUMERATOR:
                return membership.numerator;
            default:
                return membership.numeratorExclusion;
        }
    }

    /** Configures a {@link MeasureEngine}. Not thread-safe. */
    public static final class Builder {
        private MeasureSet measureSet;
        private Function<? super CustodyEpisode, EpisodeEvaluation> evaluator;
        private MeasurementPeriod period = MeasurementPeriod.unbounded();
        private InvalidEpisodePolicy invalidEpisodes = InvalidEpisodePolicy.MEASURE;
        private Catalogue catalogue;

        private Builder() {}

        /**
         * The catalogue the evaluator judges by, so that reports carry its digest
         * ({@link gov.cbp.medical.rules.measure.report.ReportDigests#standards()}); optional.
         *
         * @param catalogue the catalogue, not null
         * @return this builder
         * @since 0.2
         */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * The measures to run.
         *
         * @param measureSet the set, not null
         * @return this builder
         */
        public Builder measureSet(MeasureSet measureSet) {
            this.measureSet = Objects.requireNonNull(measureSet, "measureSet");
            return this;
        }

        /**
         * The evaluator of episodes: a pure function from an episode to its findings at a fixed instant.
         *
         * @param evaluator the evaluator, not null
         * @return this builder
         */
        public Builder evaluator(Function<? super CustodyEpisode, EpisodeEvaluation> evaluator) {
            this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
            return this;
        }

        /**
         * The measurement period; unbounded by default.
         *
         * @param period the period, not null
         * @return this builder
         */
        public Builder period(MeasurementPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * What to do with bound episodes that have validation errors; {@link InvalidEpisodePolicy#MEASURE} by
         * default.
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder invalidEpisodes(InvalidEpisodePolicy policy) {
            this.invalidEpisodes = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine, not null
         * @throws NullPointerException if the measure set or the evaluator is missing
         * @throws IllegalArgumentException if the measure set breaks a semantic rule (the message lists the
         *     problem codes and pointers)
         */
        public MeasureEngine build() {
            return new MeasureEngine(this);
        }
    }
}
