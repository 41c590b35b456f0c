package gov.cbp.medical.rules.measure.report;

import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.StratifierDimension;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a {@link MeasureReport} as CSV (RFC 4180): one row per measure &times; stratum, the total of each
 * measure first (stratifier {@code total}, empty stratum).
 *
 * <p>The file starts with comment lines beginning with {@code #} that carry the stamp (library, measure set
 * and standard versions, period, the instant the records are complete through, generation instant, suppression
 * threshold) and the digests of the input, the standards and the measure set ({@link ReportDigests}), then one
 * header row. The
 * columns are listed in {@link #COLUMNS}. A suppressed row has {@code suppressed=true} and empty counts.
 * Numbers use a dot as decimal separator and no grouping; rates have up to 6 decimals.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasureReportCsv {
    /** The column names, in order. */
    public static final List<String> COLUMNS = columns();

    private MeasureReportCsv() {}

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("measure_id", "measure_version", "scoring", "basis",
                "improvement", "stratifier", "dimensions", "stratum", "suppressed", "initial_population",
                "denominator", "denominator_exclusion", "numerator", "numerator_exclusion", "rate", "unit",
                "observations", "observations_missing", "min", "median", "p90", "max", "mean", "at_or_above_cap"));
        for (FindingStatus status : FindingStatus.values()) {
            columns.add("findings_" + status.code().replace('-', '_'));
        }
        columns.add("findings_on_interpretation");
        columns.add("findings_on_estimated_age");
        return List.copyOf(columns);
    }

    /**
     * Writes a report; the writer is flushed, not closed.
     *
     * @param report the report, not null
     * @param out the writer, not null
     * @throws IOException if writing fails
     */
    public static void write(MeasureReport report, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        ReportStamp stamp = report.stamp();
        out.write("# cbp-medical MQM report, format " + stamp.reportFormat() + "\r\n");
        out.write("# library_version: " + stamp.libraryVersion() + "\r\n");
        out.write("# generated_at: " + stamp.generatedAt() + "\r\n");
        out.write("# period: " + stamp.period() + " (facility-local dates)\r\n");
        if (stamp.recordsThrough().isPresent()) {
            out.write("# records_through: " + stamp.recordsThrough().get() + "\r\n");
        }
        out.write("# measure_set: " + stamp.measureSet().id() + " " + stamp.measureSet().version() + "\r\n");
        out.write("# measures: " + refs(stamp.measures()) + "\r\n");
        out.write("# standards: " + refs(stamp.standards()) + "\r\n");
        out.write("# suppression_threshold: " + stamp.suppressionThreshold() + "\r\n");
        if (report.digests().isPresent()) {
            ReportDigests digests = report.digests().get();
            out.write("# digest_canonical_form: " + digests.canonicalForm() + " " + digests.algorithm() + "\r\n");
            out.write("# digest_input: " + digests.input() + " (" + digests.inputEpisodes() + " episodes)\r\n");
            out.write("# digest_standards: " + digests.standards().orElse("") + "\r\n");
            out.write("# digest_measure_set: " + digests.measureSet() + "\r\n");
        }
        out.write(String.join(",", COLUMNS) + "\r\n");
        for (MeasureResult measure : report.measures()) {
            row(out, measure, "total", "", measure.total());
            for (StratifierResult stratifier : measure.stratifiers()) {
                String dimensions = stratifier.dimensions().stream().map(StratifierDimension::code)
                        .collect(Collectors.joining("|"));
                for (StratumResult stratum : stratifier.strata()) {
                    row(out, measure, stratifier.id(), dimensions, stratum);
                }
            }
        }
        out.flush();
    }

    private static String refs(List<VersionRef> refs) {
        return refs.stream().map(r -> r.id() + "@" + r.version()).collect(Collectors.joining(" "));
    }

    private static void row(Writer out, MeasureResult measure, String stratifier, String dimensions,
            StratumResult stratum) throws IOException {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(measure.id());
        cells.add(measure.version());
        cells.add(measure.scoring().code());
        cells.add(measure.basis().code());
        cells.add(measure.improvementNotation().code());
        cells.add(stratifier);
        cells.add(dimensions);
        cells.add(String.join("|", stratum.key()));
        cells.add(Boolean.toString(stratum.suppressed()));
        cells.add(number(stratum.initialPopulation()));
        cells.add(number(stratum.denominator()));
        cells.add(number(stratum.denominatorExclusion()));
        cells.add(number(stratum.numerator()));
        cells.add(number(stratum.numeratorExclusion()));
        cells.add(stratum.rate().map(r -> String.format(Locale.ROOT, "%.6f", r)).orElse(""));
        Optional<ObservationSummary> observation = stratum.observation();
        cells.add(measure.unit().map(u -> u.code()).orElse(""));
        cells.add(observation.map(o -> Long.toString(o.count())).orElse(""));
        cells.add(observation.map(o -> Long.toString(o.missing())).orElse(""));
        cells.add(observation.flatMap(ObservationSummary::min).map(MeasureReportCsv::decimal).orElse(""));
        cells.add(observation.flatMap(ObservationSummary::median).map(String::valueOf).orElse(""));
        cells.add(observation.flatMap(ObservationSummary::p90).map(String::valueOf).orElse(""));
        cells.add(observation.flatMap(ObservationSummary::max).map(MeasureReportCsv::decimal).orElse(""));
        cells.add(observation.flatMap(ObservationSummary::mean).map(MeasureReportCsv::decimal).orElse(""));
        cells.add(observation.map(o -> Long.toString(o.atOrAboveCap())).orElse(""));
        for (FindingStatus status : FindingStatus.values()) {
            Long count = stratum.statusCounts().get(status.code());
            cells.add(count == null ? "" : count.toString());
        }
        cells.add(number(stratum.findingsOnInterpretation()));
        cells.add(number(stratum.findingsOnEstimatedAge()));
        out.write(cells.stream().map(MeasureReportCsv::quote).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    private static String number(Optional<Long> value) {
        return value.map(String::valueOf).orElse("");
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
