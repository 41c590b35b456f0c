package gov.cbp.medical.rules.measure.internal;

import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.Observation;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The mergeable counts of one measure in one stratum: the population counts, the statuses of the measured
 * findings of the net denominator, and for continuous-variable measures the histogram of observations.
 */
public final class Tally {
    private static final int STATUSES = FindingStatus.values().length;
    private long initialPopulation;
    private long denominator;
    private long denominatorExclusion;
    private long numerator;
    private long numeratorExclusion;
    private final long[] statuses = new long[STATUSES];
    private long onInterpretation;
    private long onEstimatedAge;
    private long observationMissing;
    private final DurationHistogram histogram;

    /**
     * An empty tally.
     *
     * @param observation the measure's observation, or null if it has none
     */
    public Tally(Observation observation) {
        this.histogram = observation == null ? null
                : new DurationHistogram(observation.unit().seconds(), observation.effectiveCap());
    }

    /**
     * Counts one member of the initial population.
     *
     * @param membership the member's populations
     */
    public void add(Membership membership) {
        initialPopulation++;
        if (membership.denominator) {
            denominator++;
        }
        if (membership.denominatorExclusion) {
            denominatorExclusion++;
        }
        if (membership.numerator) {
            numerator++;
        }
        if (membership.numeratorExclusion) {
            numeratorExclusion++;
        }
        if (membership.denominator && !membership.denominatorExclusion) {
            Finding single = membership.measuredFindings.size() == 1 ? membership.measuredFindings.get(0) : null;
            if (single != null) {
                statuses[single.status().ordinal()]++;
                if (single.interpretation()) {
                    onInterpretation++;
                }
                if (single.estimatedAge()) {
                    onEstimatedAge++;
                }
            } else {
                // A member is added to the total and to one stratum per stratifier: count its findings once.
                Summary summary = membership.summary();
                for (int i = 0; i < STATUSES; i++) {
                    statuses[i] += summary.statuses[i];
                }
                onInterpretation += summary.onInterpretation;
                onEstimatedAge += summary.onEstimatedAge;
            }
            if (histogram != null) {
                if (membership.observation == null) {
                    observationMissing++;
                } else {
                    histogram.add(membership.observation);
                }
            }
        }
    }

    /** Empties this tally (of a measure without a histogram), for reuse. */
    void clear() {
        if (histogram != null) {
            throw new IllegalStateException("a tally with a histogram is not cleared");
        }
        initialPopulation = 0;
        denominator = 0;
        denominatorExclusion = 0;
        numerator = 0;
        numeratorExclusion = 0;
        java.util.Arrays.fill(statuses, 0);
        onInterpretation = 0;
        onEstimatedAge = 0;
        observationMissing = 0;
    }

    /**
     * Adds another tally of the same measure into this one.
     *
     * @param other the other, not changed
     */
    public void merge(Tally other) {
        initialPopulation += other.initialPopulation;
        denominator += other.denominator;
        denominatorExclusion += other.denominatorExclusion;
        numerator += other.numerator;
        numeratorExclusion += other.numeratorExclusion;
        for (int i = 0; i < STATUSES; i++) {
            statuses[i] += other.statuses[i];
        }
        onInterpretation += other.onInterpretation;
        onEstimatedAge += other.onEstimatedAge;
        observationMissing += other.observationMissing;
        if (histogram != null) {
            histogram.merge(other.histogram);
        }
    }

    /**
     * Writes the state of this tally (the histogram's too), for {@link #readFrom}.
     *
     * @param out the output
     * @throws IOException if writing fails
     */
    public void writeTo(DataOutput out) throws IOException {
        StateFormat.writeVarLong(out, initialPopulation);
        StateFormat.writeVarLong(out, denominator);
        StateFormat.writeVarLong(out, denominatorExclusion);
        StateFormat.writeVarLong(out, numerator);
        StateFormat.writeVarLong(out, numeratorExclusion);
        for (long status : statuses) {
            StateFormat.writeVarLong(out, status);
        }
        StateFormat.writeVarLong(out, onInterpretation);
        StateFormat.writeVarLong(out, onEstimatedAge);
        StateFormat.writeVarLong(out, observationMissing);
        if (histogram != null) {
            histogram.writeTo(out);
        }
    }

    /**
     * Reads a state written by {@link #writeTo} into this empty tally of the same measure.
     *
     * @param in the input
     * @throws IOException if reading fails or the state is malformed
     */
    public void readFrom(DataInput in) throws IOException {
        initialPopulation = StateFormat.readVarLong(in);
        denominator = StateFormat.readVarLong(in);
        denominatorExclusion = StateFormat.readVarLong(in);
        numerator = StateFormat.readVarLong(in);
        numeratorExclusion = StateFormat.readVarLong(in);
        for (int i = 0; i < STATUSES; i++) {
            statuses[i] = StateFormat.readVarLong(in);
        }
        onInterpretation = StateFormat.readVarLong(in);
        onEstimatedAge = StateFormat.readVarLong(in);
        observationMissing = StateFormat.readVarLong(in);
        if (histogram != null) {
            histogram.readFrom(in);
        }
    }

    /** @return the initial population */
    public long initialPopulation() {
        return initialPopulation;
    }

    /** @return the denominator */
    public long denominator() {
        return denominator;
    }

    /** @return the denominator exclusions */
    public long denominatorExclusion() {
        return denominatorExclusion;
    }

    /** @return the numerator */
    public long numerator() {
        return numerator;
    }

    /** @return the numerator exclusions */
    public long numeratorExclusion() {
        return numeratorExclusion;
    }

    /**
     * The count of measured findings with a status.
     *
     * @param status the status
     * @return the count
     */
    public long status(FindingStatus status) {
        return statuses[status.ordinal()];
    }

    /** @return measured findings resting on an interpretation */
    public long onInterpretation() {
        return onInterpretation;
    }

    /** @return measured findings resting on an estimated age */
    public long onEstimatedAge() {
        return onEstimatedAge;
    }

    /** @return measure-population members without an observation */
    public long observationMissing() {
        return observationMissing;
    }

    /** @return the histogram, null for measures without observation */
    public DurationHistogram histogram() {
        return histogram;
    }

    /** The populations of one member, as computed by the engine. */
    public static final class Membership {
        /** In the denominator. */
        public boolean denominator;
        /** In the denominator exclusion. */
        public boolean denominatorExclusion;
        /** In the numerator. */
        public boolean numerator;
        /** In the numerator exclusion. */
        public boolean numeratorExclusion;
        /** The observation, or null. */
        public Duration observation;
        /** The findings whose statuses are counted; not to be changed once the membership is added to a tally. */
        public List<Finding> measuredFindings = List.of();
        private Summary summary;

        Summary summary() {
            if (summary == null) {
                summary = new Summary(measuredFindings);
            }
            return summary;
        }
    }

    /** The counts of a membership's measured findings. */
    private static final class Summary {
        private final long[] statuses = new long[STATUSES];
        private long onInterpretation;
        private long onEstimatedAge;

        Summary(List<Finding> findings) {
            for (Finding finding : findings) {
                statuses[finding.status().ordinal()]++;
                if (finding.interpretation()) {
                    onInterpretation++;
                }
                if (finding.estimatedAge()) {
                    onEstimatedAge++;
                }
            }
        }
    }
}
