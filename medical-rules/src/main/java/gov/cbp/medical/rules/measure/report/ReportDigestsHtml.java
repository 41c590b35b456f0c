package gov.cbp.medical.rules.measure.report;

/**
 * The HTML block of a report's digests: one separate section, so that the page's layout can change around it.
 * Digests are hexadecimal and names are the library's own, so nothing here needs escaping beyond what the
 * values are checked to be.
 */
final class ReportDigestsHtml {
    private ReportDigestsHtml() {}

    static void append(StringBuilder html, MeasureReport report) {
        if (report.digests().isEmpty()) {
            return;
        }
        ReportDigests d = report.digests().get();
        html.append("<section id=\"digests\"><h2>Digests</h2><p>")
                .append(hex(d.algorithm())).append(" over the canonical form ").append(hex(d.canonicalForm()))
                .append("; <code>cbp-medical verify</code> recomputes them from a file of episodes.</p><dl>")
                .append("<dt>Input (").append(d.inputEpisodes()).append(" episodes measured)</dt><dd><code>")
                .append(hex(d.input())).append("</code></dd>")
                .append("<dt>Standards</dt><dd><code>").append(d.standards().map(ReportDigestsHtml::hex).orElse("&mdash;"))
                .append("</code></dd>")
                .append("<dt>Measure set</dt><dd><code>").append(hex(d.measureSet())).append("</code></dd></dl></section>\n");
    }

    /** Keeps only the characters a digest or a form name has. */
    private static String hex(String value) {
        return value.replaceAll("[^A-Za-z0-9./-]", "");
    }
}
