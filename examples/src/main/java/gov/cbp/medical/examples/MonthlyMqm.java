package gov.cbp.medical.examples;

import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportCsv;
import gov.cbp.medical.rules.measure.report.MeasureReportHtml;
import gov.cbp.medical.rules.measure.report.MeasureResult;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Runs the Medical Quality Management measures over a month of synthetic episodes and writes the HTML and CSV
 * reports.
 *
 * <p>Arguments: the output directory (default: {@code monthly-mqm}).
 */
public final class MonthlyMqm {
    private MonthlyMqm() {}

    /**
     * Runs the example.
     *
     * @param args [output-directory]
     * @throws IOException if a report cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "monthly-mqm");
        YearMonth month = YearMonth.of(2025, 3);
        Instant asOf = Instant.parse("2025-04-15T00:00:00Z"); // every stay in March has ended by then
        EpisodeGenerator generator = EpisodeGenerator.of(GeneratorSettings.builder().seed(42).facilities(2)
                .startDate(month.atDay(1)).days(month.lengthOfMonth()).arrivalsPerFacilityPerDay(3).build());
        // but the generated records end with March, at each facility's local midnight: what falls due after the
        // earliest of those is not judged missed
        Instant recordsThrough = generator.facilities().stream()
                .map(f -> month.plusMonths(1).atDay(1).atStartOfDay(f.timeZone()).toInstant())
                .min(Instant::compareTo).orElse(asOf);
        MeasureSet measures = MeasureSetReader.baseline();
        // Only the requirements the measures reference are evaluated: the same report, sooner.
        Evaluator evaluator = Evaluator.of(Catalogue.baseline()).restrictedTo(measures.requirementIds());
        MeasureEngine engine = MeasureEngine.builder()
                .measureSet(measures)
                .evaluator(episode -> evaluator.evaluate(episode, asOf, recordsThrough))
                .period(MeasurementPeriod.ofMonth(month))
                .build();
        MeasureReport report = engine.run(generator.episodes()).report(ReportSettings.of(asOf));

        Files.createDirectories(out);
        try (Writer html = Files.newBufferedWriter(out.resolve("mqm-report.html"), StandardCharsets.UTF_8);
                Writer csv = Files.newBufferedWriter(out.resolve("mqm-report.csv"), StandardCharsets.UTF_8)) {
            MeasureReportHtml.write(report, html);
            MeasureReportCsv.write(report, csv);
        }
        System.out.println(report.input().episodesMeasured() + " episodes measured for " + month + "; reports in " + out);
        for (MeasureResult measure : report.measures()) {
            String rate = measure.total().rate().map(r -> String.format(java.util.Locale.ROOT, "%5.1f%%", 100 * r)).orElse("    -");
            System.out.println("  " + rate + "  " + measure.id() + "  " + measure.title());
        }
    }
}
