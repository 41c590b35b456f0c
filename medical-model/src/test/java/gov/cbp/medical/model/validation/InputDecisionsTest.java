package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The input decisions of docs/decisions.md, the same for a document and for a JSON Lines line. */
class InputDecisionsTest {
    static List<String> codes(ValidationResult<?> result) {
        return result.problems().stream().map(Problem::code).collect(Collectors.toList());
    }

    static List<LineResult> lines(byte[] bytes) throws IOException {
        List<LineResult> results = new ArrayList<>();
        PayloadValidatorTest.VALIDATOR.validateLines(new ByteArrayInputStream(bytes), results::add);
        return results;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8ByteOrderMark_isSkipped_inADocumentAndOnTheFirstLine() throws IOException {
        byte[] json = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                PayloadValidatorTest.sample().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(PayloadValidatorTest.VALIDATOR.validate(json).isValid()).isTrue();
        assertThat(lines(json)).singleElement().satisfies(line -> assertThat(line.result().isValid()).isTrue());
    }

    @Test
    void utf16AndUtf32_areRejected_inADocumentAndInJsonLines() throws IOException {
        String json = PayloadValidatorTest.sample().toString();
        for (Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("UTF-32"))) {
            byte[] bytes = json.getBytes(charset);
            assertThat(codes(PayloadValidatorTest.VALIDATOR.validate(bytes))).as(charset.name())
                    .containsExactly("json.encoding.notUtf8");
            assertThat(lines(bytes)).as(charset.name()).isNotEmpty()
                    .allSatisfy(line -> assertThat(line.result().isValid()).isFalse());
        }
    }

    @Test
    void wholeNumberWithAFraction_isAnInteger_asInJsonSchema() {
        ObjectNode root = PayloadValidatorTest.sample();
        ObjectNode detainee = (ObjectNode) root.get("detainee");
        detainee.remove("dateOfBirth");
        detainee.put("estimatedAgeYears", 10.0);
        ValidationResult<CustodyEpisode> result = PayloadValidatorTest.validate(root);
        assertThat(codes(result)).doesNotContain("payload.field.type");
        assertThat(result.boundValue().orElseThrow().detainee().estimatedAgeYears()).contains(10);
        detainee.put("estimatedAgeYears", 10.5);
        assertThat(codes(PayloadValidatorTest.validate(root))).contains("payload.field.type");
        detainee.put("estimatedAgeYears", 1e10);
        assertThat(codes(PayloadValidatorTest.validate(root))).contains("payload.number.range");
    }

    @Test
    void lowercaseTAndZ_andLeapSeconds_areRejected() {
        for (String text : List.of("2026-03-01t14:10:00Z", "2026-03-01T14:10:00z", "2026-03-01T23:59:60Z")) {
            ObjectNode root = PayloadValidatorTest.sample();
            PayloadValidatorTest.event(root, 0).put("at", text);
            assertThat(codes(PayloadValidatorTest.validate(root))).as(text).contains("payload.instant.format");
        }
    }
}
