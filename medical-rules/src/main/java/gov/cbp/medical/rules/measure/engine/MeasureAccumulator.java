package gov.cbp.medical.rules.measure.engine;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.EvaluationFailure;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.internal.CompiledMeasure;
import gov.cbp.medical.rules.measure.internal.EpisodeMeasureFacts;
import gov.cbp.medical.rules.measure.internal.LibraryVersion;
import gov.cbp.medical.rules.measure.internal.StratumIndex;
import gov.cbp.medical.rules.measure.internal.StratumValues;
import gov.cbp.medical.rules.measure.report.FacilityInfo;
import gov.cbp.medical.rules.measure.digest.ContentDigest;
import gov.cbp.medical.rules.measure.digest.InputDigest;
import gov.cbp.medical.rules.measure.report.InputSummary;
import gov.cbp.medical.rules.measure.report.ReportDigests;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureResult;
import gov.cbp.medical.rules.measure.report.ProblemTally;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.measure.report.ReportStamp;
import gov.cbp.medical.rules.measure.report.VersionRef;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.measure.internal.StateFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A mutable, mergeable accumulator of measure results: add episodes (or validated JSON Lines) one at a time,
 * merge accumulators filled from other parts of the input, and produce a {@link MeasureReport}.
 *
 * <p>Every part of the state is a sum, a minimum, a maximum or a bounded set of least values, so merging is
 * associative and commutative: splitting the input any way and merging the parts gives exactly the report of
 * a single pass. Memory grows with the number of strata and distinct problem codes, never with the number
 * of episodes: no episode is kept.
 *
 * <p>Implementation Requirements: not thread-safe; use one accumulator per thread and
 * {@link #merge(MeasureAccumulator)} them (as {@link MeasureEngine#runParallel} does).
 *
 * @since 0.1.0
 */
public final class MeasureAccumulator {
    private final MeasureEngine engine;
    private final List<CompiledMeasure.Tallies> tallies = new ArrayList<>();
    private long linesRead;
    private long episodesRead;
    private long episodesMeasured;
    private long episodesOutsidePeriod;
    private long episodesRejected;
    private long episodesMeasuredWithErrors;
    private long episodesNotEvaluated;
    private long episodesWithUnreadEvents;
    private final Map<String, Long> unreadEvents = new TreeMap<>();
    private final Map<String, CodeCount> notEvaluated = new TreeMap<>();
    private final Map<String, CodeCount> rejected = new TreeMap<>();
    private final Map<String, CodeCount> measuredWithErrors = new TreeMap<>();
    /** Standard id to the versions cited; iterating ids then versions in order gives the report's order. */
    private final TreeMap<String, TreeSet<String>> standards = new TreeMap<>();
    /** The versions of the last standard cited: consecutive findings mostly cite the same standard. */
    private String lastStandardId;
    private TreeSet<String> lastStandardVersions;
    private String lastStandardVersion;
    private final Map<String, Facility> facilities = new TreeMap<>();
    private Instant evaluatedFrom;
    /** A cache, not state: the stratum values made so far, so episodes share their strings. Never merged. */
    private final StratumValues stratumValues = new StratumValues();
    /** The numbers of the stratum keys, shared by the measures' tallies (merges match strata by key). */
    private final StratumIndex stratumIndex = new StratumIndex();
    private Instant evaluatedTo;
    /** The earliest records-through instant of the evaluations measured. */
    private Instant recordsThrough;
    /** The order-independent digest of the episodes measured. */
    private InputDigest inputDigest = InputDigest.empty();

    MeasureAccumulator(MeasureEngine engine) {
        this.engine = engine;
        for (CompiledMeasure measure : engine.compiled()) {
            tallies.add(measure.newTallies(stratumIndex));
        }
    }

    /**
     * Adds one episode given as an object (trusted input: it is not validated).
     *
     * @param episode the episode, not null
     * @return this accumulator
     */
    public MeasureAccumulator add(CustodyEpisode episode) {
        Objects.requireNonNull(episode, "episode");
        episodesRead++;
        measure(episode, 0);
        return this;
    }

    /**
     * Adds one validated line of a JSON Lines input: an unbound line is rejected, a bound line with errors is
     * measured or rejected according to the engine's {@link InvalidEpisodePolicy}, and every error code is
     * counted with its line numbers.
     *
     * @param line the line's result, not null
     * @return this accumulator
     */
    public MeasureAccumulator add(LineResult line) {
        linesRead++;
        ValidationResult<CustodyEpisode> result = line.result();
        if (result.boundValue().isEmpty()) {
            episodesRejected++;
            count(rejected, result.problems(), line.line());
            return this;
        }
        episodesRead++;
        if (result.isValid()) {
            measure(result.boundValue().get(), line.line());
        } else if (engine.invalidEpisodes() == InvalidEpisodePolicy.REJECT) {
            episodesRejected++;
            count(rejected, result.problems(), line.line());
        } else if (measure(result.boundValue().get(), line.line())) {
            episodesMeasuredWithErrors++;
            count(measuredWithErrors, result.problems(), line.line());
        }
        return this;
    }

    /** Measures an episode; false if it was outside the period or could not be evaluated. */
    private boolean measure(CustodyEpisode episode, long line) {
        if (!engine.period().isUnbounded()) {
            if (!engine.period().contains(episode.bookInLocalDate())) {
                episodesOutsidePeriod++;
                return false;
            }
        }
        EpisodeEvaluation evaluation = null;
        EpisodeMeasureFacts facts = null;
        List<Problem> failure;
        try {
            evaluation = engine.evaluate(episode);
            failure = evaluation.problems();
            if (failure.isEmpty()) {
                facts = new EpisodeMeasureFacts(episode, evaluation, stratumValues);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // the engine's evaluator is any function: its failure on one episode is data, as the rules' is
            failure = List.of(EvaluationFailure.problem(e));
        }
        if (facts == null) {
            episodesNotEvaluated++;
            count(notEvaluated, failure, line);
            return false;
        }
        for (CompiledMeasure.Tallies measure : tallies) {
            measure.measure().accumulate(facts, measure);
        }
        episodesMeasured++;
        inputDigest = inputDigest.plus(episode);
        if (!episode.unreadEvents().isEmpty()) {
            episodesWithUnreadEvents++;
            episode.unreadEvents().forEach((type, count) -> unreadEvents.merge(type, (long) count, Long::sum));
        }
        // The standards of the measures' requirements only, so the report is the same whether the evaluator
        // evaluated the whole catalogue or only those requirements (Evaluator.restrictedTo).
        for (String requirement : engine.requirementIds()) {
            for (Finding finding : facts.findings(requirement)) {
                cite(finding.standardId(), finding.standardVersion());
            }
        }
        for (Facility facility : episode.facilities()) {
            facilities.merge(facility.facilityId(), facility, MeasureAccumulator::first);
        }
        Instant asOf = evaluation.asOf();
        evaluatedFrom = evaluatedFrom == null || asOf.isBefore(evaluatedFrom) ? asOf : evaluatedFrom;
        evaluatedTo = evaluatedTo == null || asOf.isAfter(evaluatedTo) ? asOf : evaluatedTo;
        Instant through = evaluation.recordsThrough();
        recordsThrough = recordsThrough == null || through.isBefore(recordsThrough) ? through : recordsThrough;
        return true;
    }

    private void cite(String standardId, String version) {
        if (standardId.equals(lastStandardId) && version.equals(lastStandardVersion)) {
            return;
        }
        if (!standardId.equals(lastStandardId)) {
            lastStandardVersions = standards.computeIfAbsent(standardId, k -> new TreeSet<>());
            lastStandardId = standardId;
        }
        lastStandardVersions.add(version);
        lastStandardVersion = version;
    }

    private static Facility first(Facility a, Facility b) {
        // Deterministic whatever the order of arrival: the description with the least name wins.
        int byName = a.name().compareTo(b.name());
        if (byName != 0) {
            return byName < 0 ? a : b;
        }
        return a.area().compareTo(b.area()) <= 0 ? a : b;
    }

    private static void count(Map<String, CodeCount> counts, List<Problem> problems, long line) {
        TreeMap<String, Severity> codes = new TreeMap<>();
        for (Problem problem : problems) {
            if (problem.severity().isError()) {
                codes.merge(problem.code(), problem.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        codes.forEach((code, severity) -> counts.computeIfAbsent(code, k -> new CodeCount()).add(severity, line));
    }

    /**
     * Adds the state of another accumulator of the same engine into this one.
     *
     * @param other the other, not changed, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the other comes from another engine
     */
    public MeasureAccumulator merge(MeasureAccumulator other) {
        if (other.engine != engine) {
            throw new IllegalArgumentException("accumulators of different engines cannot be merged");
        }
        for (int i = 0; i < tallies.size(); i++) {
            tallies.get(i).merge(other.tallies.get(i));
        }
        linesRead += other.linesRead;
        episodesRead += other.episodesRead;
        episodesMeasured += other.episodesMeasured;
        episodesOutsidePeriod += other.episodesOutsidePeriod;
        episodesRejected += other.episodesRejected;
        episodesMeasuredWithErrors += other.episodesMeasuredWithErrors;
        inputDigest = inputDigest.combine(other.inputDigest);
        episodesNotEvaluated += other.episodesNotEvaluated;
        episodesWithUnreadEvents += other.episodesWithUnreadEvents;
        other.unreadEvents.forEach((type, count) -> unreadEvents.merge(type, count, Long::sum));
        other.notEvaluated.forEach((code, count) -> notEvaluated.computeIfAbsent(code, k -> new CodeCount()).merge(count));
        other.rejected.forEach((code, count) -> rejected.computeIfAbsent(code, k -> new CodeCount()).merge(count));
        other.measuredWithErrors.forEach((code, count) ->
                measuredWithErrors.computeIfAbsent(code, k -> new CodeCount()).merge(count));
        other.standards.forEach((id, versions) -> versions.forEach(version -> cite(id, version)));
        other.facilities.forEach((id, facility) -> facilities.merge(id, facility, MeasureAccumulator::first));
        if (other.evaluatedFrom != null) {
            evaluatedFrom = evaluatedFrom == null || other.evaluatedFrom.isBefore(evaluatedFrom) ? other.evaluatedFrom
                    : evaluatedFrom;
            evaluatedTo = evaluatedTo == null || other.evaluatedTo.isAfter(evaluatedTo) ? other.evaluatedTo : evaluatedTo;
            recordsThrough = recordsThrough == null || other.recordsThrough.isBefore(recordsThrough) ? other.recordsThrough
                    : recordsThrough;
        }
        return this;
    }

    /** The first bytes of every state: "MQMA" and the format version. */
    private static final int STATE_MAGIC = 0x4d514d41;
    private static final int STATE_VERSION = 1;

    /**
     * Encodes the state of this accumulator, for a distributed runner to ship it between workers (a Beam
     * {@code Coder}, a Spark or Flink serializer): {@link #fromBytes} with an engine of the same measure set
     * gives an accumulator whose report, and whose merges with others, equal this one's. The encoding is
     * deterministic: equal states give equal bytes whatever order the episodes arrived in. The bytes hold
     * counts, stratum values (facility ids, local dates, codes), facility descriptions and line numbers;
     * never an episode, a name, an A-number, a date of birth or free text.
     *
     * @return the state, not null
     * @since 0.2.0
     */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(STATE_MAGIC);
            out.writeInt(STATE_VERSION);
            writeFingerprint(out, engine);
            for (CompiledMeasure.Tallies measure : tallies) {
                measure.writeTo(out);
            }
            for (long count : new long[] {linesRead, episodesRead, episodesMeasured, episodesOutsidePeriod,
                    episodesRejected, episodesMeasuredWithErrors, episodesNotEvaluated, episodesWithUnreadEvents}) {
                StateFormat.writeVarLong(out, count);
            }
            writeCounts(out, rejected);
            writeCounts(out, measuredWithErrors);
            writeCounts(out, notEvaluated);
            out.writeInt(unreadEvents.size());
            for (Map.Entry<String, Long> unread : unreadEvents.entrySet()) {
                StateFormat.writeString(out, unread.getKey());
                StateFormat.writeVarLong(out, unread.getValue());
            }
            out.writeInt(standards.size());
            for (Map.Entry<String, TreeSet<String>> standard : standards.entrySet()) {
                StateFormat.writeString(out, standard.getKey());
                out.writeInt(standard.getValue().size());
                for (String version : standard.getValue()) {
                    StateFormat.writeString(out, version);
                }
            }
            out.writeInt(facilities.size());
            for (Facility facility : facilities.values()) {
                byte[] json = MedicalJson.mapper().writeValueAsBytes(facility);
                out.writeInt(json.length);
                out.write(json);
            }
            writeInstant(out, evaluatedFrom);
            writeInstant(out, evaluatedTo);
            writeInstant(out, recordsThrough);
            StateFormat.writeVarLong(out, inputDigest.count());
            StateFormat.writeString(out, inputDigest.hex());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes a state made by {@link #toBytes()} into a new accumulator of {@code engine}, which must run the
     * same measure set (same ids and versions, in the same order) as the engine that made it. The engine's
     * evaluator, period and policy are not part of the state: use equal ones on every worker.
     *
     * @param engine the engine, not null
     * @param state the bytes, not null
     * @return a new accumulator holding the state, not null
     * @throws IllegalArgumentException if the bytes are not a state of this format, were made for another
     *     measure set, or are truncated or malformed (the message names no value from the state)
     * @since 0.2.0
     */
    public static MeasureAccumulator fromBytes(MeasureEngine engine, byte[] state) {
        Objects.requireNonNull(engine, "engine");
        MeasureAccumulator accumulator = engine.newAccumulator();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Objects.requireNonNull(state, "state")))) {
            if (in.readInt() != STATE_MAGIC) {
                throw new IllegalArgumentException("not an accumulator state");
            }
            int version = in.readInt();
            if (version != STATE_VERSION) {
                throw new IllegalArgumentException("accumulator state of format " + version + ", expected " + STATE_VERSION);
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (DataOutputStream fingerprint = new DataOutputStream(expected)) {
                writeFingerprint(fingerprint, engine);
            }
            byte[] found = new byte[expected.size()];
            in.readFully(found);
            if (!java.util.Arrays.equals(found, expected.toByteArray())) {
                throw new IllegalArgumentException("the accumulator state was made for another measure set");
            }
            for (CompiledMeasure.Tallies measure : accumulator.tallies) {
                measure.readFrom(in);
            }
            accumulator.linesRead = StateFormat.readVarLong(in);
            accumulator.episodesRead = StateFormat.readVarLong(in);
            accumulator.episodesMeasured = StateFormat.readVarLong(in);
            accumulator.episodesOutsidePeriod = StateFormat.readVarLong(in);
            accumulator.episodesRejected = StateFormat.readVarLong(in);
            accumulator.episodesMeasuredWithErrors = StateFormat.readVarLong(in);
            accumulator.episodesNotEvaluated = StateFormat.readVarLong(in);
            accumulator.episodesWithUnreadEvents = StateFormat.readVarLong(in);
            readCounts(in, accumulator.rejected);
            readCounts(in, accumulator.measuredWithErrors);
            readCounts(in, accumulator.notEvaluated);
            int unreadTypes = StateFormat.readCount(in);
            for (int i = 0; i < unreadTypes; i++) {
                accumulator.unreadEvents.put(StateFormat.readString(in), StateFormat.readVarLong(in));
            }
            int standardCount = StateFormat.readCount(in);
            for (int i = 0; i < standardCount; i++) {
                TreeSet<String> versions = accumulator.standards.computeIfAbsent(StateFormat.readString(in),
                        k -> new TreeSet<>());
                int versionCount = StateFormat.readCount(in);
                for (int j = 0; j < versionCount; j++) {
                    versions.add(StateFormat.readString(in));
                }
            }
            int facilityCount = StateFormat.readCount(in);
            for (int i = 0; i < facilityCount; i++) {
                byte[] json = new byte[StateFormat.readCount(in)];
                in.readFully(json);
                Facility facility = MedicalJson.mapper().readValue(json, Facility.class);
                accumulator.facilities.put(facility.facilityId(), facility);
            }
            accumulator.evaluatedFrom = readInstant(in);
            accumulator.evaluatedTo = readInstant(in);
            accumulator.recordsThrough = readInstant(in);
            long digested = StateFormat.readVarLong(in);
            accumulator.inputDigest = InputDigest.of(digested, StateFormat.readString(in));
            if (in.read() != -1) {
                throw new IllegalArgumentException("the accumulator state has trailing bytes");
            }
        } catch (EOFException e) {
            throw new IllegalArgumentException("the accumulator state is truncated");
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw (IllegalArgumentException) e;
            }
            // Jackson's messages may quote the bytes: name only the kind of failure.
            throw new IllegalArgumentException("the accumulator state is malformed (" + e.getClass().getSimpleName() + ")");
        }
        return accumulator;
    }

    private static void writeFingerprint(DataOutput out, MeasureEngine engine) throws IOException {
        StateFormat.writeString(out, engine.measureSet().id());
        StateFormat.writeString(out, engine.measureSet().version());
        out.writeInt(engine.compiled().size());
        for (CompiledMeasure measure : engine.compiled()) {
            StateFormat.writeString(out, measure.definition().id());
            StateFormat.writeString(out, measure.definition().version());
            out.writeInt(measure.stratifiers().size());
            out.writeBoolean(measure.observation() != null);
        }
    }

    private static void writeCounts(DataOutput out, Map<String, CodeCount> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, CodeCount> entry : counts.entrySet()) {
            StateFormat.writeString(out, entry.getKey());
            CodeCount count = entry.getValue();
            StateFormat.writeString(out, count.severity.name());
            out.writeLong(count.episodes);
            out.writeInt(count.lines.size());
            for (long line : count.lines) {
                out.writeLong(line);
            }
        }
    }

    private static void readCounts(DataInput in, Map<String, CodeCount> counts) throws IOException {
        int size = StateFormat.readCount(in);
        for (int i = 0; i < size; i++) {
            String code = StateFormat.readString(in);
            CodeCount count = new CodeCount();
            try {
                count.severity = Severity.valueOf(StateFormat.readString(in));
            } catch (IllegalArgumentException e) {
                throw new IOException("an unknown severity");
            }
            count.episodes = in.readLong();
            int lines = StateFormat.readCount(in);
            if (lines > ProblemTally.MAX_LINES) {
                throw new IOException("more first lines than a tally keeps");
            }
            for (int j = 0; j < lines; j++) {
                count.lines.add(in.readLong());
            }
            counts.put(code, count);
        }
    }

    private static void writeInstant(DataOutput out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant readInstant(DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    /**
     * The number of episodes measured so far.
     *
     * @return the count
     */
    public long episodesMeasured() {
        return episodesMeasured;
    }

    /**
     * Produces the report of everything added so far, with small cells suppressed per the settings.
     *
     * @param settings the generation instant and suppression threshold, not null
     * @return the report, not null
     */
    public MeasureReport report(ReportSettings settings) {
        List<MeasureResult> results = new ArrayList<>();
        List<VersionRef> measures = new ArrayList<>();
        for (CompiledMeasure.Tallies measure : tallies) {
            results.add(MeasureResults.of(measure));
            MeasureDefinition definition = measure.measure().definition();
            measures.add(VersionRef.of(definition.id(), definition.version()));
        }
        List<VersionRef> standardRefs = new ArrayList<>();
        standards.forEach((id, versions) -> versions.forEach(version -> standardRefs.add(VersionRef.of(id, version))));
        ReportStamp stamp = ReportStamp.builder()
                .libraryVersion(settings.libraryVersion().orElse(LibraryVersion.current()))
                .generatedAt(settings.generatedAt())
                .period(engine.period())
                .evaluatedFrom(java.util.Optional.ofNullable(evaluatedFrom))
                .evaluatedTo(java.util.Optional.ofNullable(evaluatedTo))
                .recordsThrough(java.util.Optional.ofNullable(recordsThrough))
                .measureSet(VersionRef.of(engine.measureSet().id(), engine.measureSet().version()))
                .measures(measures)
                .standards(standardRefs)
                .suppressionThreshold(0)
                .build();
        InputSummary input = InputSummary.builder()
                .linesRead(linesRead)
                .episodesRead(episodesRead)
                .episodesMeasured(episodesMeasured)
                .episodesOutsidePeriod(episodesOutsidePeriod)
                .episodesRejected(episodesRejected)
                .episodesMeasuredWithErrors(episodesMeasuredWithErrors)
                .invalidEpisodes(engine.invalidEpisodes().code())
                .rejected(tallies(rejected))
                .measuredWithErrors(tallies(measuredWithErrors))
                .episodesNotEvaluated(episodesNotEvaluated)
                .notEvaluated(tallies(notEvaluated))
                .episodesWithUnreadEvents(episodesWithUnreadEvents)
                .unreadEvents(unreadEvents)
                .build();
        List<FacilityInfo> facilityInfos = new ArrayList<>();
        facilities.values().forEach(f -> facilityInfos.add(FacilityInfo.from(f)));
        ReportDigests digests = ReportDigests.builder()
                .canonicalForm(ContentDigest.CANONICAL_FORM)
                .input(inputDigest.hex())
                .inputEpisodes(inputDigest.count())
                .standards(engine.standardsDigest())
                .measureSet(engine.measureSetDigest())
                .build();
        return MeasureReport.builder()
                .stamp(stamp)
                .digests(digests)
                .input(input)
                .facilities(facilityInfos)
                .measures(results)
                .build()
                .withSmallCellsSuppressed(settings.suppressionThreshold());
    }

    private static List<ProblemTally> tallies(Map<String, CodeCount> counts) {
        List<ProblemTally> list = new ArrayList<>();
        counts.forEach((code, count) -> list.add(ProblemTally.builder().code(code).severity(count.severity)
                .episodes(count.episodes).firstLines(count.lines).build()));
        return list;
    }

    /** The lines that had one problem code. */
    private static final class CodeCount {
        private Severity severity = Severity.ERROR;
        private long episodes;
        private final TreeSet<Long> lines = new TreeSet<>();

        void add(Severity problemSeverity, long line) {
            episodes++;
            severity = problemSeverity.compareTo(severity) < 0 ? problemSeverity : severity;
            if (line <= 0) {
                return; // an episode given as an object has no line
            }
            lines.add(line);
            if (lines.size() > ProblemTally.MAX_LINES) {
                lines.pollLast();
            }
        }

        void merge(CodeCount other) {
            episodes += other.episodes;
            severity = other.severity.compareTo(severity) < 0 ? other.severity : severity;
            lines.addAll(other.lines);
            while (lines.size() > ProblemTally.MAX_LINES) {
                lines.pollLast();
            }
        }
    }
}
