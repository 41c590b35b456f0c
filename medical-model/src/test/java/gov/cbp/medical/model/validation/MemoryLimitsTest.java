package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.custody.CustodyEpisode;
import org.junit.jupiter.api.Test;

/** The limits that bound memory: tokens, properties per object, problems per document, events. */
class MemoryLimitsTest {
    @Test
    void moreTokensThanTheLimit_isOneFatalProblemNamingIt() {
        StringBuilder json = new StringBuilder("{\"formatVersion\":\"1.0\",\"x\":[");
        for (int i = 0; i <= Limits.MAX_TOKENS / 2; i++) {
            json.append(i == 0 ? "{}" : ",{}");
        }
        ValidationResult<CustodyEpisode> result = PayloadValidator.create().validate(json.append("]}").toString());
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("json.limit.tokens");
            assertThat(p.severity()).isEqualTo(Severity.FATAL);
            assertThat(p.arguments()).containsExactly(Integer.toString(Limits.MAX_TOKENS));
        });
    }

    @Test
    void objectWithTooManyProperties_isNotRead() {
        ObjectNode root = PayloadValidatorTest.sample();
        ObjectNode detainee = (ObjectNode) root.get("detainee");
        for (int i = 0; i < Limits.MAX_PROPERTIES; i++) {
            detainee.put("extra" + i, i);
        }
        ValidationResult<CustodyEpisode> result = PayloadValidatorTest.validate(root);
        assertThat(result.problems()).extracting(Problem::code).contains("payload.object.tooManyProperties")
                .doesNotContain("payload.field.unknown");
        assertThat(result.problems()).filteredOn(p -> p.code().equals("payload.object.tooManyProperties"))
                .extracting(Problem::pointer).containsExactly("/detainee");
        assertThat(result.boundValue()).isEmpty();
    }

    @Test
    void problemsBeyondTheCap_areCountedInOneClosingProblem() {
        ObjectNode root = PayloadValidatorTest.sample();
        ArrayNode events = (ArrayNode) root.get("events");
        int extra = Limits.MAX_PROBLEMS + 250;
        for (int i = 0; i < extra; i++) {
            events.addObject().put("type", "welfare-check").put("id", "W" + i); // at, method, ... missing
        }
        ValidationResult<CustodyEpisode> result = PayloadValidatorTest.validate(root);
        assertThat(result.problems()).hasSize(Limits.MAX_PROBLEMS + 1);
        Problem closing = result.problems().stream().filter(p -> p.code().equals("payload.problems.truncated"))
                .findFirst().orElseThrow();
        assertThat(closing.severity()).isEqualTo(Severity.ERROR);
        long reported = Long.parseLong(closing.arguments().get(0));
        assertThat(reported).isPositive();
        assertThat(closing.pointer()).isEmpty();
        assertThat(closing.arguments()).element(1).isEqualTo(Integer.toString(Limits.MAX_PROBLEMS));
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void moreEventsThanTheLimit_isAListProblem() {
        ObjectNode root = PayloadValidatorTest.sample();
        ArrayNode events = (ArrayNode) root.get("events");
        while (events.size() <= Limits.MAX_EVENTS) {
            events.add(events.get(0).deepCopy());
        }
        assertThat(PayloadValidatorTest.validate(root).problems()).extracting(Problem::code).contains("payload.list.tooLong");
    }
}
