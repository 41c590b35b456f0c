package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A problem's pointer names the element's index in the input, whatever invalid siblings before it were
 * left out of the bound list: facilities, surge periods, lists of references.
 */
class ExactPointersTest {
    static String problems(ValidationResult<CustodyEpisode> result) {
        return result.problems().stream().map(p -> p.code() + " " + p.pointer()).collect(Collectors.joining("\n"));
    }

    static void assertResolves(ObjectNode root, ValidationResult<CustodyEpisode> result) {
        for (Problem problem : result.problems()) {
            String pointer = problem.pointer();
            // a missing property's pointer names where it should be: its parent exists
            JsonNode at = root.at(problem.code().equals("payload.field.required")
                    ? pointer.substring(0, pointer.lastIndexOf('/')) : pointer);
            assertThat(at.isMissingNode()).as(problem.code() + " " + problem.pointer()).isFalse();
        }
    }

    @Test
    void duplicateFacility_afterAnInvalidOne_pointsAtItsInputIndex() {
        ObjectNode root = PayloadValidatorTest.sample();
        ArrayNode facilities = (ArrayNode) root.get("facilities");
        ObjectNode first = (ObjectNode) facilities.get(0);
        ObjectNode invalid = first.deepCopy().put("facilityId", "OTHER").put("component", "navy");
        facilities.insert(0, invalid); // index 0 is dropped (unknown component)
        facilities.add(first.deepCopy()); // index 2 duplicates index 1
        ValidationResult<CustodyEpisode> result = PayloadValidatorTest.validate(root);
        assertThat(problems(result)).contains("payload.code.invalid /facilities/0/component")
                .contains("episode.facility.duplicateId /facilities/2/facilityId");
        assertResolves(root, result);
    }

    @Test
    void surgePeriod_afterAnInvalidOne_pointsAtItsInputIndex() {
        ObjectNode root = PayloadValidatorTest.sample();
        ArrayNode periods = ((ObjectNode) root.get("facilities").get(0)).putArray("surgePeriods");
        periods.addObject().put("level", "surge"); // no start: dropped
        periods.addObject().put("start", "2026-03-02T00:00:00Z").put("end", "2026-03-01T00:00:00Z").put("level", "surge");
        ValidationResult<CustodyEpisode> result = PayloadValidatorTest.validate(root);
        assertThat(problems(result)).contains("episode.surge.endNotAfterStart /facilities/0/surgePeriods/1/end");
        assertResolves(root, result);
    }

    @Test
    void reference_afterAnInvalidIdInTheSameList_pointsAtItsInputIndex() {
        ObjectNode root = PayloadValidatorTest.sample();
        ArrayNode events = (ArrayNode) root.get("events");
        ObjectNode assessment = events.addObject().put("type", "medical-assessment").put("id", "MA9")
                .put("at", "2026-03-01T18:00:00Z").put("credential", "physician");
        assessment.putArray("reasonEventIds").add("has space").add("NO-SUCH-EVENT");
        ValidationResult<CustodyEpisode> result = PayloadValidatorTest.validate(root);
        int index = events.size() - 1;
        assertThat(problems(result)).contains("payload.text.shape.token /events/" + index + "/reasonEventIds/0")
                .contains("episode.reference.unknown /events/" + index + "/reasonEventIds/1");
        assertResolves(root, result);
    }
}
