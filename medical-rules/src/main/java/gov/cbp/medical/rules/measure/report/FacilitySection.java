package gov.cbp.medical.rules.measure.report;

import static gov.cbp.medical.rules.measure.report.HtmlText.anchor;
import static gov.cbp.medical.rules.measure.report.HtmlText.esc;

import gov.cbp.medical.rules.measure.StratifierDimension;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One section per facility that a station or port chief can be sent: the facility's every measure beside all
 * facilities, and its weeks. Each starts on a new printed page, and opening its address (ending in
 * {@code #f-<id>}) prints that facility alone.
 */
final class FacilitySection {
    private FacilitySection() {}

    /** A facility as a label: its id and name, or the id alone when the report does not describe it. */
    static String label(MeasureReport report, String facilityId) {
        return report.facility(facilityId).map(f -> facilityId + " \u00b7 " + f.name()).orElse(facilityId);
    }

    static void write(StringBuilder html, MeasureReport report, List<MeasureView> views) {
        if (report.facilities().isEmpty()) {
            return;
        }
        html.append("<div class=\"part\" id=\"facilities\"><section aria-labelledby=\"facilities-h\"><h2 id=\"facilities-h\">")
                .append("Facilities</h2><p>One section per facility, each printed on its own pages. To print one facility ")
                .append("alone, open its link below (the page address then ends in <code>#f-</code> and its id) and print.</p><ul>");
        for (FacilityInfo facility : report.facilities()) {
            html.append("<li><a href=\"#").append(anchor("f-", facility.facilityId())).append("\">")
                    .append(esc(label(report, facility.facilityId()))).append("</a></li>");
        }
        html.append("</ul></section>");
        for (FacilityInfo facility : report.facilities()) {
            section(html, report, facility, views);
        }
        html.append("</div>\n");
    }

    private static void section(StringBuilder html, MeasureReport report, FacilityInfo facility, List<MeasureView> views) {
        String id = anchor("f-", facility.facilityId());
        html.append("<section class=\"facility\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">")
                .append("<h2 id=\"").append(id).append("-h\">").append(esc(label(report, facility.facilityId()))).append("</h2>")
                .append("<p>").append(esc(facility.component().code().toUpperCase(Locale.ROOT))).append(' ')
                .append(esc(facility.unitTerm())).append(" in ").append(esc(facility.areaTerm())).append(' ')
                .append(esc(facility.area())).append(" &middot; time zone <b>").append(esc(facility.timeZone().getId()))
                .append("</b>: its days and weeks are local dates there &middot; period ")
                .append(esc(MeasureReportHtml.period(report.stamp()))).append(".</p>");
        html.append("<h3>Every measure at ").append(esc(facility.facilityId())).append("</h3><div class=\"wrap\" role=\"region\" ")
                .append("aria-label=\"Measures at ").append(esc(facility.facilityId())).append("\" tabindex=\"0\"><table class=\"score\">")
                .append("<thead><tr><th scope=\"col\" class=\"l\">Measure</th><th scope=\"col\">")
                .append(esc(facility.facilityId())).append("</th><th scope=\"col\">All facilities</th><th scope=\"col\">")
                .append("Rank among facilities</th></tr></thead><tbody>");
        for (MeasureView view : views) {
            Map<String, StratumResult> cells = view.byFacility();
            StratumResult mine = cells.get(facility.facilityId());
            html.append("<tr><th scope=\"row\"><a href=\"#").append(anchor("m-", view.measure.id())).append("\">")
                    .append(esc(view.measure.title())).append("</a><span class=\"d\">").append(view.better()).append("</span></th>")
                    .append(Scorecard.cell(view, mine, false, facility.facilityId()))
                    .append(Scorecard.cell(view, view.measure.total(), false, "All facilities"))
                    .append("<td data-label=\"Rank\">").append(rank(view, cells, facility.facilityId())).append("</td></tr>");
        }
        html.append("</tbody></table></div>");
        weeks(html, facility, views);
        html.append("</section>\n");
    }

    private static String rank(MeasureView view, Map<String, StratumResult> cells, String facilityId) {
        StratumResult mine = cells.get(facilityId);
        if (mine == null || view.value(mine).isEmpty()) {
            return "&ndash;";
        }
        double value = view.value(mine).get();
        int better = 0;
        int valued = 0;
        for (StratumResult cell : cells.values()) {
            if (view.value(cell).isPresent()) {
                valued++;
                double other = view.value(cell).get();
                better += (view.higherIsBetter() ? other > value : other < value) ? 1 : 0;
            }
        }
        return (better + 1) + " of " + valued;
    }

    private static void weeks(StringBuilder html, FacilityInfo facility, List<MeasureView> views) {
        TreeSet<String> weeks = new TreeSet<>();
        for (MeasureView view : views) {
            TreeMap<String, StratumResult> mine = view.byFacilityAndTime(StratifierDimension.WEEK).get(facility.facilityId());
            if (mine != null) {
                weeks.addAll(mine.keySet());
            }
        }
        weeks.removeIf(week -> !views.get(0).inPeriod(week));
        if (weeks.isEmpty()) {
            return;
        }
        html.append("<h3>By week at ").append(esc(facility.facilityId())).append("</h3><div class=\"wrap\" role=\"region\" ")
                .append("aria-label=\"Weeks at ").append(esc(facility.facilityId())).append("\" tabindex=\"0\"><table class=\"score\">")
                .append("<thead><tr><th scope=\"col\" class=\"l\">Measure</th>");
        for (String week : weeks) {
            html.append("<th scope=\"col\">").append(esc(HtmlText.shortTimeKey(week))).append("<span class=\"d\">")
                    .append(esc(week.substring(5))).append("</span></th>");
        }
        html.append("</tr></thead><tbody>");
        for (MeasureView view : views) {
            TreeMap<String, StratumResult> mine = view.byFacilityAndTime(StratifierDimension.WEEK)
                    .getOrDefault(facility.facilityId(), new TreeMap<>());
            html.append("<tr><th scope=\"row\">").append(esc(view.measure.title())).append("</th>");
            for (String week : weeks) {
                html.append(Scorecard.cell(view, mine.get(week), false, HtmlText.shortTimeKey(week)));
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div><p class=\"muted\">Weeks begin on Monday, local date at ")
                .append(esc(facility.facilityId())).append("; the first and last may be partial weeks of the period.</p>");
    }
}
