package gov.cbp.medical.rules.measure.internal;

import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.Criterion;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.Observation;
import gov.cbp.medical.rules.measure.ObservationAggregate;
import gov.cbp.medical.rules.measure.PopulationBasis;
import gov.cbp.medical.rules.measure.PopulationType;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.Stratifier;
import gov.cbp.medical.rules.measure.StratifierDimension;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One measure of a set, ready to run: its definition, its stratifiers, and the population logic. */
public final class CompiledMeasure {
    private final MeasureDefinition definition;
    private final List<Stratifier> stratifiers;
    private final Observation observation;
    /** The one member of an episode-based measure: the episode, written null. */
    private static final List<Finding> SELF = Collections.singletonList(null);
    // The optional criteria, unwrapped once: membership is decided per member of every episode.
    private final Criterion denominator;
    private final Criterion denominatorExclusion;
    private final Criterion numerator;
    private final Criterion numeratorExclusion;

    /**
     * Prepares a measure.
     *
     * @param set the set, for its common stratifiers
     * @param definition the measure
     */
    public CompiledMeasure(MeasureSet set, MeasureDefinition definition) {
        this.definition = definition;
        this.stratifiers = List.copyOf(set.stratifiersOf(definition));
        this.observation = definition.scoring() == Scoring.CONTINUOUS_VARIABLE
                ? definition.observation().orElse(null) : null;
        this.denominator = definition.denominator().orElse(null);
        this.denominatorExclusion = definition.denominatorExclusion().orElse(null);
        this.numerator = definition.numerator().orElse(null);
        this.numeratorExclusion = definition.numeratorExclusion().orElse(null);
    }

    /** @return the definition */
    public MeasureDefinition definition() {
        return definition;
    }

    /** @return the stratifiers, common first */
    public List<Stratifier> stratifiers() {
        return stratifiers;
    }

    /** @return the observation of a continuous-variable measure, or null */
    public Observation observation() {
        return observation;
    }

    /**
     * An empty set of tallies for this measure.
     *
     * @param index the accumulator's stratum numbers, shared by its measures' tallies
     * @return the tallies
     */
    public Tallies newTallies(StratumIndex index) {
        return new Tallies(this, index);
    }

    /**
     * The members of an episode: itself, or its findings of the measure's requirements.
     *
     * @param facts the episode
     * @return the member findings, or a list holding one null for the episode itself
     */
    public List<Finding> members(EpisodeMeasureFacts facts) {
        if (definition.basis() == PopulationBasis.EPISODE) {
            return SELF;
        }
        List<String> requirements = definition.requirementIds();
        if (requirements.size() == 1) {
            return facts.findings(requirements.get(0));
        }
        List<Finding> members = new ArrayList<>();
        for (String requirement : requirements) {
            members.addAll(facts.findings(requirement));
        }
        return members;
    }

    /**
     * Counts an episode into the tallies.
     *
     * @param facts the episode
     * @param tallies the measure's tallies
     */
    public void accumulate(EpisodeMeasureFacts facts, Tallies tallies) {
        for (Finding member : members(facts)) {
            Tally.Membership membership = membership(facts, member, null);
            if (membership != null) {
                tallies.add(facts, member, membership);
            }
        }
    }

    /**
     * The populations of one member.
     *
     * @param facts the episode
     * @param member the member finding, or null for the episode
     * @param reasons receives the reasons per population, or null
     * @return the membership, or null if the member is not in the initial population
     */
    public Tally.Membership membership(EpisodeMeasureFacts facts, Finding member,
            Map<PopulationType, List<String>> reasons) {
        boolean initial = test(definition.initialPopulation(), facts, member, reasons, PopulationType.INITIAL_POPULATION);
        if (!initial) {
            skip(reasons, PopulationType.DENOMINATOR, "not in the initial population");
            skip(reasons, PopulationType.DENOMINATOR_EXCLUSION, "not in the initial population");
            skip(reasons, PopulationType.NUMERATOR, "not in the initial population");
            skip(reasons, PopulationType.NUMERATOR_EXCLUSION, "not in the initial population");
            return null;
        }
        Tally.Membership membership = new Tally.Membership();
        membership.denominator = denominator != null
                ? test(denominator, facts, member, reasons, PopulationType.DENOMINATOR)
                : skip(reasons, PopulationType.DENOMINATOR, "no criterion: the whole initial population");
        if (membership.denominator) {
            membership.denominatorExclusion = denominatorExclusion != null
                    ? test(denominatorExclusion, facts, member, reasons, PopulationType.DENOMINATOR_EXCLUSION)
                    : !skip(reasons, PopulationType.DENOMINATOR_EXCLUSION, "no criterion: none excluded");
        } else {
            skip(reasons, PopulationType.DENOMINATOR_EXCLUSION, "not in the denominator");
        }
        boolean net = membership.denominator && !membership.denominatorExclusion;
        Scoring scoring = definition.scoring();
        if (scoring == Scoring.CONTINUOUS_VARIABLE) {
            skip(reasons, PopulationType.NUMERATOR, "continuous-variable scoring has no numerator");
            skip(reasons, PopulationType.NUMERATOR_EXCLUSION, "continuous-variable scoring has no numerator");
        } else if (scoring == Scoring.PROPORTION && !net) {
            skip(reasons, PopulationType.NUMERATOR, membership.denominator ? "excluded from the denominator"
                    : "not in the denominator");
        } else {
            if (numerator == null) {
                throw new java.util.NoSuchElementException("No value present");
            }
            membership.numerator = test(numerator, facts, member, reasons, PopulationType.NUMERATOR);
        }
        if (membership.numerator) {
            membership.numeratorExclusion = numeratorExclusion != null
                    ? test(numeratorExclusion, facts, member, reasons, PopulationType.NUMERATOR_EXCLUSION)
                    : !skip(reasons, PopulationType.NUMERATOR_EXCLUSION, "no criterion: none excluded");
        } else if (scoring != Scoring.CONTINUOUS_VARIABLE) {
            skip(reasons, PopulationType.NUMERATOR_EXCLUSION, "not in the numerator");
        }
        if (net) {
            membership.measuredFindings = member != null ? List.of(member) : measuredFindings(facts);
            if (observation != null) {
                membership.observation = observe(facts, member);
            }
        }
        return membership;
    }

    private List<Finding> measuredFindings(EpisodeMeasureFacts facts) {
        List<String> requirements = definition.requirementIds();
        if (requirements.size() == 1) {
            return facts.findings(requirements.get(0));
        }
        List<Finding> all = new ArrayList<>();
        for (String requirement : requirements) {
            all.addAll(facts.findings(requirement));
        }
        return all;
    }

    /**
     * The observed duration of a member of the measure population.
     *
     * @param facts the episode
     * @param member the member finding, or null
     * @return the duration, or null if none can be observed
     */
    public Duration observe(EpisodeMeasureFacts facts, Finding member) {
        switch (observation.attribute()) {
            case CUSTODY_DURATION: {
                Instant end = facts.episode().custodyEndAsOf(facts.evaluation().asOf());
                return Duration.between(facts.episode().bookIn().at(), end);
            }
            default:
                break;
        }
        if (member != null) {
            return observeFinding(member);
        }
        List<String> requirements = observation.requirements().isEmpty() ? definition.requirementIds()
                : observation.requirements();
        ObservationAggregate aggregate = observation.effectiveAggregate();
        Duration result = null;
        Instant firstTrigger = null;
        for (String requirement : requirements) {
            for (Finding finding : facts.findings(requirement)) {
                Duration value = observeFinding(finding);
                if (value == null) {
                    continue;
                }
                if (result == null) {
                    result = value;
                    firstTrigger = finding.triggerAt().orElse(Instant.MAX);
                    continue;
                }
                switch (aggregate) {
                    case MIN:
                        result = value.compareTo(result) < 0 ? value : result;
                        break;
                    case SUM:
                        result = result.plus(value);
                        break;
                    case FIRST: {
                        Instant trigger = finding.triggerAt().orElse(Instant.MAX);
                        if (trigger.isBefore(firstTrigger)) {
                            result = value;
                            firstTrigger = trigger;
                        }
                        break;
                    }
                    default:
                        result = value.compareTo(result) > 0 ? value : result;
                        break;
                }
            }
        }
        return result;
    }

    private Duration observeFinding(Finding finding) {
        if (!observation.statuses().isEmpty() && !observation.statuses().contains(finding.status())) {
            return null;
        }
        switch (observation.attribute()) {
            case SATISFIED_AFTER_TRIGGER:
                return satisfiedAfterTrigger(finding);
            case ELAPSED: {
                Duration satisfied = satisfiedAfterTrigger(finding);
                if (satisfied != null) {
                    return satisfied;
                }
                if (finding.triggerAt().isPresent() && finding.dueAt().isPresent() && finding.overdueBy().isPresent()) {
                    return Duration.between(finding.triggerAt().get(), finding.dueAt().get().plus(finding.overdueBy().get()));
                }
                return null;
            }
            case LATE_BY:
                return finding.lateBy().orElse(null);
            case OVERDUE_BY:
                return finding.overdueBy().orElse(null);
            case LONGEST_GAP:
                return finding.longestGap().orElse(null);
            case PAST_TARGET:
                return finding.pastTarget().orElse(null);
            default:
                return null;
        }
    }

    private static Duration satisfiedAfterTrigger(Finding finding) {
        if (finding.triggerAt().isPresent() && finding.satisfiedAt().isPresent()) {
            return Duration.between(finding.triggerAt().get(), finding.satisfiedAt().get());
        }
        return null;
    }

    private static boolean test(Criterion criterion, EpisodeMeasureFacts facts, Finding member,
            Map<PopulationType, List<String>> reasons, PopulationType population) {
        List<String> lines = reasons == null ? null : reasons.computeIfAbsent(population, k -> new ArrayList<>());
        return CriterionMatcher.test(criterion, facts, member, lines, 0);
    }

    private static boolean skip(Map<PopulationType, List<String>> reasons, PopulationType population, String why) {
        if (reasons != null) {
            reasons.computeIfAbsent(population, k -> new ArrayList<>()).add(why);
        }
        return true;
    }

    /**
     * The stratum key of a member for one stratifier: the dimension value, or the list of values for several.
     *
     * @param stratifier the stratifier
     * @param facts the episode
     * @param member the member finding, or null
     * @return the key
     */
    public static Object stratumKey(Stratifier stratifier, EpisodeMeasureFacts facts, Finding member) {
        List<StratifierDimension> dimensions = stratifier.dimensions();
        if (dimensions.size() == 1) {
            return facts.value(dimensions.get(0), member, stratifier.effectiveAgeBands());
        }
        List<String> key = new ArrayList<>(dimensions.size());
        for (StratifierDimension dimension : dimensions) {
            key.add(facts.value(dimension, member, stratifier.effectiveAgeBands()));
        }
        return List.copyOf(key);
    }

    /**
     * The tallies of one measure: the total and the strata of each stratifier, numbered by the accumulator's
     * {@link StratumIndex}.
     *
     * <p>Consecutive members of one episode with the same facility and day (a run: most of an episode's
     * welfare-check findings) fall in the same strata, so for a measure without a histogram the run is counted
     * once into a pending tally and merged into the total and its strata when the run ends or the tallies are
     * read: the same sums as adding each member to each stratum, with one addition per member instead of one
     * per stratifier. A run's strata are found by number (worked out once per anchor span for every measure).
     */
    public static final class Tallies {
        private final CompiledMeasure measure;
        private final StratumIndex index;
        private final Tally total;
        /** Per stratifier, its slot in the index and its tallies by key number (null where none). */
        private final int[] slots;
        private final Tally[][] strata;
        private final boolean anyAnchored;
        /** The current run's counts, not yet in the total and strata; null if the measure has a histogram. */
        private final Tally pending;
        private boolean pendingEmpty = true;
        // A cache, not state: per stratifier, the tally of the current run, and the episode and the member's
        // (shared) anchor values the run was found from.
        private final Tally[] lastTallies;
        private EpisodeMeasureFacts lastFacts;
        private String[] lastAnchor;

        private Tallies(CompiledMeasure measure, StratumIndex index) {
            this.measure = measure;
            this.index = index;
            int count = measure.stratifiers.size();
            this.lastTallies = new Tally[count];
            this.slots = new int[count];
            this.strata = new Tally[count][];
            boolean any = false;
            for (int i = 0; i < count; i++) {
                Stratifier stratifier = measure.stratifiers.get(i);
                for (StratifierDimension dimension : stratifier.dimensions()) {
                    any |= EpisodeMeasureFacts.dependsOnMember(dimension);
                }
                slots[i] = index.slot(stratifier);
                strata[i] = new Tally[8];
            }
            this.anyAnchored = any;
            this.total = new Tally(measure.observation);
            this.pending = measure.observation == null ? new Tally(null) : null;
        }

        void add(EpisodeMeasureFacts facts, Finding member, Tally.Membership membership) {
            // Without a member-dependent stratifier every member of an episode has the episode's strata.
            AnchorSpan span = facts.span(anyAnchored ? member : null);
            String[] anchor = anyAnchored ? span.values : null;
            // The same episode and the same anchor values give the same keys (another array may hold equal
            // values: then the numbers are found equal).
            if (facts != lastFacts || anchor != lastAnchor) {
                flush();
                startRun(facts, anyAnchored ? member : null, span, anchor);
            }
            if (pending != null) {
                pending.add(membership);
                pendingEmpty = false;
                return;
            }
            total.add(membership);
            for (Tally tally : lastTallies) {
                tally.add(membership);
            }
        }

        private void startRun(EpisodeMeasureFacts facts, Finding member, AnchorSpan span, String[] anchor) {
            lastFacts = facts;
            lastAnchor = anchor;
            for (int i = 0; i < lastTallies.length; i++) {
                lastTallies[i] = tally(i, index.number(slots[i], facts, member, span));
            }
        }

        /** The tally of a stratum, made on first use. */
        private Tally tally(int stratifier, int number) {
            Tally[] tallies = strata[stratifier];
            if (number >= tallies.length) {
                tallies = Arrays.copyOf(tallies, Math.max(number + 1, tallies.length * 2));
                strata[stratifier] = tallies;
            }
            Tally tally = tallies[number];
            if (tally == null) {
                tally = new Tally(measure.observation);
                tallies[number] = tally;
            }
            return tally;
        }

        /** Moves the pending run's counts into the total and the run's strata. */
        private void flush() {
            if (pendingEmpty) {
                return;
            }
            total.merge(pending);
            for (Tally tally : lastTallies) {
                tally.merge(pending);
            }
            pending.clear();
            pendingEmpty = true;
        }

        /**
         * Adds other tallies of the same measure into these (of this or another accumulator: strata are matched
         * by key).
         *
         * @param other the other, not changed
         */
        public void merge(Tallies other) {
            flush();
            other.flush();
            total.merge(other.total);
            for (int i = 0; i < strata.length; i++) {
                Tally[] theirs = other.strata[i];
                for (int number = 0; number < theirs.length; number++) {
                    if (theirs[number] != null) {
                        Object key = other.index.key(other.slots[i], number);
                        tally(i, index.number(slots[i], key)).merge(theirs[number]);
                    }
                }
            }
        }

        /**
         * Writes the state of these tallies: the total, then per stratifier its strata in key order, so that
         * equal states give equal bytes whatever the order episodes arrived in.
         *
         * @param out the output
         * @throws IOException if writing fails
         */
        public void writeTo(DataOutput out) throws IOException {
            flush();
            total.writeTo(out);
            for (int i = 0; i < strata.length; i++) {
                List<Map.Entry<Object, Tally>> entries = new ArrayList<>(strata(i).entrySet());
                entries.sort((a, b) -> compareKeys(a.getKey(), b.getKey()));
                out.writeInt(entries.size());
                for (Map.Entry<Object, Tally> entry : entries) {
                    writeKey(out, entry.getKey());
                    entry.getValue().writeTo(out);
                }
            }
        }

        /**
         * Reads a state written by {@link #writeTo} into these empty tallies of the same measure.
         *
         * @param in the input
         * @throws IOException if reading fails or the state is malformed
         */
        public void readFrom(DataInput in) throws IOException {
            flush();
            total.readFrom(in);
            for (int i = 0; i < strata.length; i++) {
                int size = StateFormat.readCount(in);
                for (int j = 0; j < size; j++) {
                    int number = index.number(slots[i], readKey(in));
                    if (number < strata[i].length && strata[i][number] != null) {
                        throw new IOException("a stratum key appears twice");
                    }
                    tally(i, number).readFrom(in);
                }
            }
        }

        private static void writeKey(DataOutput out, Object key) throws IOException {
            if (key instanceof String) {
                out.writeInt(-1);
                StateFormat.writeString(out, (String) key);
                return;
            }
            List<?> values = (List<?>) key;
            out.writeInt(values.size());
            for (Object value : values) {
                StateFormat.writeString(out, (String) value);
            }
        }

        private static Object readKey(DataInput in) throws IOException {
            int size = in.readInt();
            if (size == -1) {
                return StateFormat.readString(in);
            }
            if (size < 0 || size > StateFormat.MAX_COUNT) {
                throw new IOException("a stratum key of " + size + " values");
            }
            List<String> key = new ArrayList<>(Math.min(size, 16));
            for (int i = 0; i < size; i++) {
                key.add(StateFormat.readString(in));
            }
            return List.copyOf(key);
        }

        private static int compareKeys(Object a, Object b) {
            List<?> x = a instanceof String ? List.of(a) : (List<?>) a;
            List<?> y = b instanceof String ? List.of(b) : (List<?>) b;
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = ((String) x.get(i)).compareTo((String) y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }

        /** @return the measure */
        public CompiledMeasure measure() {
            return measure;
        }

        /** @return the total */
        public Tally total() {
            flush();
            return total;
        }

        /**
         * The strata of one stratifier.
         *
         * @param stratifier the stratifier's index
         * @return the strata by key, a new map
         */
        public Map<Object, Tally> strata(int stratifier) {
            flush();
            Map<Object, Tally> byKey = new HashMap<>();
            Tally[] tallies = strata[stratifier];
            for (int number = 0; number < tallies.length; number++) {
                if (tallies[number] != null) {
                    byKey.put(index.key(slots[stratifier], number), tallies[number]);
                }
            }
            return byKey;
        }
    }

    /**
     * An empty map of reasons per population, in population order.
     *
     * @return the map
     */
    public static Map<PopulationType, List<String>> newReasons() {
        return new EnumMap<>(PopulationType.class);
    }
}
