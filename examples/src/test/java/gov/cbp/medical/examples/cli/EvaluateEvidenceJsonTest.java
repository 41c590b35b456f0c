package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate --format json} says what the findings rest on beyond their status: the record-integrity concerns
 * of the evaluation, the events it could not read, the run of missed intervals a finding stands for, and the
 * integrity concerns a finding's evidence carries.
 */
class EvaluateEvidenceJsonTest {
    private static final String AS_OF = "2026-03-04T00:00:00Z";

    /** EP-0001 with a welfare check (E7, 15:20) entered at 19:00, 3 h 40 min late, and an event of an unknown type. */
    private static Path doubtfulChild() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode episode = (ObjectNode) mapper.readTree(Files.readString(Cli.MODULE.resolve(EvaluateCommandTest.CHILD)));
        ArrayNode events = (ArrayNode) episode.get("events");
        ObjectNode late = events.addObject();
        late.put("type", "welfare-check").put("id", "E7").put("at", "2026-03-01T15:20:00Z").put("method", "visual")
                .put("outcome", "no-concern").put("holdRoom", "HR-3");
        late.putObject("provenance").put("recordedAt", "2026-03-01T19:00:00Z");
        events.addObject().put("type", "teleportation").put("id", "E8").put("at", "2026-03-01T16:00:00Z");
        Path file = Cli.MODULE.resolve("target/cli-test/evaluate-doubtful.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(episode));
        return file;
    }

    private static JsonNode finding(JsonNode episode, String requirementId, String status) {
        for (JsonNode f : episode.get("findings")) {
            if (f.at("/requirementId").asText().equals(requirementId) && f.at("/status").asText().equals(status)) {
                return f;
            }
        }
        throw new AssertionError("no " + requirementId + " " + status);
    }

    @Test
    void json_listsIntegrityFindings_unreadEvents_andTheConcernsOfTheFindingTheyTouch() throws Exception {
        JsonNode episode = Cli.run("evaluate", "--as-of", AS_OF, "--format", "json", doubtfulChild().toString())
                .exits(1).conformsTo("evaluate").json().at("/episodes/0");

        assertThat(episode.get("integrityFindings")).hasSize(1);
        JsonNode concern = episode.at("/integrityFindings/0");
        assertThat(concern.at("/checkId").asText()).isEqualTo("REC-LATE-ENTRY");
        assertThat(concern.at("/kind").asText()).isEqualTo("late-recording");
        assertThat(concern.at("/at").asText()).isEqualTo("2026-03-01T15:20:00Z");
        assertThat(concern.at("/eventIds").toString()).isEqualTo("[\"E7\"]");
        assertThat(concern.at("/citation").asText()).contains("OIG-21-48");
        assertThat(concern.at("/explanation").asText()).contains("E7").contains("PT3H40M");
        assertThat(concern.at("/facilityId").asText()).isEqualTo("YUM-STN");

        // the type code of an unreadable event is not echoed: the count says how many were not judged
        assertThat(episode.at("/unreadEvents").toString()).isEqualTo("{\"unknown\":1}");

        // E6 (14:30) to E7 (15:20): met, on E7, which carries the concern
        JsonNode met = null;
        for (JsonNode f : episode.get("findings")) {
            if (f.at("/requirementId").asText().equals("TEDS-WELFARE")
                    && f.at("/evidenceEventIds").toString().equals("[\"E7\"]")) {
                met = f;
            }
        }
        assertThat(met).as("the welfare finding met by E7").isNotNull();
        assertThat(met.at("/status").asText()).isEqualTo("met");
        assertThat(met.at("/integrityConcerns").toString()).isEqualTo("[\"REC-LATE-ENTRY\"]");
    }

    @Test
    void json_aRunOfMissedIntervals_saysHowMany_andNothingIsWrittenWhenThereIsNothingToSay() {
        JsonNode episode = Cli.run("evaluate", "--as-of", AS_OF, "--format", "json", EvaluateCommandTest.CHILD)
                .exits(1).conformsTo("evaluate").json().at("/episodes/0");
        // booked in 14:00 on 1 March, out 06:00 on 3 March, never offered food: food is owed every 6 h from book-in,
        // and the 6 whole intervals 14:00 (1 March) to 02:00 (3 March) are one finding
        JsonNode food = finding(episode, "TEDS-FOOD", "not-met");
        assertThat(food.at("/missedIntervals").asLong()).isEqualTo(6);
        assertThat(food.at("/triggerAt").asText()).isEqualTo("2026-03-01T14:00:00Z");
        assertThat(food.at("/intervalEnd").asText()).isEqualTo("2026-03-03T02:00:00Z");

        JsonNode interview = finding(episode, "EMD-INTERVIEW-JUV", "met");
        assertThat(interview.has("missedIntervals")).isFalse();
        assertThat(interview.has("integrityConcerns")).isFalse();
        assertThat(episode.has("integrityFindings")).isFalse();
        assertThat(episode.has("unreadEvents")).isFalse();
    }

    @Test
    void text_showsTheIntegrityConcerns_whateverTheStatusFilter() throws Exception {
        String out = Cli.run("evaluate", "--as-of", AS_OF, "--status", "overdue", doubtfulChild().toString()).exits(1).out;
        assertThat(out).contains("  concern        REC-LATE-ENTRY: welfare-check E7 recorded PT3H40M after it happened")
                .contains("[RECORD-INTEGRITY 2015-10: DHS OIG-21-48");
        assertThat(Cli.run("evaluate", "--as-of", AS_OF, EvaluateCommandTest.CHILD).exits(1).out)
                .doesNotContain("concern ");
    }
}
