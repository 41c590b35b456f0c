package gov.cbp.medical.rules.measure.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gov.cbp.medical.model.json.MedicalJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes and reads a {@link MeasureReport} as JSON: the documented, stable machine-readable form (format
 * {@value ReportStamp#FORMAT}; see {@code docs/measures.md}).
 *
 * <p>Properties are written in a fixed order; instants are RFC 3339 text; codes are the enums' wire codes;
 * absent values (suppressed counts, undefined rates) are omitted. Reading accepts what writing produces.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasureReportJson {
    private static final ObjectMapper MAPPER = MedicalJson.mapper().copy()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private MeasureReportJson() {}

    /**
     * Writes a report; the stream is flushed, not closed.
     *
     * @param report the report, not null
     * @param out the stream to write UTF-8 JSON to, not null
     * @throws IOException if writing fails
     */
    public static void write(MeasureReport report, OutputStream out) throws IOException {
        MAPPER.writeValue(Objects.requireNonNull(out, "out"), Objects.requireNonNull(report, "report"));
        out.flush();
    }

    /**
     * The report as JSON text.
     *
     * @param report the report, not null
     * @return the text, not null
     */
    public static String toJson(MeasureReport report) {
        try {
            return MAPPER.writeValueAsString(Objects.requireNonNull(report, "report"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }

    /**
     * Reads a report written by {@link #write}; the stream is not closed.
     *
     * @param in the UTF-8 JSON, not null
     * @return the report, not null
     * @throws IOException if reading fails or the JSON is not a report
     */
    public static MeasureReport read(InputStream in) throws IOException {
        return MAPPER.readerFor(MeasureReport.class)
                .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .readValue(Objects.requireNonNull(in, "in"));
    }
}
