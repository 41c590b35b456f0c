package gov.cbp.medical.rules.measure.report;

import static gov.cbp.medical.rules.measure.report.HtmlText.count;
import static gov.cbp.medical.rules.measure.report.HtmlText.esc;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.model.json.MedicalJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report's account of itself: what the figures were computed with (the stamp, including any property a
 * newer report carries that this writer has no dedicated place for, such as digests), what was read and
 * rejected, the facilities and their time zones, and how to read the figures.
 */
final class ReportDetails {
    private static final Set<String> STAMP_LAID_OUT = Set.of("reportFormat", "libraryVersion", "generatedAt", "period",
            "evaluatedFrom", "evaluatedTo", "recordsThrough", "measureSet", "measures", "standards", "suppressionThreshold");
    private static final Set<String> INPUT_LAID_OUT = Set.of("linesRead", "episodesRead", "episodesMeasured",
            "episodesOutsidePeriod", "episodesRejected", "episodesMeasuredWithErrors", "invalidEpisodes", "rejected",
            "measuredWithErrors");
    private static final Set<String> REPORT_LAID_OUT = Set.of("stamp", "input", "facilities", "measures", "digests");

    private ReportDetails() {}

    /** The properties of a value this writer does not lay out itself, in their JSON order. */
    static Map<String, JsonNode> extras(Object value, Set<String> laidOut) {
        JsonNode tree = MedicalJson.mapper().valueToTree(value);
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!laidOut.contains(field.getKey()) && !field.getValue().isNull()) {
                extras.put(field.getKey(), field.getValue());
            }
        }
        return extras;
    }

    /** The stamp's instants this writer does not know by name (such as "records complete through"), for the header. */
    static Map<String, String> extraInstants(MeasureReport report) {
        Map<String, String> instants = new LinkedHashMap<>();
        extras(report.stamp(), STAMP_LAID_OUT).forEach((name, node) -> {
            if (node.isTextual()) {
                HtmlText.parseInstant(node.asText()).ifPresent(i -> instants.put(HtmlText.words(name), HtmlText.instant(i)));
            }
        });
        return instants;
    }

    static void write(StringBuilder html, MeasureReport report) {
        html.append("<div class=\"part\" id=\"details\">");
        about(html, report);
        ReportDigestsHtml.append(html, report);
        input(html, report.input());
        reading(html, report);
        html.append("</div>\n");
    }

    private static void about(StringBuilder html, MeasureReport report) {
        ReportStamp stamp = report.stamp();
        html.append("<section id=\"about\" aria-labelledby=\"about-h\"><h2 id=\"about-h\">About these figures</h2><table><tbody>");
        row(html, "Library version", esc(stamp.libraryVersion()));
        row(html, "Generated at", HtmlText.instant(stamp.generatedAt()));
        row(html, "Measurement period", esc(MeasureReportHtml.period(stamp)));
        row(html, "Evaluated as of", stamp.evaluatedFrom().map(from -> HtmlText.instant(from)
                + stamp.evaluatedTo().filter(to -> !to.equals(from)).map(to -> " to " + HtmlText.instant(to)).orElse(""))
                .orElse("&mdash;"));
        row(html, "Records complete through", stamp.recordsThrough().map(HtmlText::instant).orElse("&mdash;"));
        row(html, "Measure set", esc(stamp.measureSet().id() + " " + stamp.measureSet().version()));
        row(html, "Measures", stamp.measures().stream().map(r -> tag(r.id() + " " + r.version())).collect(Collectors.joining()));
        row(html, "Standards (versions of the findings)", stamp.standards().isEmpty() ? "&mdash;"
                : stamp.standards().stream().map(r -> tag(r.id() + " " + r.version())).collect(Collectors.joining()));
        row(html, "Small-cell suppression", stamp.suppressionThreshold() <= 1 ? "none"
                : "initial populations of 1 to " + (stamp.suppressionThreshold() - 1) + " suppressed");
        row(html, "Report format", esc(stamp.reportFormat()));
        extras(stamp, STAMP_LAID_OUT).forEach((name, node) -> row(html, HtmlText.words(name), json(node)));
        extras(MeasureReport.builder().from(report).measures(List.of()).build(), REPORT_LAID_OUT).forEach((name, node) -> row(html, HtmlText.words(name), json(node)));
        html.append("</tbody></table>");
        if (!report.facilities().isEmpty()) {
            html.append("<h3>Facilities</h3><div class=\"wrap\" role=\"region\" aria-label=\"Facility list\" tabindex=\"0\"><table>")
                    .append("<thead><tr><th scope=\"col\" class=\"l\">Facility</th><th scope=\"col\" class=\"l\">Name</th>")
                    .append("<th scope=\"col\" class=\"l\">Component</th><th scope=\"col\" class=\"l\">Sector / field office</th>")
                    .append("<th scope=\"col\" class=\"l\">Time zone</th></tr></thead><tbody>");
            for (FacilityInfo facility : report.facilities()) {
                html.append("<tr><th scope=\"row\">").append(esc(facility.facilityId())).append("</th><td class=\"l\">")
                        .append(esc(facility.name())).append(" (").append(esc(facility.unitTerm())).append(")</td><td class=\"l\">")
                        .append(esc(facility.component().code().toUpperCase(Locale.ROOT))).append("</td><td class=\"l\">")
                        .append(esc(facility.area())).append(" (").append(esc(facility.areaTerm())).append(")</td><td class=\"l\">")
                        .append(esc(facility.timeZone().getId())).append("</td></tr>");
            }
            html.append("</tbody></table></div>");
        }
        html.append("</section>\n");
    }

    private static void input(StringBuilder html, InputSummary input) {
        html.append("<section id=\"input\" aria-labelledby=\"input-h\"><h2 id=\"input-h\">Input</h2><table><tbody>");
        if (input.linesRead() > 0) {
            row(html, "Lines read", count(input.linesRead()));
        }
        row(html, "Episodes read", count(input.episodesRead()));
        row(html, "Episodes measured", count(input.episodesMeasured()));
        row(html, "Outside the period", count(input.episodesOutsidePeriod()));
        row(html, "Rejected (not measured)", count(input.episodesRejected()));
        row(html, "Measured despite validation errors", count(input.episodesMeasuredWithErrors())
                + " <span class=\"muted\">(policy: " + esc(input.invalidEpisodes()) + ")</span>");
        extras(input, INPUT_LAID_OUT).forEach((name, node) -> row(html, HtmlText.words(name), json(node)));
        html.append("</tbody></table>");
        problems(html, "Rejected lines by problem", input.rejected());
        problems(html, "Episodes measured despite errors, by problem", input.measuredWithErrors());
        html.append("</section>\n");
    }

    private static void problems(StringBuilder html, String title, List<ProblemTally> tallies) {
        if (tallies.isEmpty()) {
            return;
        }
        html.append("<h3>").append(esc(title)).append("</h3><div class=\"wrap\" role=\"region\" aria-label=\"")
                .append(esc(title)).append("\" tabindex=\"0\"><table><thead><tr><th scope=\"col\" class=\"l\">Problem code</th>")
                .append("<th scope=\"col\">Severity</th><th scope=\"col\">Lines</th><th scope=\"col\" class=\"l\">First lines</th>")
                .append("</tr></thead><tbody>");
        for (ProblemTally tally : tallies) {
            html.append("<tr><th scope=\"row\"><code>").append(esc(tally.code())).append("</code></th><td>")
                    .append(esc(tally.severity().code())).append("</td><td>").append(count(tally.episodes()))
                    .append("</td><td class=\"l\">").append(tally.firstLines().stream().map(String::valueOf)
                            .collect(Collectors.joining(", "))).append("</td></tr>");
        }
        html.append("</tbody></table></div>");
    }

    private static void reading(StringBuilder html, MeasureReport report) {
        int threshold = report.stamp().suppressionThreshold();
        html.append("<section id=\"reading\" aria-labelledby=\"reading-h\"><h2 id=\"reading-h\">How to read this report</h2><ul>")
                .append("<li>A <b>proportion</b> is numerator / (denominator &minus; exclusions). Occurrences not yet due at ")
                .append("the evaluation instant are not judged; exempt ones (documented refusal, recorded exception) are excluded; ")
                .append("late, missing and unprovable acts count against the rate.</li>")
                .append("<li>A <b>continuous variable</b> shows the median and 90th percentile (nearest rank, whole units) of ")
                .append("the durations observed; n is the number observed.</li>")
                .append("<li><b>Bands</b>: a proportion is good at or above its target (without one, 90%), fair within 10 points ")
                .append("below it (without one, 70% to 90%), poor further below; a duration is rated only against a target ")
                .append("(good at or under it, fair up to half as long again). Each band has a mark as well as a colour: ")
                .append("&#10003; good, ! fair, &#10007; poor.</li>")
                .append("<li>Days, weeks and months are local dates in each facility&rsquo;s own time zone; the period selects ")
                .append("episodes by the local date of book-in. Instants are given to the second in UTC.</li>")
                .append("<li>Cells with an initial population from 1 to ").append(Math.max(0, threshold - 1))
                .append(" are suppressed (&ldquo;fewer than ").append(threshold).append("&rdquo;), and one more cell per ")
                .append("stratifier where needed so that a suppressed cell cannot be recovered from the total (&ldquo;hides a ")
                .append("small cell&rdquo;).</li>")
                .append("<li>This page holds no personal data: no names, A-numbers, dates of birth, notes or episode ids.</li>")
                .append("</ul></section>\n");
    }

    /** Any JSON value as HTML: instants to the second, lists as tags, objects as nested terms. */
    static String json(JsonNode node) {
        if (node.isTextual()) {
            return HtmlText.parseInstant(node.asText()).map(HtmlText::instant)
                    .orElseGet(() -> node.asText().length() > 40 && !node.asText().contains(" ")
                            ? "<code>" + esc(node.asText()) + "</code>" : esc(node.asText()));
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "yes" : "no";
        }
        if (node.isValueNode()) {
            return esc(node.asText());
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            boolean scalar = true;
            for (JsonNode item : node) {
                scalar &= item.isValueNode();
                items.add(json(item));
            }
            if (scalar) {
                return items.stream().map(i -> "<span class=\"tag\">" + i + "</span>").collect(Collectors.joining());
            }
            return items.stream().map(i -> "<div>" + i + "</div>").collect(Collectors.joining());
        }
        StringBuilder dl = new StringBuilder("<dl class=\"meta\">");
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!node.get(name).isNull()) {
                dl.append("<dt>").append(esc(HtmlText.words(name))).append("</dt><dd>").append(json(node.get(name))).append("</dd>");
            }
        }
        return dl.append("</dl>").toString();
    }

    private static void row(StringBuilder html, String name, String valueHtml) {
        html.append("<tr><th scope=\"row\">").append(esc(name)).append("</th><td class=\"l\">").append(valueHtml)
                .append("</td></tr>");
    }

    private static String tag(String text) {
        return "<span class=\"tag\">" + esc(text) + "</span>";
    }
}
