package gov.cbp.medical.rules.measure.engine;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.JsonLine;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.digest.ContentDigest;
import gov.cbp.medical.rules.measure.internal.CompiledMeasure;
import gov.cbp.medical.rules.standard.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * <p>Parallel runs take a caller's {@link Executor} ({@code runParallel(…, executor)}), or a number of threads
 * for a pool the engine makes for the run and shuts down before returning ({@code runParallel(…, threads)}).
 * Either way the report is byte-identical to that of a single-threaded run. How an episode counts is written
 * by {@link #explain(CustodyEpisode)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the evaluator is; the run methods may be
 * called concurrently. The library starts threads only in the {@code runParallel} methods that take a number
 * of threads, and stops them before returning.
 *
 * @since 0.1.0
 */
public final class MeasureEngine {
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
     * Runs the measures over episodes in parallel on {@code threads} threads the engine creates for this run
     * and shuts down (waiting for them) before returning or throwing. The calling thread hands out batches of
     * episodes; see {@link #runParallel(Iterator, Executor)}. The result equals that of {@link #run(Iterable)}.
     *
     * @param episodes the episodes, not null
     * @param threads the number of threads, at least 1
     * @return the merged accumulator, not null
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws CancellationException if the calling thread is interrupted (its interrupt flag is restored)
     */
    public MeasureAccumulator runParallel(Iterator<? extends CustodyEpisode> episodes, int threads) {
        Objects.requireNonNull(episodes, "episodes");
        return BatchedRun.<CustodyEpisode>run(this, threads, episodes::forEachRemaining, item -> 0,
                MeasureAccumulator::add);
    }

    /**
     * Runs the measures over episodes on a caller's executor: the calling thread hands out batches of up to
     * 64 episodes as tasks, at most 16 not yet counted at a time (it waits for a task to finish before handing
     * out more), and each task counts its batch into an accumulator no other task holds at the time; the
     * accumulators are merged. The result equals that of {@link #run(Iterable)} whatever the executor and its
     * threads, a direct executor ({@code Runnable::run}) included. The engine never shuts the executor down.
     *
     * @param episodes the episodes, not null
     * @param executor runs the tasks, not null
     * @return the merged accumulator, not null
     * @throws CancellationException if the calling thread is interrupted (its interrupt flag is restored);
     *     tasks already handed out may still run on the executor
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
     * @since 0.2
     */
    public MeasureAccumulator runParallel(Iterator<? extends CustodyEpisode> episodes, Executor executor) {
        Objects.requireNonNull(episodes, "episodes");
        Objects.requireNonNull(executor, "executor");
        return BatchedRun.<CustodyEpisode>run(this, executor, BatchedRun.DEFAULT_BATCHES_IN_FLIGHT,
                episodes::forEachRemaining, item -> 0, MeasureAccumulator::add);
    }

    /**
     * Runs the measures over a JSON Lines stream in parallel on {@code threads} threads the engine creates for
     * this run and shuts down (waiting for them) before returning or throwing: the calling thread splits the
     * stream into lines, the threads validate, evaluate and count them. The result equals that of
     * {@link #runLines}. The stream is not closed.
     *
     * @param jsonLines the stream, not null
     * @param validator the validator, not null
     * @param threads the number of threads, at least 1
     * @return the merged accumulator, not null
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws CancellationException if the calling thread is interrupted (its interrupt flag is restored)
     */
    public MeasureAccumulator runLinesParallel(InputStream jsonLines, PayloadValidator validator, int threads)
            throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        return lines(jsonLines, validator, (producer, add) -> BatchedRun.run(this, threads, producer, JsonLine::size,
                add));
    }

    /**
     * Runs the measures over a JSON Lines stream on a caller's executor: the calling thread splits the stream
     * into lines and hands them out in batches (of up to 64 lines or 1 MiB, at most 16 not yet counted at a
     * time); the tasks validate, evaluate and count them. The result equals that of {@link #runLines} whatever
     * the executor. The stream is not closed; the engine never shuts the executor down.
     *
     * @param jsonLines the stream, not null
     * @param validator the validator, not null
     * @param executor runs the tasks, not null
     * @return the merged accumulator, not null
     * @throws IOException if reading fails
     * @throws CancellationException if the calling thread is interrupted (its interrupt flag is restored);
     *     tasks already handed out may still run on the executor
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
     * @since 0.2
     */
    public MeasureAccumulator runLinesParallel(InputStream jsonLines, PayloadValidator validator, Executor executor)
            throws IOException {
        Objects.requireNonNull(executor, "executor");
        return lines(jsonLines, validator, (producer, add) -> BatchedRun.run(this, executor,
                BatchedRun.DEFAULT_BATCHES_IN_FLIGHT, producer, JsonLine::size, add));
    }

    /** Reads lines on the calling thread; validation is as costly as evaluation, so it runs in the tasks. */
    private MeasureAccumulator lines(InputStream jsonLines, PayloadValidator validator,
            BiFunction<Consumer<Consumer<JsonLine>>, BiConsumer<MeasureAccumulator, JsonLine>, MeasureAccumulator> run)
            throws IOException {
        Objects.requireNonNull(jsonLines, "jsonLines");
        Objects.requireNonNull(validator, "validator");
        try {
            return run.apply(sink -> {
                try {
                    validator.readLines(jsonLines, sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, (accumulator, line) -> accumulator.add(validator.validateLine(line)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(evaluation, "evaluation");
        return EpisodeExplainer.explain(period, compiled, episode, evaluation);
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
