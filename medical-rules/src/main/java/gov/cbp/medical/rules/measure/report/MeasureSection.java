package gov.cbp.medical.rules.measure.report;

import static gov.cbp.medical.rules.measure.report.HtmlText.anchor;
import static gov.cbp.medical.rules.measure.report.HtmlText.count;
import static gov.cbp.medical.rules.measure.report.HtmlText.decimal;
import static gov.cbp.medical.rules.measure.report.HtmlText.esc;

import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.StratifierDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One section per measure: what it is, its overall populations, its trend by week per facility (chart and
 * table), by day on demand, and every stratum of its other stratifiers on demand. What is on demand on screen
 * is printed in full.
 */
final class MeasureSection {
    /** Stratifiers shown by the week and day views, so not repeated among the other strata. */
    private static final Set<List<StratifierDimension>> SHOWN = Set.of(
            List.of(StratifierDimension.FACILITY), List.of(StratifierDimension.WEEK), List.of(StratifierDimension.DAY),
            List.of(StratifierDimension.FACILITY, StratifierDimension.WEEK),
            List.of(StratifierDimension.FACILITY, StratifierDimension.DAY));

    private MeasureSection() {}

    static void write(StringBuilder html, MeasureView view) {
        MeasureResult measure = view.measure;
        String id = anchor("m-", measure.id());
        html.append("<section class=\"measure\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">")
                .append("<h3 id=\"").append(id).append("-h\">").append(esc(measure.title())).append("</h3>")
                .append("<p class=\"muted\">").append(esc(measure.id())).append(" version ").append(esc(measure.version()))
                .append(" &middot; ").append(esc(measure.scoring().code())).append(" over ")
                .append(measure.basis().code().equals("episode") ? "custody episodes" : "requirement occurrences (findings)")
                .append(" &middot; ").append(view.better()).append("</p><p>").append(esc(measure.description())).append("</p>")
                .append("<p>Requirements measured: ")
                .append(measure.requirementIds().stream().map(r -> "<span class=\"tag\">" + esc(r) + "</span>")
                        .collect(Collectors.joining()))
                .append("</p>");
        if (!view.extras.isEmpty()) {
            html.append("<dl class=\"meta\">");
            view.extras.forEach((name, node) -> html.append("<dt>").append(esc(HtmlText.words(name))).append("</dt><dd>")
                    .append(ReportDetails.json(node)).append("</dd>"));
            html.append("</dl>");
        }
        populations(html, view, measure.total());
        html.append("<h4>By week</h4>");
        TrendChart.figure(html, view, StratifierDimension.WEEK, id + "-week");
        table(html, view, StratifierDimension.WEEK, "Values by week");
        if (!view.periodKeys(StratifierDimension.DAY).isEmpty()) {
            StringBuilder day = new StringBuilder();
            TrendChart.figure(day, view, StratifierDimension.DAY, id + "-day");
            table(day, view, StratifierDimension.DAY, "Values by day");
            onDemand(html, "By day", day.toString(), id + "-show-day");
        }
        StringBuilder strata = new StringBuilder();
        int shown = 0;
        for (StratifierResult stratifier : measure.stratifiers()) {
            if (SHOWN.contains(stratifier.dimensions())) {
                continue;
            }
            shown++;
            strata.append("<h4>").append(esc(stratifier.title())).append("</h4>");
            strata(strata, view, stratifier);
        }
        if (shown > 0) {
            onDemand(html, "Every other stratum (" + shown + " stratifiers)", strata.toString(), id + "-show-strata");
        }
        html.append("</section>\n");
    }

    /**
     * Content shown on demand on screen and always on paper. A closed {@code <details>} prints closed, so the
     * disclosure is a labelled checkbox whose state CSS reads: one copy of the content, no script, and the
     * print stylesheet shows it whatever the box's state.
     */
    static void onDemand(StringBuilder html, String summary, String content, String id) {
        html.append("<div class=\"demand\"><input type=\"checkbox\" class=\"toggle\" id=\"").append(id)
                .append("\"><label for=\"").append(id).append("\">").append(esc(summary)).append("</label>")
                .append("<div class=\"shown\">").append(content).append("</div></div>");
    }

    private static void populations(StringBuilder html, MeasureView view, StratumResult stratum) {
        html.append("<h4>Over the period</h4>");
        if (stratum.suppressed()) {
            html.append("<p>Suppressed: ").append(esc(view.suppressionWhy(stratum))).append(".</p>");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Initial population", count(stratum.initialPopulation().orElse(0L))});
        rows.add(new String[] {view.continuous() ? "Measure population" : "Denominator", count(stratum.denominator().orElse(0L))});
        rows.add(new String[] {"Excluded", count(stratum.denominatorExclusion().orElse(0L))});
        if (view.continuous()) {
            String unit = " " + esc(view.unit());
            stratum.observation().ifPresent(o -> {
                rows.add(new String[] {"Durations observed", count(o.count())});
                rows.add(new String[] {"Members with no duration yet", count(o.missing())});
                rows.add(new String[] {"Shortest", o.min().map(v -> decimal(v) + unit).orElse("&mdash;")});
                rows.add(new String[] {"Median", "<b>" + percentile(o.median(), o.medianAtOrAboveCap(), unit) + "</b>"});
                rows.add(new String[] {"90th percentile", percentile(o.p90(), o.p90AtOrAboveCap(), unit)});
                rows.add(new String[] {"Longest", o.max().map(v -> decimal(v) + unit).orElse("&mdash;")});
                rows.add(new String[] {"Mean", o.mean().map(v -> decimal(v) + unit).orElse("&mdash;")});
            });
        } else {
            rows.add(new String[] {"Numerator", count(stratum.numerator().orElse(0L))});
            rows.add(new String[] {"Numerator exclusions", count(stratum.numeratorExclusion().orElse(0L))});
            rows.add(new String[] {"Rate", "<b>" + stratum.rate().map(HtmlText::percent).orElse("&mdash;") + "</b>"});
        }
        html.append("<table><tbody>");
        for (String[] row : rows) {
            html.append("<tr><th scope=\"row\">").append(row[0]).append("</th><td>").append(row[1]).append("</td></tr>");
        }
        html.append("</tbody></table>");
        statuses(html, stratum);
    }

    private static String percentile(Optional<Long> value, boolean atOrAboveCap, String unit) {
        return value.map(v -> (atOrAboveCap ? "&ge; " : "") + count(v) + unit).orElse("&mdash;");
    }

    private static void statuses(StringBuilder html, StratumResult stratum) {
        if (stratum.statusCounts().values().stream().allMatch(c -> c == 0)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (FindingStatus status : FindingStatus.values()) {
            long n = stratum.statusCounts().getOrDefault(status.code(), 0L);
            if (n > 0) {
                parts.add(esc(status.code()) + " " + count(n));
            }
        }
        html.append("<p class=\"muted\">Findings measured, by status: ").append(String.join(" &middot; ", parts));
        long interpreted = stratum.findingsOnInterpretation().orElse(0L);
        if (interpreted > 0) {
            html.append(" &middot; resting on an interpreted number (provenance I): ").append(count(interpreted));
        }
        long estimated = stratum.findingsOnEstimatedAge().orElse(0L);
        if (estimated > 0) {
            html.append(" &middot; on an estimated age: ").append(count(estimated));
        }
        html.append("</p>");
    }

    /** A table of a time dimension: one row per time key, all facilities then each facility. */
    private static void table(StringBuilder html, MeasureView view, StratifierDimension time, String caption) {
        List<String> keys = view.timeKeys(time);
        if (keys.isEmpty()) {
            return;
        }
        TreeMap<String, StratumResult> overall = view.byTime(time);
        Map<String, TreeMap<String, StratumResult>> facilities = view.byFacilityAndTime(time);
        html.append("<div class=\"wrap\" role=\"region\" aria-label=\"").append(esc(view.measure.title())).append(": ")
                .append(esc(caption.toLowerCase(java.util.Locale.ROOT))).append("\" tabindex=\"0\"><table class=\"score\"><caption class=\"sr\">")
                .append(esc(caption)).append("</caption><thead><tr><th scope=\"col\" class=\"l\">")
                .append(time == StratifierDimension.WEEK ? "Week" : "Day").append("</th><th scope=\"col\">All facilities</th>");
        for (String facility : facilities.keySet()) {
            html.append("<th scope=\"col\">").append(esc(facility)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (String key : keys) {
            html.append("<tr><th scope=\"row\">").append(esc(HtmlText.timeKey(key)))
                    .append(view.inPeriod(key) ? "" : " <span class=\"d\">(after the period: occurrences of its stays)</span>")
                    .append("</th>")
                    .append(Scorecard.cell(view, overall.get(key), false, "All facilities"));
            for (Map.Entry<String, TreeMap<String, StratumResult>> cells : facilities.entrySet()) {
                html.append(Scorecard.cell(view, cells.getValue().get(key), false, cells.getKey()));
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
    }

    private static void strata(StringBuilder html, MeasureView view, StratifierResult stratifier) {
        boolean continuous = view.continuous();
        html.append("<div class=\"wrap\" role=\"region\" aria-label=\"").append(esc(view.measure.title())).append(" by ")
                .append(esc(stratifier.title())).append("\" tabindex=\"0\"><table><thead><tr><th scope=\"col\" class=\"l\">")
                .append(esc(stratifier.title())).append("</th><th scope=\"col\">Initial population</th><th scope=\"col\">")
                .append(continuous ? "Measure population" : "Denominator").append("</th><th scope=\"col\">Excluded</th>")
                .append(continuous ? "<th scope=\"col\">n</th><th scope=\"col\">Median</th><th scope=\"col\">p90</th>"
                        : "<th scope=\"col\">Numerator</th><th scope=\"col\">Rate</th>")
                .append("</tr></thead><tbody>");
        for (StratumResult stratum : stratifier.strata()) {
            html.append("<tr><th scope=\"row\">").append(esc(label(view.report, stratifier, stratum))).append("</th>");
            if (stratum.suppressed()) {
                html.append("<td colspan=\"").append(continuous ? 6 : 5).append("\" class=\"supp\">suppressed: ")
                        .append(esc(view.suppressionWhy(stratum))).append("</td></tr>");
                continue;
            }
            html.append("<td>").append(count(stratum.initialPopulation().orElse(0L))).append("</td><td>")
                    .append(count(stratum.denominator().orElse(0L))).append("</td><td>")
                    .append(count(stratum.denominatorExclusion().orElse(0L))).append("</td>");
            if (continuous) {
                String unit = " " + esc(view.unit());
                Optional<ObservationSummary> o = stratum.observation();
                html.append("<td>").append(count(o.map(ObservationSummary::count).orElse(0L))).append("</td><td>")
                        .append(o.map(s -> percentile(s.median(), s.medianAtOrAboveCap(), unit)).orElse("&mdash;"))
                        .append("</td><td>").append(o.map(s -> percentile(s.p90(), s.p90AtOrAboveCap(), unit)).orElse("&mdash;"))
                        .append("</td>");
            } else {
                html.append("<td>").append(count(stratum.netNumerator().orElse(0L))).append("</td><td>")
                        .append(stratum.rate().map(HtmlText::percent).orElse("&mdash;")).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
    }

    private static String label(MeasureReport report, StratifierResult stratifier, StratumResult stratum) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < stratum.key().size(); i++) {
            String value = stratum.key().get(i);
            StratifierDimension dimension = stratifier.dimensions().get(i);
            parts.add(dimension == StratifierDimension.FACILITY ? FacilitySection.label(report, value)
                    : dimension == StratifierDimension.MONTH || dimension == StratifierDimension.WEEK
                            || dimension == StratifierDimension.DAY ? HtmlText.timeKey(value) : value);
        }
        return String.join(" / ", parts);
    }
}
