package gov.cbp.medical.beam.measure;

import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;

/** A coder of {@link MeasureReport}s as their JSON document, the report's own exchange form. */
public final class MeasureReportCoder extends AtomicCoder<MeasureReport> {
    private static final long serialVersionUID = 1L;
    private static final MeasureReportCoder INSTANCE = new MeasureReportCoder();

    private MeasureReportCoder() {}

    /** @return the coder */
    public static MeasureReportCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(MeasureReport value, OutputStream out) throws IOException {
        ByteArrayCoder.of().encode(MeasureReportJson.toJson(value).getBytes(StandardCharsets.UTF_8), out);
    }

    @Override
    public MeasureReport decode(InputStream in) throws IOException {
        return MeasureReportJson.read(new ByteArrayInputStream(ByteArrayCoder.of().decode(in)));
    }

    @Override
    public void verifyDeterministic() {
        // the report's JSON has a fixed property order
    }
}
