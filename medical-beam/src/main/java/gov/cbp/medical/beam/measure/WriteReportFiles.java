package gov.cbp.medical.beam.measure;

import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportCsv;
import gov.cbp.medical.rules.measure.report.MeasureReportHtml;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes a report as the command line's three files, {@value #JSON}, {@value #CSV} and {@value #HTML}, with
 * the library's report writers, into a directory of any Beam file system. Outputs the files' resource ids.
 * A report with a fixed generation instant gives the same bytes as {@code cbp-medical mqm}.
 */
public final class WriteReportFiles extends PTransform<PCollection<MeasureReport>, PCollection<String>> {
    private static final long serialVersionUID = 1L;
    /** The JSON report's file name. */
    public static final String JSON = "mqm-report.json";
    /** The CSV report's file name. */
    public static final String CSV = "mqm-report.csv";
    /** The HTML report's file name. */
    public static final String HTML = "mqm-report.html";
    private final String directory;

    private WriteReportFiles(String directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * Writes into a directory.
     *
     * @param directory the directory, for example {@code gs://bucket/mqm/2025-03/} or {@code /tmp/mqm}
     * @return the transform, not null
     */
    public static WriteReportFiles to(String directory) {
        return new WriteReportFiles(directory);
    }

    @Override
    public PCollection<String> expand(PCollection<MeasureReport> reports) {
        return reports.apply("Write files", ParDo.of(new Write(directory))).setCoder(StringUtf8Coder.of());
    }

    /** Writes one report's files. */
    static final class Write extends DoFn<MeasureReport, String> {
        private static final long serialVersionUID = 1L;
        private final String directory;

        Write(String directory) {
            this.directory = directory;
        }

        @ProcessElement
        public void process(@Element MeasureReport report, OutputReceiver<String> out) throws IOException {
            ResourceId dir = FileSystems.matchNewResource(directory, true);
            for (String name : List.of(JSON, CSV, HTML)) {
                ResourceId file = dir.resolve(name, StandardResolveOptions.RESOLVE_FILE);
                String mime = name.equals(JSON) ? MimeTypes.TEXT : "text/" + name.substring(name.lastIndexOf('.') + 1);
                try (OutputStream stream = Channels.newOutputStream(FileSystems.create(file, mime))) {
                    write(report, name, stream);
                }
                out.output(file.toString());
            }
        }
    }

    /**
     * Writes one of the three files to a stream, as the command line writes it.
     *
     * @param report the report, not null
     * @param name {@link #JSON}, {@link #CSV} or {@link #HTML}
     * @param stream the stream, not closed
     * @throws IOException if writing fails
     */
    public static void write(MeasureReport report, String name, OutputStream stream) throws IOException {
        if (name.equals(JSON)) {
            MeasureReportJson.write(report, stream);
            return;
        }
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        if (name.equals(CSV)) {
            MeasureReportCsv.write(report, writer);
        } else if (name.equals(HTML)) {
            MeasureReportHtml.write(report, writer);
        } else {
            throw new IllegalArgumentException("not a report file name");
        }
        writer.flush();
    }
}
