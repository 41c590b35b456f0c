package gov.cbp.medical.beam.measure;

import gov.cbp.medical.beam.evaluate.EvaluationSettings;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Everything a worker needs to rebuild the same {@link MeasureEngine} as every other worker and as the
 * single-process run: the evaluation settings (both instants, the catalogue), the measure set (the bundled
 * baseline or a measure-set document as bytes), the period, the policy for episodes with errors, and the
 * report's stamp (generation instant, small-cell threshold, library version), plus the hot-key fan-out.
 *
 * <p>Implementation Requirements: immutable, thread-safe and serializable.
 */
public final class MeasureSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    private final EvaluationSettings evaluation;
    private final byte[] measureSet;
    private final String period;
    private final InvalidEpisodePolicy policy;
    private final Instant generatedAt;
    private final int suppressionThreshold;
    private final String libraryVersion;
    private final int hotKeyFanout;

    private MeasureSettings(EvaluationSettings evaluation, byte[] measureSet, String period, InvalidEpisodePolicy policy,
            Instant generatedAt, int suppressionThreshold, String libraryVersion, int hotKeyFanout) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.measureSet = measureSet;
        this.period = period;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
        if (suppressionThreshold < 0) {
            throw new IllegalArgumentException("suppressionThreshold must not be negative");
        }
        this.suppressionThreshold = suppressionThreshold;
        this.libraryVersion = libraryVersion;
        if (hotKeyFanout < 1) {
            throw new IllegalArgumentException("hotKeyFanout must be at least 1");
        }
        this.hotKeyFanout = hotKeyFanout;
    }

    /**
     * The baseline measures over an unbounded period, episodes with errors measured, the report stamped with
     * the given generation instant, every cell shown, no fan-out.
     *
     * @param evaluation the evaluation settings, not null
     * @param generatedAt the report's generation instant, not null
     * @return the settings, not null
     */
    public static MeasureSettings of(EvaluationSettings evaluation, Instant generatedAt) {
        return new MeasureSettings(evaluation, null, MeasurementPeriod.unbounded().toString(), InvalidEpisodePolicy.MEASURE,
                generatedAt, 0, null, 1);
    }

    /**
     * @param measurementPeriod the period, not null
     * @return a copy with this period
     */
    public MeasureSettings withPeriod(MeasurementPeriod measurementPeriod) {
        return new MeasureSettings(evaluation, measureSet, measurementPeriod.toString(), policy, generatedAt,
                suppressionThreshold, libraryVersion, hotKeyFanout);
    }

    /**
     * @param invalidEpisodes the policy for bound episodes with errors, not null
     * @return a copy with this policy
     */
    public MeasureSettings withInvalidEpisodes(InvalidEpisodePolicy invalidEpisodes) {
        return new MeasureSettings(evaluation, measureSet, period, invalidEpisodes, generatedAt, suppressionThreshold,
                libraryVersion, hotKeyFanout);
    }

    /**
     * @param threshold strata of fewer members are suppressed; 0 shows all
     * @return a copy with this threshold
     */
    public MeasureSettings withSuppressionThreshold(int threshold) {
        return new MeasureSettings(evaluation, measureSet, period, policy, generatedAt, threshold, libraryVersion, hotKeyFanout);
    }

    /**
     * @param version the library version to stamp on the report, not null
     * @return a copy stamping this version
     */
    public MeasureSettings withLibraryVersion(String version) {
        return new MeasureSettings(evaluation, measureSet, period, policy, generatedAt, suppressionThreshold,
                Objects.requireNonNull(version, "version"), hotKeyFanout);
    }

    /**
     * Splits each facility's combine over this many intermediate keys: for facilities with so many episodes
     * that one worker would hold the whole key up (see {@code Combine.PerKey#withHotKeyFanout}).
     *
     * @param fanout the fan-out, at least 1 (1: none)
     * @return a copy with this fan-out
     */
    public MeasureSettings withHotKeyFanout(int fanout) {
        return new MeasureSettings(evaluation, measureSet, period, policy, generatedAt, suppressionThreshold, libraryVersion, fanout);
    }

    /**
     * Uses a measure set document instead of the baseline, checked now so that a bad set fails when the
     * pipeline is built.
     *
     * @param measureSetJson the document's bytes, not null
     * @return a copy with this measure set
     * @throws IllegalArgumentException if the document has errors (the message lists codes and pointers)
     */
    public MeasureSettings withMeasureSet(byte[] measureSetJson) {
        byte[] copy = measureSetJson.clone();
        read(copy);
        return new MeasureSettings(evaluation, copy, period, policy, generatedAt, suppressionThreshold, libraryVersion, hotKeyFanout);
    }

    /** @return the evaluation settings */
    public EvaluationSettings evaluation() {
        return evaluation;
    }

    /** @return the policy for bound episodes with errors */
    public InvalidEpisodePolicy invalidEpisodes() {
        return policy;
    }

    /** @return the hot-key fan-out, 1 for none */
    public int hotKeyFanout() {
        return hotKeyFanout;
    }

    /**
     * A new engine of these settings, evaluating with only the requirements its measures reference (the
     * report is the same, the run faster).
     *
     * @return the engine, not null
     */
    public MeasureEngine engine() {
        MeasureSet measures = measureSet == null ? MeasureSetReader.baseline() : read(measureSet);
        Evaluator evaluator = evaluation.evaluator().restrictedTo(measures.requirementIds());
        // the catalogue, so that the report carries its digest as `cbp-medical mqm` does
        return MeasureEngine.builder().measureSet(measures).catalogue(evaluator.catalogue())
                .evaluator(episode -> evaluation.evaluate(evaluator, episode))
                .period(MeasurementPeriod.parse(period))
                .invalidEpisodes(policy)
                .build();
    }

    /**
     * The report settings of these settings.
     *
     * @return the report settings, not null
     */
    public ReportSettings reportSettings() {
        ReportSettings.Builder builder = ReportSettings.builder().generatedAt(generatedAt).suppressionThreshold(suppressionThreshold);
        if (libraryVersion != null) {
            builder.libraryVersion(libraryVersion);
        }
        return builder.build();
    }

    private static MeasureSet read(byte[] json) {
        ValidationResult<MeasureSet> result = MeasureSetReader.create().read(json);
        if (result.value().isEmpty()) {
            StringBuilder codes = new StringBuilder("the measure set has errors:");
            result.problems().forEach(p -> codes.append(' ').append(p.code()).append(" at ").append(p.pointer()));
            throw new IllegalArgumentException(codes.toString());
        }
        return result.value().get();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MeasureSettings)) {
            return false;
        }
        MeasureSettings that = (MeasureSettings) other;
        return evaluation.equals(that.evaluation) && Arrays.equals(measureSet, that.measureSet) && period.equals(that.period)
                && policy == that.policy && generatedAt.equals(that.generatedAt)
                && suppressionThreshold == that.suppressionThreshold && Objects.equals(libraryVersion, that.libraryVersion)
                && hotKeyFanout == that.hotKeyFanout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(evaluation, period, policy, generatedAt, suppressionThreshold, libraryVersion, hotKeyFanout)
                * 31 + Arrays.hashCode(measureSet);
    }

    @Override
    public String toString() {
        return "MeasureSettings{" + evaluation + ", period " + period + ", invalid episodes " + policy.code()
                + ", generated at " + generatedAt + ", suppression below " + suppressionThreshold + ", fan-out " + hotKeyFanout + "}";
    }
}
