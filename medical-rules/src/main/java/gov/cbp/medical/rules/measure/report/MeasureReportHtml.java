package gov.cbp.medical.rules.measure.report;

import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.ImprovementNotation;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.StratifierDimension;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a {@link MeasureReport} as one self-contained HTML page for oversight analysts: no network access,
 * no script, styles inline, charts as inline SVG.
 *
 * <p>The page has the stamp (what the figures were computed with), an account of the input (what was
 * rejected and why), a summary table of every measure, and one section per measure with its definition and
 * cited requirements, its populations and status split, bar charts of the rate (or median and 90th
 * percentile) per facility and per month with the counts and denominators printed beside each bar, a
 * facility-by-month table, and every stratum of every stratifier in collapsible tables. Suppressed cells
 * read "suppressed".
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasureReportHtml {
    private static final String STYLE = String.join("\n",
            "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1b1f24;margin:0;background:#f6f7f9}",
            "main{max-width:1100px;margin:0 auto;padding:24px}",
            "header{background:#12355b;color:#fff;padding:20px 24px}header h1{margin:0 0 4px;font-size:22px}",
            "header p{margin:0;opacity:.9}",
            "section{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:16px 20px;margin:0 0 20px}",
            "h2{font-size:18px;margin:0 0 6px}h3{font-size:15px;margin:16px 0 6px}",
            "table{border-collapse:collapse;margin:6px 0 10px;font-variant-numeric:tabular-nums}",
            "th,td{border-bottom:1px solid #e3e6ea;padding:3px 8px;text-align:right;vertical-align:top}",
            "th:first-child,td:first-child{text-align:left}th{background:#f0f2f5;font-weight:600}",
            "td.l,th.l{text-align:left}.muted{color:#5b6570}.supp{color:#8a6d00;font-style:italic}",
            ".tag{display:inline-block;border:1px solid #c5ccd4;border-radius:10px;padding:0 7px;margin:0 4px 2px 0;font-size:12px;background:#f7f9fb}",
            ".warn{background:#fff6e0;border-color:#e8c46a}.grid td{text-align:center;min-width:64px}",
            "details{margin:8px 0}summary{cursor:pointer;font-weight:600}",
            "svg text{font:12px system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;fill:#1b1f24}",
            "nav a{margin-right:10px}a{color:#0b5cad}",
            "@media print{details{display:block}section{break-inside:avoid}}");
    private static final int CHART_WIDTH = 900;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 300;
    private static final int ROW = 22;

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
        StringBuilder html = new StringBuilder(64 * 1024);
        ReportStamp stamp = report.stamp();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>MQM report ").append(esc(stamp.period().toString())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
        html.append("<header><h1>Medical Quality Management report</h1><p>Period ")
                .append(esc(period(stamp))).append(" &middot; ")
                .append(count(report.input().episodesMeasured())).append(" custody episodes measured at ")
                .append(report.facilities().size()).append(" facilities &middot; generated ")
                .append(esc(stamp.generatedAt().toString())).append("</p></header>\n<main>\n");
        nav(html, report);
        about(html, report);
        ReportDigestsHtml.append(html, report);
        input(html, report.input());
        summary(html, report);
        for (MeasureResult measure : report.measures()) {
            measure(html, report, measure);
        }
        html.append("<section id=\"reading\"><h2>How to read this report</h2><ul>")
                .append("<li>A <b>proportion</b> is numerator / (denominator &minus; exclusions). Occurrences not yet due at ")
                .append("the evaluation instant are not judged; exempt ones (documented refusal, recorded exception) are excluded; ")
                .append("late, missing and unprovable acts count against the rate.</li>")
                .append("<li>A <b>continuous variable</b> shows the median and 90th percentile (nearest rank, whole units) of ")
                .append("the durations observed; n is the number observed, &ldquo;missing&rdquo; the members with no duration.</li>")
                .append("<li>Days and months are those of each facility&rsquo;s own time zone; the period selects episodes by ")
                .append("the local date of book-in.</li>")
                .append("<li>Cells with an initial population from 1 to ").append(Math.max(0, stamp.suppressionThreshold() - 1))
                .append(" are <span class=\"supp\">suppressed</span>, and one more cell per stratifier where needed so that a ")
                .append("suppressed cell cannot be recovered from the total.</li>")
                .append("<li>This page holds no personal data: no names, A-numbers, dates of birth, notes or episode ids.</li>")
                .append("</ul></section>\n");
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void nav(StringBuilder html, MeasureReport report) {
        html.append("<nav class=\"muted\"><a href=\"#about\">About</a><a href=\"#input\">Input</a>")
                .append("<a href=\"#summary\">Summary</a><a href=\"#reading\">How to read</a></nav>\n");
    }

    private static String period(ReportStamp stamp) {
        String start = stamp.period().startInclusive().map(Object::toString).orElse("the beginning");
        String end = stamp.period().endExclusive().map(d -> d.minusDays(1).toString()).orElse("the end");
        return start + " to " + end + " (facility local dates)";
    }

    private static void about(StringBuilder html, MeasureReport report) {
        ReportStamp stamp = report.stamp();
        html.append("<section id=\"about\"><h2>About these figures</h2><table>");
        row(html, "Library version", esc(stamp.libraryVersion()));
        row(html, "Generated at", esc(stamp.generatedAt().toString()));
        row(html, "Measurement period", esc(period(stamp)));
        row(html, "Evaluated as of", stamp.evaluatedFrom().map(from -> esc(from.toString())
                + (stamp.evaluatedTo().filter(to -> !to.equals(from)).map(to -> " to " + esc(to.toString())).orElse("")))
                .orElse("&mdash;"));
        row(html, "Records complete through", stamp.recordsThrough().map(at -> esc(at.toString())).orElse("&mdash;"));
        row(html, "Measure set", esc(stamp.measureSet().id() + " " + stamp.measureSet().version()));
        row(html, "Measures", stamp.measures().stream().map(r -> tag(r.id() + " " + r.version()))
                .collect(Collectors.joining()));
        row(html, "Standards (versions of the findings)", stamp.standards().isEmpty() ? "&mdash;"
                : stamp.standards().stream().map(r -> tag(r.id() + " " + r.version())).collect(Collectors.joining()));
        row(html, "Small-cell suppression", stamp.suppressionThreshold() <= 1 ? "none"
                : "initial populations of 1 to " + (stamp.suppressionThreshold() - 1) + " suppressed");
        row(html, "Report format", esc(stamp.reportFormat()));
        html.append("</table>");
        if (!report.facilities().isEmpty()) {
            html.append("<h3>Facilities</h3><table><tr><th>Facility</th><th class=\"l\">Name</th><th class=\"l\">Component</th>")
                    .append("<th class=\"l\">Sector / field office</th><th class=\"l\">Time zone</th></tr>");
            for (FacilityInfo facility : report.facilities()) {
                html.append("<tr><td>").append(esc(facility.facilityId())).append("</td><td class=\"l\">")
                        .append(esc(facility.name())).append(" (").append(esc(facility.unitTerm())).append(")</td><td class=\"l\">")
                        .append(esc(facility.component().code().toUpperCase(Locale.ROOT))).append("</td><td class=\"l\">")
                        .append(esc(facility.area())).append(" (").append(esc(facility.areaTerm())).append(")</td><td class=\"l\">")
                        .append(esc(facility.timeZone().getId())).append("</td></tr>");
            }
            html.append("</table>");
        }
        html.append("</section>\n");
    }

    private static void input(StringBuilder html, InputSummary input) {
        html.append("<section id=\"input\"><h2>Input</h2><table>");
        if (input.linesRead() > 0) {
            row(html, "Lines read", count(input.linesRead()));
        }
        row(html, "Episodes read", count(input.episodesRead()));
        row(html, "Episodes measured", count(input.episodesMeasured()));
        row(html, "Outside the period", count(input.episodesOutsidePeriod()));
        row(html, "Rejected (not measured)", count(input.episodesRejected()));
        row(html, "Measured despite validation errors", count(input.episodesMeasuredWithErrors())
                + " <span class=\"muted\">(policy: " + esc(input.invalidEpisodes()) + ")</span>");
        if (input.episodesWithUnreadEvents() > 0) {
            StringBuilder types = new StringBuilder();
            input.unreadEvents().forEach((type, n) -> types.append(types.length() == 0 ? "" : ", ").append(n).append(' ')
                    .append(type));
            row(html, "Measured with unread events", count(input.episodesWithUnreadEvents())
                    + " <span class=\"muted\">(" + esc(types.toString()) + ")</span>");
        }
        if (input.episodesNotEvaluated() > 0) {
            row(html, "Not evaluated (internal error on the episode)", count(input.episodesNotEvaluated()));
        }
        html.append("</table>");
        problems(html, "Rejected lines by problem", input.rejected());
        problems(html, "Episodes measured despite errors, by problem", input.measuredWithErrors());
        problems(html, "Episodes not evaluated, by problem", input.notEvaluated());
        html.append("</section>\n");
    }

    private static void problems(StringBuilder html, String title, List<ProblemTally> tallies) {
        if (tallies.isEmpty()) {
            return;
        }
        html.append("<h3>").append(esc(title)).append("</h3><table><tr><th>Problem code</th><th>Severity</th>")
                .append("<th>Lines</th><th class=\"l\">First lines</th></tr>");
        for (ProblemTally tally : tallies) {
            html.append("<tr><td><code>").append(esc(tally.code())).append("</code></td><td>")
                    .append(esc(tally.severity().code())).append("</td><td>").append(count(tally.episodes()))
                    .append("</td><td class=\"l\">").append(tally.firstLines().stream().map(String::valueOf)
                            .collect(Collectors.joining(", "))).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void summary(StringBuilder html, MeasureReport report) {
        html.append("<section id=\"summary\"><h2>Summary</h2><table><tr><th>Measure</th><th class=\"l\">Better</th>")
                .append("<th>Result</th><th>Numerator / denominator</th><th>Excluded</th><th class=\"l\">Lowest facility</th></tr>");
        for (MeasureResult measure : report.measures()) {
            StratumResult total = measure.total();
            html.append("<tr><td><a href=\"#").append(esc(measure.id())).append("\">").append(esc(measure.title()))
                    .append("</a><br><span class=\"muted\">").append(esc(measure.id())).append("</span></td><td class=\"l\">")
                    .append(better(measure)).append("</td><td>").append(headline(measure, total)).append("</td><td>")
                    .append(fraction(measure, total)).append("</td><td>")
                    .append(total.suppressed() ? "" : count(total.denominatorExclusion().orElse(0L)))
                    .append("</td><td class=\"l\">").append(worstFacility(report, measure)).append("</td></tr>");
        }
        html.append("</table></section>\n");
    }

    private static String worstFacility(MeasureReport report, MeasureResult measure) {
        Optional<StratifierResult> facilities = single(measure, StratifierDimension.FACILITY);
        if (facilities.isEmpty()) {
            return "";
        }
        StratumResult worst = null;
        boolean higherIsBetter = measure.improvementNotation() == ImprovementNotation.INCREASE;
        for (StratumResult stratum : facilities.get().strata()) {
            Optional<Double> value = value(measure, stratum);
            if (value.isEmpty()) {
                continue;
            }
            if (worst == null || (higherIsBetter ? value.get() < value(measure, worst).get()
                    : value.get() > value(measure, worst).get())) {
                worst = stratum;
            }
        }
        if (worst == null) {
            return "";
        }
        return esc(facilityLabel(report, worst.key().get(0))) + ": " + headline(measure, worst);
    }

    private static Optional<Double> value(MeasureResult measure, StratumResult stratum) {
        if (measure.scoring() == Scoring.CONTINUOUS_VARIABLE) {
            return stratum.observation().flatMap(ObservationSummary::median).map(Long::doubleValue);
        }
        return stratum.rate();
    }

    private static void measure(StringBuilder html, MeasureReport report, MeasureResult measure) {
        StratumResult total = measure.total();
        html.append("<section id=\"").append(esc(measure.id())).append("\"><h2>").append(esc(measure.title()))
                .append("</h2><p class=\"muted\">").append(esc(measure.id())).append(" version ").append(esc(measure.version()))
                .append(" &middot; ").append(esc(measure.scoring().code())).append(" over ")
                .append(measure.basis().code().equals("episode") ? "custody episodes" : "requirement occurrences (findings)")
                .append(" &middot; ").append(better(measure)).append("</p><p>").append(esc(measure.description()))
                .append("</p><p>Requirements measured: ")
                .append(measure.requirementIds().stream().map(MeasureReportHtml::tag).collect(Collectors.joining()))
                .append("</p>");
        html.append("<h3>Overall</h3>");
        populations(html, measure, total);
        statuses(html, total);
        Optional<StratifierResult> facilities = single(measure, StratifierDimension.FACILITY);
        facilities.ifPresent(s -> chart(html, report, measure, s, "By facility"));
        Optional<StratifierResult> months = single(measure, StratifierDimension.MONTH);
        months.ifPresent(s -> chart(html, report, measure, s, "By month (facility time)"));
        grid(html, report, measure);
        html.append("<details><summary>Every stratum (").append(measure.stratifiers().size())
                .append(" stratifiers)</summary>");
        for (StratifierResult stratifier : measure.stratifiers()) {
            html.append("<h3>").append(esc(stratifier.title())).append("</h3>");
            strata(html, report, measure, stratifier);
        }
        html.append("</details></section>\n");
    }

    private static void populations(StringBuilder html, MeasureResult measure, StratumResult stratum) {
        boolean continuous = measure.scoring() == Scoring.CONTINUOUS_VARIABLE;
        html.append("<table><tr><th>Initial population</th><th>")
                .append(continuous ? "Measure population" : "Denominator").append("</th><th>Excluded</th>");
        if (!continuous) {
            html.append("<th>Numerator</th><th>Numerator exclusions</th><th>Rate</th>");
        } else {
            html.append("<th>n observed</th><th>Missing</th><th>Min</th><th>Median</th><th>p90</th><th>Max</th><th>Mean</th>");
        }
        html.append("</tr><tr>");
        if (stratum.suppressed()) {
            html.append("<td colspan=\"").append(continuous ? 10 : 6).append("\" class=\"supp\">suppressed</td></tr></table>");
            return;
        }
        html.append("<td>").append(count(stratum.initialPopulation().orElse(0L))).append("</td><td>")
                .append(count(stratum.denominator().orElse(0L))).append("</td><td>")
                .append(count(stratum.denominatorExclusion().orElse(0L))).append("</td>");
        if (!continuous) {
            html.append("<td>").append(count(stratum.numerator().orElse(0L))).append("</td><td>")
                    .append(count(stratum.numeratorExclusion().orElse(0L))).append("</td><td><b>")
                    .append(stratum.rate().map(MeasureReportHtml::percent).orElse("&mdash;")).append("</b></td>");
        } else {
            String unit = unit(measure);
            ObservationSummary o = stratum.observation().orElseThrow();
            html.append("<td>").append(count(o.count())).append("</td><td>").append(count(o.missing())).append("</td><td>")
                    .append(o.min().map(v -> decimal(v) + " " + unit).orElse("&mdash;")).append("</td><td><b>")
                    .append(percentile(o.median(), o.medianAtOrAboveCap(), unit)).append("</b></td><td>")
                    .append(percentile(o.p90(), o.p90AtOrAboveCap(), unit)).append("</td><td>")
                    .append(o.max().map(v -> decimal(v) + " " + unit).orElse("&mdash;")).append("</td><td>")
                    .append(o.mean().map(v -> decimal(v) + " " + unit).orElse("&mdash;")).append("</td>");
        }
        html.append("</tr></table>");
    }

    private static void statuses(StringBuilder html, StratumResult stratum) {
        if (stratum.suppressed() || stratum.statusCounts().values().stream().allMatch(c -> c == 0)) {
            return;
        }
        html.append("<p class=\"muted\">Findings measured, by status: ");
        List<String> parts = new ArrayList<>();
        for (FindingStatus status : FindingStatus.values()) {
            long n = stratum.statusCounts().getOrDefault(status.code(), 0L);
            if (n > 0) {
                parts.add(esc(status.code()) + " " + count(n));
            }
        }
        html.append(String.join(" &middot; ", parts));
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

    private static void chart(StringBuilder html, MeasureReport report, MeasureResult measure,
            StratifierResult stratifier, String title) {
        List<StratumResult> strata = stratifier.strata();
        if (strata.isEmpty()) {
            return;
        }
        boolean continuous = measure.scoring() == Scoring.CONTINUOUS_VARIABLE;
        double scale = 1.0;
        if (continuous) {
            scale = 0;
            for (StratumResult s : strata) {
                scale = Math.max(scale, s.observation().flatMap(ObservationSummary::p90).orElse(0L));
            }
            scale = Math.max(scale, 1);
        } else {
            for (StratumResult s : strata) {
                scale = Math.max(scale, s.rate().orElse(0.0));
            }
        }
        int height = strata.size() * ROW + 30;
        String caption = title + ": " + (continuous ? "median (bar) and 90th percentile (tick), " + unit(measure)
                : "rate, with numerator / denominator");
        html.append("<h3>").append(esc(title)).append("</h3><svg role=\"img\" aria-label=\"").append(esc(caption))
                .append("\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>").append(esc(caption)).append("</title>");
        int x0 = LABEL_WIDTH;
        html.append("<line x1=\"").append(x0).append("\" y1=\"4\" x2=\"").append(x0).append("\" y2=\"")
                .append(height - 22).append("\" stroke=\"#9aa4ae\"/>");
        int y = 6;
        for (StratumResult stratum : strata) {
            String label = label(report, stratifier, stratum);
            html.append("<text x=\"").append(x0 - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(esc(shorten(label, 34))).append("</text>");
            if (stratum.suppressed()) {
                html.append("<text x=\"").append(x0 + 6).append("\" y=\"").append(y + 14)
                        .append("\" font-style=\"italic\" fill=\"#8a6d00\">suppressed</text>");
            } else if (continuous) {
                Optional<ObservationSummary> o = stratum.observation();
                long median = o.flatMap(ObservationSummary::median).orElse(-1L);
                long p90 = o.flatMap(ObservationSummary::p90).orElse(-1L);
                if (median >= 0) {
                    int w = (int) Math.round(BAR_WIDTH * median / scale);
                    int tick = x0 + (int) Math.round(BAR_WIDTH * p90 / scale);
                    html.append("<rect x=\"").append(x0).append("\" y=\"").append(y + 3).append("\" width=\"")
                            .append(Math.max(w, 1)).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                            .append("#4a78a8").append("\"><title>").append(esc(label)).append(": median ")
                            .append(median).append(", p90 ").append(p90).append(' ').append(esc(unit(measure)))
                            .append("</title></rect>");
                    html.append("<line x1=\"").append(tick).append("\" y1=\"").append(y + 1).append("\" x2=\"")
                            .append(tick).append("\" y2=\"").append(y + ROW - 3)
                            .append("\" stroke=\"#12355b\" stroke-width=\"2\"/>");
                }
                html.append("<text x=\"").append(x0 + BAR_WIDTH + 12).append("\" y=\"").append(y + 14).append("\">")
                        .append(esc(median >= 0 ? "median " + median + ", p90 " + p90 + " " + unit(measure) : "no observation"))
                        .append(esc(" (n=" + count(o.map(ObservationSummary::count).orElse(0L)) + ")")).append("</text>");
            } else {
                Optional<Double> rate = stratum.rate();
                if (rate.isPresent()) {
                    int w = (int) Math.round(BAR_WIDTH * rate.get() / scale);
                    html.append("<rect x=\"").append(x0).append("\" y=\"").append(y + 3).append("\" width=\"")
                            .append(Math.max(w, 1)).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                            .append(rate.get() >= 0.9 ? "#3b7d4f" : rate.get() >= 0.7 ? "#c38b1d" : "#b3412f")
                            .append("\"><title>").append(esc(label)).append(": ").append(percent(rate.get())).append(" (")
                            .append(fractionText(stratum)).append(")</title></rect>");
                }
                html.append("<text x=\"").append(x0 + BAR_WIDTH + 12).append("\" y=\"").append(y + 14).append("\">")
                        .append(rate.map(MeasureReportHtml::percent).orElse("no denominator")).append(" (")
                        .append(fractionText(stratum)).append(")</text>");
            }
            y += ROW;
        }
        html.append("<text x=\"").append(x0).append("\" y=\"").append(height - 6).append("\" class=\"muted\">")
                .append(continuous ? "0" : "0%").append("</text><text x=\"").append(x0 + BAR_WIDTH)
                .append("\" y=\"").append(height - 6).append("\" text-anchor=\"end\">")
                .append(continuous ? (long) scale + " " + esc(unit(measure)) : percent(scale)).append("</text>");
        html.append("</svg>");
    }

    private static void grid(StringBuilder html, MeasureReport report, MeasureResult measure) {
        Optional<StratifierResult> grid = measure.stratifiers().stream()
                .filter(s -> s.dimensions().equals(List.of(StratifierDimension.FACILITY, StratifierDimension.MONTH)))
                .findFirst();
        if (grid.isEmpty() || grid.get().strata().isEmpty()) {
            return;
        }
        TreeSet<String> months = new TreeSet<>();
        Map<String, Map<String, StratumResult>> cells = new LinkedHashMap<>();
        for (StratumResult stratum : grid.get().strata()) {
            months.add(stratum.key().get(1));
            cells.computeIfAbsent(stratum.key().get(0), k -> new LinkedHashMap<>()).put(stratum.key().get(1), stratum);
        }
        if (months.size() < 2) {
            return;
        }
        html.append("<h3>Facility by month</h3><table class=\"grid\"><tr><th>Facility</th>");
        months.forEach(m -> html.append("<th>").append(esc(m)).append("</th>"));
        html.append("</tr>");
        for (Map.Entry<String, Map<String, StratumResult>> row : cells.entrySet()) {
            html.append("<tr><td>").append(esc(facilityLabel(report, row.getKey()))).append("</td>");
            for (String month : months) {
                StratumResult cell = row.getValue().get(month);
                html.append("<td>").append(cell == null ? "<span class=\"muted\">&ndash;</span>"
                        : cell.suppressed() ? "<span class=\"supp\">suppressed</span>" : headline(measure, cell)
                                + "<br><span class=\"muted\">" + fraction(measure, cell) + "</span>").append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private static void strata(StringBuilder html, MeasureReport report, MeasureResult measure,
            StratifierResult stratifier) {
        boolean continuous = measure.scoring() == Scoring.CONTINUOUS_VARIABLE;
        html.append("<table><tr><th>").append(esc(stratifier.dimensions().stream().map(StratifierDimension::code)
                .collect(Collectors.joining(" / ")))).append("</th><th>Initial population</th><th>")
                .append(continuous ? "Measure population" : "Denominator").append("</th><th>Excluded</th>");
        html.append(continuous ? "<th>n</th><th>Median</th><th>p90</th><th>Max</th>" : "<th>Numerator</th><th>Rate</th>");
        html.append("</tr>");
        for (StratumResult stratum : stratifier.strata()) {
            html.append("<tr><td>").append(esc(label(report, stratifier, stratum))).append("</td>");
            if (stratum.suppressed()) {
                html.append("<td colspan=\"").append(continuous ? 7 : 5).append("\" class=\"supp\">suppressed</td></tr>");
                continue;
            }
            html.append("<td>").append(count(stratum.initialPopulation().orElse(0L))).append("</td><td>")
                    .append(count(stratum.denominator().orElse(0L))).append("</td><td>")
                    .append(count(stratum.denominatorExclusion().orElse(0L))).append("</td>");
            if (continuous) {
                ObservationSummary o = stratum.observation().orElseThrow();
                String unit = unit(measure);
                html.append("<td>").append(count(o.count())).append("</td><td>")
                        .append(percentile(o.median(), o.medianAtOrAboveCap(), unit)).append("</td><td>")
                        .append(percentile(o.p90(), o.p90AtOrAboveCap(), unit)).append("</td><td>")
                        .append(o.max().map(v -> decimal(v) + " " + unit).orElse("&mdash;")).append("</td>");
            } else {
                html.append("<td>").append(count(stratum.netNumerator().orElse(0L))).append("</td><td>")
                        .append(stratum.rate().map(MeasureReportHtml::percent).orElse("&mdash;")).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private static Optional<StratifierResult> single(MeasureResult measure, StratifierDimension dimension) {
        return measure.stratifiers().stream().filter(s -> s.dimensions().equals(List.of(dimension))).findFirst();
    }

    private static String label(MeasureReport report, StratifierResult stratifier, StratumResult stratum) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < stratum.key().size(); i++) {
            String value = stratum.key().get(i);
            parts.add(stratifier.dimensions().get(i) == StratifierDimension.FACILITY ? facilityLabel(report, value) : value);
        }
        return String.join(" / ", parts);
    }

    private static String facilityLabel(MeasureReport report, String facilityId) {
        return report.facility(facilityId).map(f -> facilityId + " \u00b7 " + f.name()).orElse(facilityId);
    }

    private static String headline(MeasureResult measure, StratumResult stratum) {
        if (stratum.suppressed()) {
            return "<span class=\"supp\">suppressed</span>";
        }
        if (measure.scoring() == Scoring.CONTINUOUS_VARIABLE) {
            ObservationSummary o = stratum.observation().orElseThrow();
            if (o.count() == 0) {
                return "no observation";
            }
            return "median " + percentile(o.median(), o.medianAtOrAboveCap(), unit(measure)) + "<br>p90 "
                    + percentile(o.p90(), o.p90AtOrAboveCap(), unit(measure));
        }
        return stratum.rate().map(MeasureReportHtml::percent).orElse("&mdash;");
    }

    private static String fraction(MeasureResult measure, StratumResult stratum) {
        if (stratum.suppressed()) {
            return "";
        }
        if (measure.scoring() == Scoring.CONTINUOUS_VARIABLE) {
            ObservationSummary o = stratum.observation().orElseThrow();
            return "n=" + count(o.count()) + (o.missing() > 0 ? ", " + count(o.missing()) + " missing" : "");
        }
        return fractionText(stratum);
    }

    private static String fractionText(StratumResult stratum) {
        return count(stratum.netNumerator().orElse(0L)) + " / " + count(stratum.netDenominator().orElse(0L));
    }

    private static String better(MeasureResult measure) {
        return measure.improvementNotation() == ImprovementNotation.INCREASE ? "higher is better" : "lower is better";
    }

    private static String unit(MeasureResult measure) {
        return measure.unit().map(u -> u.code()).orElse("");
    }

    private static String percentile(Optional<Long> value, boolean atOrAboveCap, String unit) {
        return value.map(v -> (atOrAboveCap ? "&ge; " : "") + count(v) + " " + unit).orElse("&mdash;");
    }

    private static void row(StringBuilder html, String name, String valueHtml) {
        html.append("<tr><th class=\"l\">").append(esc(name)).append("</th><td class=\"l\">").append(valueHtml)
                .append("</td></tr>");
    }

    private static String tag(String text) {
        return "<span class=\"tag\">" + esc(text) + "</span>";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
