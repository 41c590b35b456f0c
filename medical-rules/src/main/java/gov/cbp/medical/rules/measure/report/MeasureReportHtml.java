package gov.cbp.medical.rules.measure.report;

import static gov.cbp.medical.rules.measure.report.HtmlText.anchor;
import static gov.cbp.medical.rules.measure.report.HtmlText.count;
import static gov.cbp.medical.rules.measure.report.HtmlText.esc;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link MeasureReport} as one self-contained HTML page for quality and oversight staff: no network
 * access, no script, the stylesheet inline, charts as inline SVG.
 *
 * <p>The first screen answers "how are we doing, and where is it worst?": headline facts, the facility cells
 * furthest short of their level, and a scorecard of every measure at every facility (colour, mark and value,
 * suppressed cells with their reason, the change from the previous month when the report holds one). Then one
 * section per measure with its trend by week per facility (by day on demand), one section per facility that
 * prints alone, and the report's account of itself (stamp, input, how to read).
 *
 * <p>The writer renders whatever the report value holds, with no case per measure: a property of a measure
 * result, of the stamp or of the input that it has no dedicated place for is shown by name; a measure's
 * property named like a target or threshold draws a reference line and sets the bands (see
 * {@code docs/decisions.md}). Days and weeks are the facilities' local dates; instants are shown to the second,
 * in UTC. Printing loses nothing: what is behind a disclosure on screen is printed in full.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasureReportHtml {
    private MeasureReportHtml() {}

    /**
     * Writes a report as HTML; the writer is flushed, not closed.
     *
     * @param report the report, not null
     * @param out the writer, not null
     * @throws IOException if writing fails
     */
    public static void write(MeasureReport report, Writer out) throws IOException {
        out.write(toHtml(report));
        out.flush();
    }

    /**
     * The report as an HTML page.
     *
     * @param report the report, not null
     * @return the page, not null
     */
    public static String toHtml(MeasureReport report) {
        Objects.requireNonNull(report, "report");
        List<MeasureView> views = new ArrayList<>();
        for (MeasureResult measure : report.measures()) {
            views.add(new MeasureView(report, measure));
        }
        StringBuilder html = new StringBuilder(256 * 1024);
        ReportStamp stamp = report.stamp();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>MQM report ").append(esc(periodName(stamp))).append("</title>\n")
                .append("<style>\n").append(ReportStyles.CSS).append("\n</style>\n</head>\n<body>\n");
        html.append("<header class=\"top\"><h1>Medical Quality Management report</h1><p><b>")
                .append(esc(periodName(stamp))).append("</b> &middot; ").append(count(report.input().episodesMeasured()))
                .append(" custody episodes measured at ").append(report.facilities().size()).append(" facilities</p><p>")
                .append("Evaluated as of ").append(stamp.evaluatedTo().map(HtmlText::instant).orElse("&mdash;"));
        stamp.recordsThrough().ifPresent(at -> html.append(" &middot; records complete through ").append(HtmlText.instant(at)));
        ReportDetails.extraInstants(report).forEach((name, value) -> html.append(" &middot; ").append(esc(name)).append(' ')
                .append(value));
        html.append(" &middot; generated ").append(HtmlText.instant(stamp.generatedAt())).append("</p></header>\n");
        html.append("<nav class=\"toc\" aria-label=\"Contents\"><a href=\"#summary\">Scorecard</a><a href=\"#trends\">Trends</a>")
                .append("<a href=\"#facilities\">Facilities</a><a href=\"#about\">About</a>" + (report.digests().isPresent() ? "<a href=\"#digests\">Digests</a>" : "") + "<a href=\"#input\">Input</a>")
                .append("<a href=\"#reading\">How to read</a></nav>\n<main>\n");
        Scorecard.write(html, report, views);
        html.append("<div class=\"part\" id=\"trends\"><section aria-labelledby=\"trends-h\"><h2 id=\"trends-h\">Trends</h2>")
                .append("<p>For each measure, the rate (or for durations the median and 90th percentile) by week at each ")
                .append("facility, with its target or threshold where the measure has one; by day on demand. ");
        html.append("Measures: ");
        for (int i = 0; i < views.size(); i++) {
            MeasureResult m = views.get(i).measure;
            html.append(i == 0 ? "" : ", ").append("<a href=\"#").append(anchor("m-", m.id())).append("\">")
                    .append(esc(m.title())).append("</a>");
        }
        html.append(".</p></section>");
        for (MeasureView view : views) {
            MeasureSection.write(html, view);
        }
        html.append("</div>\n");
        FacilitySection.write(html, report, views);
        ReportDetails.write(html, report);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The period in words: a whole month by its name, else its first and last local dates. */
    static String periodName(ReportStamp stamp) {
        Optional<LocalDate> start = stamp.period().startInclusive();
        Optional<LocalDate> end = stamp.period().endExclusive();
        if (start.isPresent() && end.isPresent() && start.get().getDayOfMonth() == 1
                && start.get().plusMonths(1).equals(end.get())) {
            return HtmlText.monthName(YearMonth.from(start.get()));
        }
        return period(stamp);
    }

    static String period(ReportStamp stamp) {
        String start = stamp.period().startInclusive().map(Object::toString).orElse("the beginning");
        String end = stamp.period().endExclusive().map(d -> d.minusDays(1).toString()).orElse("the end");
        return start + " to " + end + " (facility local dates)";
    }
}
