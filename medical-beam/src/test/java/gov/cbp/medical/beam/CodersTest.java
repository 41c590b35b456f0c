package gov.cbp.medical.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.beam.measure.MeasureReportCoder;
import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.beam.read.SourceLineCoder;
import gov.cbp.medical.beam.validate.DeadLetter;
import gov.cbp.medical.beam.validate.DeadLetterCoder;
import gov.cbp.medical.model.validation.JsonLine;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

/** Every coder round-trips to an equal value with the same bytes, is deterministic, and survives Java serialization. */
class CodersTest {
    static <T> byte[] encode(Coder<T> coder, T value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        coder.encode(value, out);
        return out.toByteArray();
    }

    static <T> T roundTrip(Coder<T> coder, T value) throws IOException {
        byte[] bytes = encode(coder, value);
        T decoded = coder.decode(new ByteArrayInputStream(bytes));
        assertThat(encode(coder, decoded)).isEqualTo(bytes);
        Coder<T> copy = SerializableUtils.clone(coder);
        assertThat(copy.decode(new ByteArrayInputStream(bytes))).isEqualTo(decoded);
        return decoded;
    }

    static List<SourceLine> lines() throws IOException {
        List<String> text = new ArrayList<>(BeamFixtures.month(2, 1, 1).subList(0, 3));
        text.addAll(BeamFixtures.BAD_LINES);
        List<SourceLine> lines = new ArrayList<>();
        PayloadValidator.create().readLines(new ByteArrayInputStream(String.join("\r\n", text).getBytes(StandardCharsets.UTF_8)),
                line -> lines.add(SourceLine.of("gs://bucket/é/part-0.jsonl", line)));
        lines.add(SourceLine.of("big.jsonl", JsonLine.oversized(99)));
        return lines;
    }

    @Test
    void sourceLines_roundTrip_andShowNoContent() throws IOException {
        for (SourceLine line : lines()) {
            assertThat(roundTrip(SourceLineCoder.of(), line)).isEqualTo(line);
            assertThat(line.toString()).doesNotContain("Synthetic").contains("line=" + line.line());
        }
        SourceLineCoder.of().verifyDeterministic();
    }

    @Test
    void deadLetters_roundTrip() throws IOException {
        PayloadValidator validator = BeamFixtures.VALIDATION.validator();
        int seen = 0;
        for (SourceLine line : lines()) {
            var result = validator.validateLine(line.jsonLine()).result();
            if (!result.isValid()) {
                DeadLetter letter = DeadLetter.of(line.source(), line.line(), result.problems(), false);
                assertThat(roundTrip(DeadLetterCoder.of(), letter)).isEqualTo(letter);
                assertThat(letter.toJson()).startsWith("{\"source\":\"" + line.source() + "\",\"line\":" + line.line());
                seen++;
            }
        }
        assertThat(seen).isEqualTo(BeamFixtures.BAD_LINES.size() + 1);
    }

    @Test
    void reports_roundTripAsTheirJson() throws IOException {
        MeasureReport report = BeamFixtures.settings(InvalidEpisodePolicy.MEASURE).engine().newAccumulator()
                .report(BeamFixtures.settings(InvalidEpisodePolicy.MEASURE).reportSettings());
        assertThat(MeasureReportJson.toJson(roundTrip(MeasureReportCoder.of(), report))).isEqualTo(MeasureReportJson.toJson(report));
    }

    @Test
    void truncatedBytes_failAsCoderExceptions() throws IOException {
        SourceLine line = lines().get(0);
        byte[] bytes = encode(SourceLineCoder.of(), line);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        assertThatThrownBy(() -> SourceLineCoder.of().decode(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class);
        byte[] zeroLine = encode(SourceLineCoder.of(), line);
        // the line number follows the source's varint length and bytes: zero it
        int at = 1 + line.source().getBytes(StandardCharsets.UTF_8).length;
        zeroLine[at] = 0;
        assertThatThrownBy(() -> SourceLineCoder.of().decode(new ByteArrayInputStream(zeroLine))).isInstanceOf(CoderException.class);
    }
}
