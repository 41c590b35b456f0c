package gov.cbp.medical.rules.measure.report;

import static gov.cbp.medical.rules.measure.report.HtmlText.count;
import static gov.cbp.medical.rules.measure.report.HtmlText.esc;
import static gov.cbp.medical.rules.measure.report.HtmlText.percent;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.rules.measure.ImprovementNotation;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.StratifierDimension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One measure's result as the HTML report reads it: the headline value of a stratum, its band against the
 * measure's reference (its target or threshold, when the result carries one, else the report's default bands),
 * the strata along time and facility, and the metadata the writer has no dedicated place for.
 *
 * <p>Everything here is derived from the {@link MeasureResult} alone, without a case per measure: a property
 * of the result this writer does not lay out itself is shown as metadata, and one whose name holds
 * {@code target} or {@code threshold} with a number (or an object with a numeric {@code value}) is drawn as a
 * reference line and decides the bands.
 */
final class MeasureView {
    /** The properties of a measure result that the writer lays out itself; the others are shown generically. */
    static final Set<String> LAID_OUT = Set.of("id", "version", "title", "description", "requirementIds", "basis",
            "scoring", "improvementNotation", "unit", "total", "stratifiers");
    /** Default bands for proportions without a target: at or above 90% good, at or above 70% fair. */
    static final double GOOD = 0.90;
    static final double FAIR = 0.70;
    /** How far below a target (in rate) a proportion is still fair. */
    static final double FAIR_MARGIN = 0.10;

    enum Band {
        GOOD("good", "meets the level"), FAIR("fair", "near the level"), POOR("poor", "well short of the level"),
        UNRATED("unrated", "not rated");

        final String css;
        final String words;

        Band(String css, String words) {
            this.css = css;
            this.words = words;
        }
    }

    /** A horizontal line a chart draws: a target or threshold in the measure's own scale. */
    static final class Reference {
        final String label;
        final double value;

        Reference(String label, double value) {
            this.label = label;
            this.value = value;
        }
    }

    final MeasureResult measure;
    final MeasureReport report;
    final Map<String, JsonNode> extras;
    final List<Reference> references;

    MeasureView(MeasureReport report, MeasureResult measure) {
        // The strata are laid out by the writer: leave them out of the tree that is searched for other properties.
        this(report, measure, ReportDetails.extras(measure.toBuilder().stratifiers(List.of()).build(), LAID_OUT));
    }

    /** A view with the given extra properties, as a newer result would carry them. */
    MeasureView(MeasureReport report, MeasureResult measure, Map<String, JsonNode> extras) {
        this.report = report;
        this.measure = measure;
        this.extras = extras;
        this.references = references(extras, measure.scoring() != Scoring.CONTINUOUS_VARIABLE);
    }

    private static List<Reference> references(Map<String, JsonNode> extras, boolean rate) {
        List<Reference> references = new ArrayList<>();
        extras.forEach((name, node) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!lower.contains("target") && !lower.contains("threshold")) {
                return;
            }
            JsonNode number = node.isNumber() ? node : node.path("value");
            if (number.isNumber()) {
                double value = number.asDouble();
                // A proportion's level may be written as a rate (0.9) or as a percentage (90).
                references.add(new Reference(HtmlText.words(name), rate && value > 1 && value <= 100 ? value / 100 : value));
            }
        });
        return references;
    }

    boolean continuous() {
        return measure.scoring() == Scoring.CONTINUOUS_VARIABLE;
    }

    boolean higherIsBetter() {
        return measure.improvementNotation() == ImprovementNotation.INCREASE;
    }

    String unit() {
        return measure.unit().map(u -> u.code()).orElse("");
    }

    String better() {
        return higherIsBetter() ? "higher is better" : "lower is better";
    }

    /** The value a stratum is ranked and charted by: its rate, or for durations its median. */
    Optional<Double> value(StratumResult stratum) {
        if (stratum.suppressed()) {
            return Optional.empty();
        }
        if (continuous()) {
            return stratum.observation().flatMap(ObservationSummary::median).map(Long::doubleValue);
        }
        return stratum.rate();
    }

    Optional<Double> p90(StratumResult stratum) {
        return stratum.suppressed() ? Optional.empty()
                : stratum.observation().flatMap(ObservationSummary::p90).map(Long::doubleValue);
    }

    Band band(StratumResult stratum) {
        Optional<Double> value = value(stratum);
        if (value.isEmpty()) {
            return Band.UNRATED;
        }
        double v = value.get();
        Optional<Double> level = references.isEmpty() ? Optional.empty() : Optional.of(references.get(0).value);
        if (continuous()) {
            if (level.isEmpty()) {
                return Band.UNRATED;
            }
            double l = level.get();
            boolean good = higherIsBetter() ? v >= l : v <= l;
            boolean fair = higherIsBetter() ? v >= l / 1.5 : v <= l * 1.5;
            return good ? Band.GOOD : fair ? Band.FAIR : Band.POOR;
        }
        if (higherIsBetter()) {
            double good = level.orElse(GOOD);
            double fair = level.map(l -> l - FAIR_MARGIN).orElse(FAIR);
            return v >= good ? Band.GOOD : v >= fair ? Band.FAIR : Band.POOR;
        }
        double good = level.orElse(1 - GOOD);
        double fair = level.map(l -> l + FAIR_MARGIN).orElse(1 - FAIR);
        return v <= good ? Band.GOOD : v <= fair ? Band.FAIR : Band.POOR;
    }

    /** How far a value falls short of good, for ranking the cells that need attention; 0 when good. */
    double shortfall(StratumResult stratum) {
        Optional<Double> value = value(stratum);
        if (value.isEmpty() || band(stratum) == Band.GOOD || band(stratum) == Band.UNRATED) {
            return 0;
        }
        double level = references.isEmpty() ? (higherIsBetter() ? GOOD : 1 - GOOD) : references.get(0).value;
        double gap = higherIsBetter() ? level - value.get() : value.get() - level;
        return continuous() ? gap / Math.max(level, 1) : gap;
    }

    /** The headline value of a stratum as HTML: {@code 87.5%} or {@code 35 minutes}, or why there is none. */
    String valueHtml(StratumResult stratum) {
        if (stratum.suppressed()) {
            return "suppressed";
        }
        if (continuous()) {
            Optional<ObservationSummary> o = stratum.observation();
            if (o.isEmpty() || o.get().count() == 0) {
                return "no data";
            }
            return (o.get().medianAtOrAboveCap() ? "&ge; " : "") + count(o.get().median().orElse(0L)) + " " + esc(shortUnit());
        }
        return stratum.rate().map(HtmlText::percent).orElse(stratum.initialPopulation().orElse(0L) == 0 ? "no data"
                : "none due");
    }

    /** The counts behind a headline value: {@code 21/24}, or {@code p90 120 · n 40}; for suppressed cells, why. */
    String detailHtml(StratumResult stratum) {
        if (stratum.suppressed()) {
            return suppressionWhy(stratum);
        }
        if (continuous()) {
            Optional<ObservationSummary> o = stratum.observation();
            if (o.isEmpty() || o.get().count() == 0) {
                return "";
            }
            return "p90 " + (o.get().p90AtOrAboveCap() ? "&ge; " : "") + count(o.get().p90().orElse(0L)) + " &middot; n "
                    + count(o.get().count());
        }
        if (stratum.rate().isEmpty()) {
            return "";
        }
        return count(stratum.netNumerator().orElse(0L)) + "/<wbr>" + count(stratum.netDenominator().orElse(0L));
    }

    /** Text for a tooltip or a table: the value and its counts in plain words. */
    String plain(StratumResult stratum) {
        if (stratum.suppressed()) {
            return "suppressed: " + suppressionWhy(stratum);
        }
        if (continuous()) {
            Optional<ObservationSummary> o = stratum.observation();
            if (o.isEmpty() || o.get().count() == 0) {
                return "no data";
            }
            return "median " + count(o.get().median().orElse(0L)) + ", p90 " + count(o.get().p90().orElse(0L)) + " "
                    + unit() + " (n " + count(o.get().count()) + ")";
        }
        return stratum.rate().map(r -> percent(r) + " (" + count(stratum.netNumerator().orElse(0L)) + " of "
                + count(stratum.netDenominator().orElse(0L)) + ")").orElse("no data");
    }

    String suppressionWhy(StratumResult stratum) {
        int threshold = report.stamp().suppressionThreshold();
        return stratum.suppression().map(reason -> reason == SuppressionReason.SMALL_CELL
                ? "fewer than " + threshold : "hides a small cell").orElse("small cell");
    }

    String shortUnit() {
        switch (unit()) {
            case "minutes":
                return "min";
            case "hours":
                return "h";
            default:
                return unit();
        }
    }

    /** The stratifier with exactly these dimensions. */
    Optional<StratifierResult> by(StratifierDimension... dimensions) {
        List<StratifierDimension> wanted = List.of(dimensions);
        return measure.stratifiers().stream().filter(s -> s.dimensions().equals(wanted)).findFirst();
    }

    /** The facility strata by facility id. */
    Map<String, StratumResult> byFacility() {
        Map<String, StratumResult> cells = new TreeMap<>();
        by(StratifierDimension.FACILITY).ifPresent(s -> s.strata().forEach(st -> cells.put(st.key().get(0), st)));
        return cells;
    }

    /** The strata of a time dimension overall, by time key. */
    TreeMap<String, StratumResult> byTime(StratifierDimension time) {
        TreeMap<String, StratumResult> cells = new TreeMap<>();
        by(time).ifPresent(s -> s.strata().forEach(st -> cells.put(st.key().get(0), st)));
        return cells;
    }

    /** The strata of facility and a time dimension: facility id, then time key. */
    Map<String, TreeMap<String, StratumResult>> byFacilityAndTime(StratifierDimension time) {
        Map<String, TreeMap<String, StratumResult>> cells = new TreeMap<>();
        by(StratifierDimension.FACILITY, time).ifPresent(s -> s.strata().forEach(st ->
                cells.computeIfAbsent(st.key().get(0), k -> new TreeMap<>()).put(st.key().get(1), st)));
        return cells;
    }

    /** Every time key of a dimension, overall or at any facility, in order ("unknown" last). */
    List<String> timeKeys(StratifierDimension time) {
        TreeSet<String> keys = new TreeSet<>(byTime(time).keySet());
        byFacilityAndTime(time).values().forEach(m -> keys.addAll(m.keySet()));
        boolean unknown = keys.remove("unknown");
        List<String> ordered = new ArrayList<>(keys);
        if (unknown) {
            ordered.add("unknown");
        }
        return ordered;
    }

    /** The time keys that overlap the measurement period: what a chart draws. */
    List<String> periodKeys(StratifierDimension time) {
        List<String> keys = new ArrayList<>();
        for (String key : timeKeys(time)) {
            if (inPeriod(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Whether a day, week or month overlaps the measurement period. Occurrences fall due after the last book-in
     * of the period (a stay that crosses the month's end), so a report holds later days too, sparsely.
     */
    boolean inPeriod(String key) {
        MeasurementPeriod period = report.stamp().period();
        Optional<LocalDate[]> span = HtmlText.day(key).map(d -> new LocalDate[] {d, d})
                .or(() -> HtmlText.week(key).map(d -> new LocalDate[] {d, d.plusDays(6)}))
                .or(() -> HtmlText.month(key).map(m -> new LocalDate[] {m.atDay(1), m.atEndOfMonth()}));
        if (span.isEmpty()) {
            return false;
        }
        LocalDate first = span.get()[0];
        LocalDate last = span.get()[1];
        return period.startInclusive().map(start -> !last.isBefore(start)).orElse(true)
                && period.endExclusive().map(first::isBefore).orElse(true);
    }

    /** The change in a value between two strata, in points for rates and in the unit for durations. */
    Optional<Double> change(StratumResult before, StratumResult after) {
        Optional<Double> a = value(before);
        Optional<Double> b = value(after);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(continuous() ? b.get() - a.get() : (b.get() - a.get()) * 100);
    }

    String changeUnit() {
        return continuous() ? unit() : "pts";
    }
}
