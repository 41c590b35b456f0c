package gov.cbp.medical.rules.measure.report;

import static gov.cbp.medical.rules.measure.report.HtmlText.anchor;
import static gov.cbp.medical.rules.measure.report.HtmlText.count;
import static gov.cbp.medical.rules.measure.report.HtmlText.esc;

import gov.cbp.medical.rules.measure.StratifierDimension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report's first screen: how are we doing, and where is it worst. Headline facts, the facility cells
 * furthest short of their level, and the scorecard of measures by facility (colour with a mark and a word,
 * the value and its counts, suppressed cells with their reason), with the change from the previous month
 * when the report holds more than one.
 */
final class Scorecard {
    private static final int ATTENTION = 3;

    private Scorecard() {}

    /** The months compared: the last two months with figures, if the report holds two. */
    static Optional<String[]> comparedMonths(List<MeasureView> views) {
        TreeMap<String, Boolean> months = new TreeMap<>();
        for (MeasureView view : views) {
            view.byTime(StratifierDimension.MONTH).forEach((k, s) -> {
                if (view.inPeriod(k) && view.value(s).isPresent()) {
                    months.put(k, true);
                }
            });
        }
        if (months.size() < 2) {
            return Optional.empty();
        }
        String last = months.lastKey();
        return Optional.of(new String[] {months.lowerKey(last), last});
    }

    static void write(StringBuilder html, MeasureReport report, List<MeasureView> views) {
        Optional<String[]> compared = comparedMonths(views);
        html.append("<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">How are we doing, and where is it worst?</h2>");
        facts(html, report, views, compared);
        attention(html, report, views);
        html.append("<h3 id=\"scorecard-h\">Scorecard: every measure at every facility</h3>");
        legend(html, report);
        html.append("<div class=\"wrap\" role=\"region\" aria-labelledby=\"scorecard-h\" tabindex=\"0\"><table class=\"score\">")
                .append("<caption class=\"sr\">Each row is a measure, each column a facility; a cell gives the value for the period, ")
                .append("its counts and its band.</caption><thead><tr><th scope=\"col\" class=\"l\">Measure</th>")
                .append("<th scope=\"col\">All facilities</th>");
        compared.ifPresent(m -> html.append("<th scope=\"col\">").append(esc(HtmlText.timeKey(m[1]))).append(" vs ")
                .append(esc(HtmlText.timeKey(m[0]))).append("</th>"));
        html.append("<th scope=\"col\" class=\"spark\">By week</th>");
        for (FacilityInfo facility : report.facilities()) {
            html.append("<th scope=\"col\"><a href=\"#").append(anchor("f-", facility.facilityId())).append("\">")
                    .append(esc(facility.facilityId())).append("</a><span class=\"d\">").append(esc(facility.name()))
                    .append("</span></th>");
        }
        html.append("</tr></thead><tbody>");
        for (MeasureView view : views) {
            row(html, report, view, compared);
        }
        html.append("</tbody></table></div>");
        html.append("<p class=\"muted\">Values are for the whole period. Days, weeks and months are local dates in each ")
                .append("facility&rsquo;s own time zone. Select a measure for its trend, a facility for its own page.</p>");
        html.append("</section>\n");
    }

    private static void facts(StringBuilder html, MeasureReport report, List<MeasureView> views, Optional<String[]> compared) {
        long poor = 0;
        long rated = 0;
        for (MeasureView view : views) {
            for (StratumResult cell : view.byFacility().values()) {
                MeasureView.Band band = view.band(cell);
                poor += band == MeasureView.Band.POOR ? 1 : 0;
                rated += band == MeasureView.Band.UNRATED ? 0 : 1;
            }
        }
        html.append("<ul class=\"facts\"><li><b>").append(count(report.input().episodesMeasured()))
                .append("</b> custody episodes</li><li><b>").append(report.facilities().size())
                .append("</b> facilities</li><li><b>").append(views.size()).append("</b> measures</li><li><b>")
                .append(poor).append("</b> of ").append(rated).append(" rated facility cells poor</li>");
        html.append("<li>").append(compared.map(m -> "Change: " + esc(HtmlText.timeKey(m[1])) + " against "
                + esc(HtmlText.timeKey(m[0])))
                .orElse("No earlier month in the input to compare with")).append("</li></ul>");
    }

    private static void attention(StringBuilder html, MeasureReport report, List<MeasureView> views) {
        List<Object[]> cells = new ArrayList<>();
        for (MeasureView view : views) {
            for (Map.Entry<String, StratumResult> cell : view.byFacility().entrySet()) {
                double shortfall = view.shortfall(cell.getValue());
                if (shortfall > 0 && view.band(cell.getValue()) == MeasureView.Band.POOR) {
                    cells.add(new Object[] {view, cell.getKey(), cell.getValue(), shortfall});
                }
            }
        }
        cells.sort(Comparator.comparingDouble((Object[] c) -> -(double) c[3]));
        html.append("<h3>Furthest short of their level</h3>");
        if (cells.isEmpty()) {
            html.append("<p>No facility is well short of a level on any rated measure.</p>");
            return;
        }
        html.append("<ol class=\"attention\">");
        for (Object[] c : cells.subList(0, Math.min(ATTENTION, cells.size()))) {
            MeasureView view = (MeasureView) c[0];
            StratumResult stratum = (StratumResult) c[2];
            html.append("<li><a href=\"#").append(anchor("m-", view.measure.id())).append("\">")
                    .append(esc(view.measure.title())).append("</a> at <b>").append(esc((String) c[1])).append("</b>: ")
                    .append(esc(view.plain(stratum))).append("; all facilities ")
                    .append(view.valueHtml(view.measure.total())).append("</li>");
        }
        html.append("</ol>");
        if (cells.size() > ATTENTION) {
            html.append("<p class=\"muted\">").append(cells.size() - ATTENTION)
                    .append(" more poor cells are marked &#10007; in the scorecard.</p>");
        }
    }

    static void legend(StringBuilder html, MeasureReport report) {
        html.append("<ul class=\"legend\" aria-label=\"Legend\">");
        for (MeasureView.Band band : MeasureView.Band.values()) {
            html.append("<li><span class=\"sw ").append(band.css).append("\" aria-hidden=\"true\">").append(mark(band))
                    .append("</span>").append(esc(legendText(band))).append("</li>");
        }
        html.append("<li><span class=\"sw worst\" aria-hidden=\"true\"></span>outlined: worst facility of the row</li>");
        int threshold = report.stamp().suppressionThreshold();
        html.append("<li><span class=\"sw supp\" aria-hidden=\"true\"></span><i>suppressed</i>: ")
                .append(threshold > 1 ? "fewer than " + threshold + ", or hiding such a cell" : "withheld")
                .append("</li></ul>");
    }

    private static String legendText(MeasureView.Band band) {
        switch (band) {
            case GOOD:
                return "good: meets the target (no target: 90%+)";
            case FAIR:
                return "fair: within 10 points (70\u201390%)";
            case POOR:
                return "poor: further short";
            default:
                return "not rated (duration without target, no data)";
        }
    }

    static String mark(MeasureView.Band band) {
        switch (band) {
            case GOOD:
                return "\u2713";
            case FAIR:
                return "!";
            case POOR:
                return "\u2717";
            default:
                return "";
        }
    }

    /**
     * A table cell for one stratum of a measure, coloured by its band, with a mark and the band in words; the
     * label names its column where a phone shows the cells of a row as cards.
     */
    static String cell(MeasureView view, StratumResult stratum, boolean worst, String label) {
        String data = " data-label=\"" + esc(label) + "\"";
        if (stratum == null) {
            return "<td class=\"unrated\"" + data + "><span class=\"v\">&ndash;</span><span class=\"sr\">no data</span></td>";
        }
        if (stratum.suppressed()) {
            return "<td class=\"supp\"" + data + "><span class=\"v\">suppressed</span><span class=\"d\">"
                    + esc(view.suppressionWhy(stratum)) + "</span></td>";
        }
        MeasureView.Band band = view.band(stratum);
        String mark = mark(band);
        return "<td class=\"" + band.css + (worst ? " worst" : "") + "\"" + data + " title=\"" + esc(view.plain(stratum)) + "\">"
                + "<span class=\"v\">" + (mark.isEmpty() ? "" : "<span class=\"mk\" aria-hidden=\"true\">" + mark + "</span>")
                + view.valueHtml(stratum) + "</span><span class=\"d\">" + view.detailHtml(stratum) + "</span>"
                + "<span class=\"sr\">" + (band == MeasureView.Band.UNRATED ? "" : ", " + band.words)
                + (worst ? ", worst facility" : "") + "</span></td>";
    }

    private static void row(StringBuilder html, MeasureReport report, MeasureView view, Optional<String[]> compared) {
        MeasureResult measure = view.measure;
        html.append("<tr><th scope=\"row\"><a href=\"#").append(anchor("m-", measure.id())).append("\">")
                .append(esc(measure.title())).append("</a><span class=\"d\">").append(esc(measure.id())).append(" &middot; ")
                .append(view.better()).append("</span></th>");
        html.append(cell(view, measure.total(), false, "All facilities"));
        compared.ifPresent(m -> html.append("<td data-label=\"Change\">").append(change(view, m)).append("</td>"));
        html.append("<td class=\"spark\">").append(TrendChart.spark(view)).append("</td>");
        Map<String, StratumResult> cells = view.byFacility();
        String worst = worst(view, cells);
        for (FacilityInfo facility : report.facilities()) {
            html.append(cell(view, cells.get(facility.facilityId()), facility.facilityId().equals(worst), facility.facilityId()));
        }
        html.append("</tr>");
    }

    /** The facility with the worst value of a row, when at least two have one. */
    static String worst(MeasureView view, Map<String, StratumResult> cells) {
        String worst = null;
        double value = 0;
        int valued = 0;
        for (Map.Entry<String, StratumResult> cell : cells.entrySet()) {
            Optional<Double> v = view.value(cell.getValue());
            if (v.isEmpty()) {
                continue;
            }
            valued++;
            if (worst == null || (view.higherIsBetter() ? v.get() < value : v.get() > value)) {
                worst = cell.getKey();
                value = v.get();
            }
        }
        return valued >= 2 && worstDiffers(view, cells, value) ? worst : null;
    }

    private static boolean worstDiffers(MeasureView view, Map<String, StratumResult> cells, double worst) {
        return cells.values().stream().map(view::value).anyMatch(v -> v.isPresent() && v.get() != worst);
    }

    static String change(MeasureView view, String[] months) {
        TreeMap<String, StratumResult> byMonth = view.byTime(StratifierDimension.MONTH);
        StratumResult before = byMonth.get(months[0]);
        StratumResult after = byMonth.get(months[1]);
        if (before == null || after == null) {
            return "&ndash;";
        }
        Optional<Double> delta = view.change(before, after);
        if (delta.isEmpty()) {
            return before.suppressed() || after.suppressed() ? "suppressed" : "&ndash;";
        }
        double d = delta.get();
        boolean better = view.higherIsBetter() ? d > 0 : d < 0;
        String word = Math.abs(d) < 0.05 ? "no change" : better ? "better" : "worse";
        return "<span class=\"v\">" + HtmlText.signed(d, view.changeUnit()) + "</span><span class=\"d\">" + word + "</span>";
    }
}
