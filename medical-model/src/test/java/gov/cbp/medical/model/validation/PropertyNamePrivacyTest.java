package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.custody.CustodyEpisode;
import org.junit.jupiter.api.Test;

/**
 * Property names from the input are never echoed raw: control characters are escaped, long names cut to
 * {@link Limits#MAX_ECHOED_NAME_LENGTH}, and pointers stay RFC 6901 and resolvable.
 */
class PropertyNamePrivacyTest {
    static final String CANARY = "CANARY-Synthetic-Tzul-Rosa";

    static void assertNoRawControl(Problem problem) {
        String all = problem.pointer() + problem.message() + String.join("", problem.arguments());
        assertThat(all.chars().filter(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x202E)).isEmpty();
    }

    @Test
    void unknownNameWithANewline_isEscapedAndPointedAtThroughItsParent() {
        ObjectNode root = PayloadValidatorTest.sample();
        ((ObjectNode) root.get("detainee")).put("x\nerror payload.forged at /detainee: forged\u202E", "v");
        ValidationResult<CustodyEpisode> result = PayloadValidatorTest.validate(root);
        Problem unknown = result.problems().stream().filter(p -> p.code().equals("payload.field.unknown")).findFirst()
                .orElseThrow();
        assertThat(unknown.pointer()).isEqualTo("/detainee");
        assertThat(unknown.arguments().get(0)).startsWith("x\\u000Aerror payload.forged");
        assertNoRawControl(unknown);
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void longUnknownName_isCutToTheDocumentedLength() {
        ObjectNode root = PayloadValidatorTest.sample();
        String name = "a" + CANARY.repeat(20);
        root.put(name, 1);
        Problem unknown = PayloadValidatorTest.validate(root).problems().stream()
                .filter(p -> p.code().equals("payload.field.unknown")).findFirst().orElseThrow();
        assertThat(unknown.pointer()).isEmpty();
        assertThat(unknown.arguments().get(0)).hasSize(Limits.MAX_ECHOED_NAME_LENGTH + 1).endsWith("\u2026");
        assertThat(unknown.message()).doesNotContain(name);
    }

    @Test
    void printableName_isEscapedByRfc6901_andResolves() {
        ObjectNode root = PayloadValidatorTest.sample();
        root.put("a/b~c", 1);
        Problem unknown = PayloadValidatorTest.validate(root).problems().stream()
                .filter(p -> p.code().equals("payload.field.unknown")).findFirst().orElseThrow();
        assertThat(unknown.pointer()).isEqualTo("/a~1b~0c");
        assertThat(root.at(unknown.pointer()).isMissingNode()).isFalse();
    }

    @Test
    void syntaxErrorAfterAnUnsafeName_hasASafePointer() {
        String json = "{\"formatVersion\":\"1.0\",\"detainee\":{\"" + CANARY + "\\n\\u0007forged\": {\"x\": tru";
        ValidationResult<CustodyEpisode> result = PayloadValidator.create().validate(json);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.FATAL);
            assertThat(p.pointer()).isEqualTo("/detainee");
            assertNoRawControl(p);
        });
    }

    @Test
    void nameLongerThanTheReadLimit_isAFatalProblemNamingThatLimit() {
        String json = "{\"formatVersion\":\"1.0\",\"" + "n".repeat(Limits.MAX_NAME_LENGTH + 1) + "\":1}";
        ValidationResult<CustodyEpisode> result = PayloadValidator.create().validate(json);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("json.limit.name");
            assertThat(p.arguments()).containsExactly(Integer.toString(Limits.MAX_NAME_LENGTH));
        });
    }
}
