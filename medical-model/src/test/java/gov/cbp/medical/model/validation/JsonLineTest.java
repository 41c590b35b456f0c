package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.common.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines made outside the validator (a distributed reader's) validate exactly as the stream's own lines. */
class JsonLineTest {
    @Test
    void linesMadeFromBytes_validateAsValidateLinesDoes() throws IOException {
        String text = "{\"episodeId\": 3\n\n  \nnot json\r\n{}\n";
        PayloadValidator validator = PayloadValidator.builder().checkFutureTimes(false).build();
        List<LineResult> expected = new ArrayList<>();
        validator.validateLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), expected::add);
        List<LineResult> rebuilt = new ArrayList<>();
        validator.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), line -> {
            byte[] bytes = line.toByteArray();
            rebuilt.add(validator.validateLine(JsonLine.of(line.line(), bytes, bytes.length)));
        });
        assertThat(rebuilt).isEqualTo(expected);
        assertThat(rebuilt).extracting(LineResult::line).containsExactly(1L, 4L, 5L);
    }

    @Test
    void anOversizedLine_validatesAsTheLimitProblem() {
        LineResult result = PayloadValidator.create().validateLine(JsonLine.oversized(7));
        assertThat(result.line()).isEqualTo(7);
        assertThat(result.result().problems()).extracting(Problem::code).containsExactly("json.limit.size");
        assertThat(JsonLine.oversized(7).toByteArray()).isEmpty();
        assertThat(JsonLine.oversized(7).isOversized()).isTrue();
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] buffer = "{}xyz".getBytes(StandardCharsets.UTF_8);
        JsonLine line = JsonLine.of(1, buffer, 2);
        buffer[0] = 'x';
        assertThat(line.toByteArray()).containsExactly('{', '}');
        line.toByteArray()[0] = 'y';
        assertThat(line.toByteArray()).containsExactly('{', '}');
        assertThat(line.size()).isEqualTo(2);
        assertThat(line.toString()).doesNotContain("{}");
    }

    @Test
    void badArguments_areRefused() {
        byte[] buffer = new byte[4];
        assertThatThrownBy(() -> JsonLine.of(0, buffer, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLine.of(1, buffer, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLine.of(1, buffer, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLine.oversized(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Limits.MAX_PAYLOAD_BYTES).isPositive();
    }
}
