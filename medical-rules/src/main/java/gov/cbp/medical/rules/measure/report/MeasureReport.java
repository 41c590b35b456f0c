package gov.cbp.medical.rules.measure.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable Medical Quality Management report (in the style of FHIR MeasureReport, kept apart from the
 * definitions): its stamp, an account of the input, the facilities seen, and one result per measure with its
 * strata.
 *
 * <p>A report holds counts, rates and durations only; it names facilities, codes and requirement ids, and
 * line numbers of rejected input, never a person (no name, A-number, date of birth, note, or even an episode
 * id). Write it with {@link MeasureReportJson}, {@link MeasureReportCsv} or {@link MeasureReportHtml}.
 *
 * <p>Small-cell suppression ({@link #withSmallCellsSuppressed(int)}): a stratum (or total) whose initial
 * population is at least 1 and below the threshold is suppressed; then, within each stratifier, if exactly
 * one stratum is suppressed while the total is shown, the shown stratum with the smallest initial population
 * is suppressed as well, so that the suppressed cell cannot be recovered by subtraction from the total.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMeasureReport.class)
@JsonDeserialize(as = ImmutableMeasureReport.class)
@JsonPropertyOrder({"stamp", "digests", "input", "facilities", "measures"})
public interface MeasureReport {
    /**
     * What the report was computed with.
     *
     * @return the stamp, not null
     */
    ReportStamp stamp();

    /**
     * The digests of the episodes measured, the standards and the measure set, so that the report can be
     * verified against the records it was computed from.
     *
     * @return the digests, empty only for a report built by hand
     * @since 0.2
     */
    Optional<ReportDigests> digests();

    /**
     * What was read and what became of it.
     *
     * @return the summary, not null
     */
    InputSummary input();

    /**
     * The facilities of the episodes measured, sorted by id.
     *
     * @return the facilities, not null
     */
    List<FacilityInfo> facilities();

    /**
     * The measure results, in the measure set's order.
     *
     * @return the results, not null
     */
    List<MeasureResult> measures();

    /**
     * The result of one measure.
     *
     * @param measureId the id, not null
     * @return the result, empty if the report has none
     */
    default Optional<MeasureResult> measure(String measureId) {
        return measures().stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    /**
     * The facility with an id.
     *
     * @param facilityId the id, not null
     * @return the facility, empty if not seen
     */
    default Optional<FacilityInfo> facility(String facilityId) {
        return facilities().stream().filter(f -> f.facilityId().equals(facilityId)).findFirst();
    }

    /**
     * A copy with small cells suppressed (see the type's description); the threshold is stamped.
     *
     * @param threshold the least initial population shown; 0 or 1 suppresses nothing
     * @return the suppressed copy, not null
     * @throws IllegalArgumentException if the threshold is negative
     */
    default MeasureReport withSmallCellsSuppressed(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative");
        }
        List<MeasureResult> measures = new ArrayList<>();
        for (MeasureResult measure : measures()) {
            StratumResult total = suppress(measure.total(), threshold);
            List<StratifierResult> stratifiers = new ArrayList<>();
            for (StratifierResult stratifier : measure.stratifiers()) {
                List<StratumResult> strata = new ArrayList<>();
                int suppressed = 0;
                for (StratumResult stratum : stratifier.strata()) {
                    StratumResult s = suppress(stratum, threshold);
                    suppressed += s.suppressed() ? 1 : 0;
                    strata.add(s);
                }
                if (suppressed == 1 && !total.suppressed()) {
                    strata.stream()
                            .filter(s -> !s.suppressed() && s.initialPopulation().orElse(0L) > 0)
                            .min(Comparator.comparing((StratumResult s) -> s.initialPopulation().orElse(0L)))
                            .ifPresent(s -> strata.set(strata.indexOf(s), hide(s, SuppressionReason.COMPLEMENTARY)));
                }
                stratifiers.add(stratifier.toBuilder().strata(strata).build());
            }
            measures.add(measure.toBuilder().total(total).stratifiers(stratifiers).build());
        }
        return builder().from(this)
                .stamp(stamp().toBuilder().suppressionThreshold(threshold).build())
                .measures(measures)
                .build();
    }

    private static StratumResult suppress(StratumResult stratum, int threshold) {
        long population = stratum.initialPopulation().orElse(0L);
        return !stratum.suppressed() && population >= 1 && population < threshold
                ? hide(stratum, SuppressionReason.SMALL_CELL) : stratum;
    }

    private static StratumResult hide(StratumResult stratum, SuppressionReason reason) {
        return StratumResult.builder().key(stratum.key()).suppressed(true).suppression(reason).build();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeasureReport}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMeasureReport.Builder {}
}
