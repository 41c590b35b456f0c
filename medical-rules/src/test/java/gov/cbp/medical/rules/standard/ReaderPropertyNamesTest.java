package gov.cbp.medical.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The standards, local-policy and measure-set readers never echo an input property name raw: an episode file
 * passed as any of them, with a name that holds a newline, gives problems without raw control characters.
 */
class ReaderPropertyNamesTest {
    static final String FORGED = "{\"formatVersion\":\"1.0\",\"CANARY-Rosa\\nerror forged line\\u202E\":1,"
            + "\"" + "CANARY-Tzul".repeat(20) + "\":2}";

    static void assertSafe(List<Problem> problems) {
        assertThat(problems).isNotEmpty();
        for (Problem problem : problems) {
            String all = problem.pointer() + problem.message() + String.join("", problem.arguments());
            assertThat(all.chars().filter(c -> Character.isISOControl(c) || c == 0x202E)).as(problem.toString()).isEmpty();
            assertThat(all).doesNotContain("CANARY-Tzul".repeat(6));
        }
    }

    @Test
    void standardsAndPolicyReaders_escapeUnsafeNames() throws Exception {
        assertSafe(Catalogue.load(new ByteArrayInputStream(FORGED.getBytes(StandardCharsets.UTF_8))).problems());
        assertSafe(Catalogue.baseline().withPolicy(new ByteArrayInputStream(FORGED.getBytes(StandardCharsets.UTF_8)))
                .problems());
    }

    @Test
    void measureSetReader_escapesUnsafeNames() {
        ValidationResult<MeasureSet> result = MeasureSetReader.create().read(FORGED.getBytes(StandardCharsets.UTF_8));
        assertSafe(result.problems());
    }
}
