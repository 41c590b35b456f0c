package gov.cbp.medical.rules.measure.engine;

import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.Stratifier;
import gov.cbp.medical.rules.measure.internal.CompiledMeasure;
import gov.cbp.medical.rules.measure.internal.DurationHistogram;
import gov.cbp.medical.rules.measure.internal.Tally;
import gov.cbp.medical.rules.measure.report.MeasureResult;
import gov.cbp.medical.rules.measure.report.ObservationSummary;
import gov.cbp.medical.rules.measure.report.StratifierResult;
import gov.cbp.medical.rules.measure.report.StratumResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the tallies of one measure into its {@link MeasureResult}: the total and each stratum with its
 * population counts, status counts, rate (net numerator over net denominator, none for continuous-variable
 * measures or an empty denominator) and observation summary (in the measure's unit, percentiles from the
 * histogram). Strata are ordered by key, element by element.
 *
 * <p>Implementation Requirements: stateless; thread-safe.
 */
final class MeasureResults {
    private MeasureResults() {}

    /**
     * The result of one measure.
     *
     * @param tallies the measure's tallies, not null
     * @return the result, its strata in key order, not null
     */
    static MeasureResult of(CompiledMeasure.Tallies tallies) {
        CompiledMeasure measure = tallies.measure();
        MeasureDefinition definition = measure.definition();
        List<StratifierResult> stratifiers = new ArrayList<>();
        for (int i = 0; i < measure.stratifiers().size(); i++) {
            Stratifier stratifier = measure.stratifiers().get(i);
            List<StratumResult> strata = new ArrayList<>();
            for (Map.Entry<Object, Tally> entry : tallies.strata(i).entrySet()) {
                strata.add(stratum(keyOf(entry.getKey()), entry.getValue(), definition.scoring()));
            }
            strata.sort(KEY_ORDER);
            stratifiers.add(StratifierResult.builder()
                    .id(stratifier.id())
                    .title(stratifier.title().orElse(stratifier.id()))
                    .dimensions(stratifier.dimensions())
                    .strata(strata)
                    .build());
        }
        return MeasureResult.builder()
                .id(definition.id())
                .version(definition.version())
                .title(definition.title())
                .description(definition.description())
                .requirementIds(definition.requirementIds())
                .basis(definition.basis())
                .scoring(definition.scoring())
                .improvementNotation(definition.improvementNotation())
                .unit(java.util.Optional.ofNullable(measure.observation()).map(o -> o.unit()))
                .total(stratum(List.of(), tallies.total(), definition.scoring()))
                .stratifiers(stratifiers)
                .build();
    }

    private static final Comparator<StratumResult> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.key().size(), b.key().size()); i++) {
            int c = a.key().get(i).compareTo(b.key().get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.key().size(), b.key().size());
    };

    @SuppressWarnings("unchecked")
    private static List<String> keyOf(Object key) {
        return key instanceof String ? List.of((String) key) : (List<String>) key;
    }

    private static StratumResult stratum(List<String> key, Tally tally, Scoring scoring) {
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (FindingStatus status : FindingStatus.values()) {
            statuses.put(status.code(), tally.status(status));
        }
        long netDenominator = tally.denominator() - tally.denominatorExclusion();
        long netNumerator = tally.numerator() - tally.numeratorExclusion();
        StratumResult.Builder builder = StratumResult.builder()
                .key(key)
                .initialPopulation(tally.initialPopulation())
                .denominator(tally.denominator())
                .denominatorExclusion(tally.denominatorExclusion())
                .numerator(tally.numerator())
                .numeratorExclusion(tally.numeratorExclusion())
                .statusCounts(statuses)
                .findingsOnInterpretation(tally.onInterpretation())
                .findingsOnEstimatedAge(tally.onEstimatedAge());
        if (scoring != Scoring.CONTINUOUS_VARIABLE && netDenominator > 0) {
            builder.rate((double) netNumerator / netDenominator);
        }
        DurationHistogram histogram = tally.histogram();
        if (histogram != null) {
            builder.observation(summary(histogram, tally.observationMissing()));
        }
        return builder.build();
    }

    private static ObservationSummary summary(DurationHistogram histogram, long missing) {
        // The unit is recovered from the histogram's bucket width through the engine's observation.
        ObservationSummary.Builder builder = ObservationSummary.builder()
                .cap(histogram.cap())
                .count(histogram.count())
                .missing(missing)
                .atOrAboveCap(histogram.atOrAboveCap());
        builder.unit(unitOf(histogram));
        if (histogram.count() > 0) {
            double unit = unitOf(histogram).seconds();
            long median = histogram.percentile(50);
            long p90 = histogram.percentile(90);
            builder.min(histogram.minSeconds() / unit)
                    .max(histogram.maxSeconds() / unit)
                    .mean(histogram.sumSeconds() / unit / histogram.count())
                    .median(median)
                    .p90(p90)
                    .medianAtOrAboveCap(median >= histogram.cap())
                    .p90AtOrAboveCap(p90 >= histogram.cap());
        }
        return builder.build();
    }

    private static gov.cbp.medical.rules.measure.DurationUnit unitOf(DurationHistogram histogram) {
        for (gov.cbp.medical.rules.measure.DurationUnit unit : gov.cbp.medical.rules.measure.DurationUnit.values()) {
            if (unit.seconds() == histogram.unitSeconds()) {
                return unit;
            }
        }
        throw new IllegalStateException("no unit of " + histogram.unitSeconds() + " seconds");
    }
}
