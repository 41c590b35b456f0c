package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.SampleEpisodes;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PayloadValidatorTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final PayloadValidator VALIDATOR = PayloadValidator.builder().clock(CLOCK).build();

    static ObjectNode sample() {
        return MedicalJson.mapper().valueToTree(SampleEpisodes.child());
    }

    static ValidationResult<CustodyEpisode> validate(JsonNode tree) {
        return VALIDATOR.validate(tree.toString());
    }

    static String problems(ValidationResult<?> result) {
        return result.problems().stream().map(p -> p.severity().code() + " " + p.code() + " " + p.pointer())
                .collect(Collectors.joining("\n"));
    }

    static ObjectNode event(ObjectNode root, int index) {
        return (ObjectNode) root.get("events").get(index);
    }

    @Test
    void validate_sample_isValidWithValue() {
        ValidationResult<CustodyEpisode> result = validate(sample());
        assertThat(result.problems()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.value()).contains(SampleEpisodes.child());
    }

    static Stream<Arguments> singleProblems() {
        return Stream.of(
                mutation("missing episodeId", r -> r.remove("episodeId"), "error", "payload.field.required", "/episodeId"),
                mutation("null required", r -> r.putNull("episodeId"), "error", "payload.field.required", "/episodeId"),
                mutation("wrong type", r -> r.put("episodeId", 42), "error", "payload.field.type", "/episodeId"),
                mutation("bad id shape", r -> r.put("episodeId", "has space"), "error", "payload.text.shape.token", "/episodeId"),
                mutation("id too long", r -> r.put("episodeId", "x".repeat(Limits.MAX_ID_LENGTH + 1)), "error",
                        "payload.text.tooLong", "/episodeId"),
                mutation("unknown property", r -> r.put("colour", "blue"), "warning", "payload.field.unknown", "/colour"),
                mutation("unknown code", r -> ((ObjectNode) r.get("detainee")).put("sex", "martian"), "warning",
                        "payload.code.unknown", "/detainee/sex"),
                mutation("closed code", r -> ((ObjectNode) event(r, 1).get("answers").get(0)).put("answer", "maybe"),
                        "error", "payload.code.invalid", "/events/1/answers/0/answer"),
                mutation("bad instant", r -> event(r, 0).put("at", "2026-03-01 14:10"), "error", "payload.instant.format",
                        "/events/0/at"),
                mutation("local date-time", r -> event(r, 0).put("at", "2026-03-01T14:10:00"), "error",
                        "payload.instant.format", "/events/0/at"),
                mutation("bad date", r -> ((ObjectNode) r.get("detainee")).put("dateOfBirth", "2015-02-30"), "error",
                        "payload.date.format", "/detainee/dateOfBirth"),
                mutation("bad zone", r -> ((ObjectNode) r.get("facilities").get(0)).put("timeZone", "Mars/Olympus"),
                        "error", "payload.zone.unknown", "/facilities/0/timeZone"),
                mutation("age out of range", r -> ((ObjectNode) r.get("detainee")).put("estimatedAgeYears", 400), "error",
                        "payload.number.range", "/detainee/estimatedAgeYears"),
                mutation("float age", r -> ((ObjectNode) r.get("detainee")).put("estimatedAgeYears", 4.5), "error",
                        "payload.field.type", "/detainee/estimatedAgeYears"),
                mutation("bad icd10", r -> ((ArrayNode) event(r, 4).get("diagnoses")).set(0, "j06"), "error",
                        "payload.text.shape.icd10", "/events/4/diagnoses/0"),
                mutation("unknown event type", r -> event(r, 0).put("type", "teleportation"), "warning",
                        "payload.event.typeUnknown", "/events/0/type"),
                mutation("event without type", r -> event(r, 0).remove("type"), "error", "payload.field.required",
                        "/events/0/type"),
                mutation("event not an object", r -> ((ArrayNode) r.get("events")).set(0, 7), "error",
                        "payload.field.type", "/events/0"),
                mutation("duplicate event id", r -> event(r, 5).put("id", "E1"), "error", "episode.event.duplicateId",
                        "/events/5/id"),
                mutation("before book-in", r -> event(r, 5).put("at", "2026-03-01T13:00:00Z"), "error",
                        "episode.event.beforeBookIn", "/events/5/at"),
                mutation("after book-out", r -> event(r, 5).put("at", "2026-03-04T13:00:00Z"), "error",
                        "episode.event.afterBookOut", "/events/5/at"),
                mutation("future", r -> {
                    ((ObjectNode) r).remove("bookOut");
                    event(r, 5).put("at", "2026-07-01T00:00:00Z");
                }, "error", "episode.time.future", "/events/5/at"),
                mutation("book-out before book-in", r -> ((ObjectNode) r.get("bookOut")).put("at", "2026-03-01T13:00:00Z"),
                        "error", "episode.bookOut.beforeBookIn", "/bookOut/at"),
                mutation("unknown reference", r -> event(r, 2).put("interviewEventId", "E99"), "error",
                        "episode.reference.unknown", "/events/2/interviewEventId"),
                mutation("exception for an unknown occurrence", r -> ((ArrayNode) r.get("events"))
                        .insert(0, r.objectNode().put("type", "exception-recorded").put("id", "X9").put("at", "2026-03-01T16:00:00Z")
                                .put("requirementId", "TVPRA-TRANSFER").put("triggerEventId", "E99")
                                .put("reasonCode", "exceptional-circumstances")), "error",
                        "episode.reference.unknown", "/events/0/triggerEventId"),
                mutation("reference of wrong type", r -> event(r, 2).put("interviewEventId", "E6"), "error",
                        "episode.reference.wrongType", "/events/2/interviewEventId"),
                mutation("reference to a later event", r -> event(r, 1).put("at", "2026-03-01T15:30:00Z"), "error",
                        "episode.reference.later", "/events/2/interviewEventId"),
                mutation("unknown facility", r -> ((ObjectNode) r.get("bookIn")).put("facilityId", "NOPE"), "error",
                        "episode.facility.unknown", "/bookIn/facilityId"),
                mutation("duplicate facility", r -> ((ArrayNode) r.get("facilities")).add(r.get("facilities").get(0).deepCopy()),
                        "error", "episode.facility.duplicateId", "/facilities/1/facilityId"),
                mutation("surge end before start", r -> ((ObjectNode) r.get("facilities").get(0).get("surgePeriods").get(0))
                        .put("end", "2026-02-01T00:00:00Z"), "error", "episode.surge.endNotAfterStart",
                        "/facilities/0/surgePeriods/0/end"),
                mutation("hold-room return before leaving", r -> ((ArrayNode) r.get("events")).addObject()
                        .put("type", "hold-room-absence").put("id", "ABSENCE-1").put("at", r.get("bookIn").get("at").asText())
                        .put("returnedAt", "2020-01-01T00:00:00Z").put("reason", "interview"),
                        "error", "episode.absence.returnBeforeLeaving", "/events/" + sample().get("events").size() + "/returnedAt"),
                mutation("age disagrees with class", r -> ((ObjectNode) r.get("detainee")).put("dateOfBirth", "1990-01-01"),
                        "error", "episode.detainee.ageClassMismatch", "/detainee/populationClass"),
                mutation("estimated age disagrees", r -> {
                    ((ObjectNode) r.get("detainee")).remove("dateOfBirth");
                    ((ObjectNode) r.get("detainee")).put("estimatedAgeYears", 19);
                }, "warning", "episode.detainee.ageClassMismatch", "/detainee/populationClass"),
                mutation("date of birth from an estimate disagrees", r -> ((ObjectNode) r.get("detainee"))
                        .put("dateOfBirth", "1990-01-01").put("ageBasis", "estimated"),
                        "warning", "episode.detainee.ageClassMismatch", "/detainee/populationClass"),
                mutation("juvenile without age", r -> ((ObjectNode) r.get("detainee")).remove("dateOfBirth"), "warning",
                        "episode.detainee.ageUnknown", "/detainee"),
                mutation("born after book-in", r -> ((ObjectNode) r.get("detainee")).put("dateOfBirth", "2026-04-01"),
                        "error", "episode.detainee.bornAfterBookIn", "/detainee/dateOfBirth"),
                mutation("unsupported major", r -> r.put("formatVersion", "2.0"), "error",
                        "payload.formatVersion.unsupported", "/formatVersion"),
                mutation("newer minor", r -> r.put("formatVersion", "1.7"), "information",
                        "payload.formatVersion.newerMinor", "/formatVersion"),
                mutation("malformed version", r -> r.put("formatVersion", "one"), "error", "payload.formatVersion.format",
                        "/formatVersion"),
                mutation("non-positive duration", r -> ((ArrayNode) r.get("events")).addObject().put("type",
                        "medication-review").put("id", "M2").put("at", "2026-03-01T16:00:00Z")
                        .put("medicationEventId", "E1").put("credential", "physician").put("decision", "continue")
                        .put("doseInterval", "PT0S"), "error", "payload.duration.notPositive", "/events/6/doseInterval"),
                mutation("list too long", r -> {
                    ArrayNode answers = (ArrayNode) event(r, 1).get("answers");
                    for (int i = 0; i < Limits.MAX_ITEMS; i++) {
                        answers.addObject().put("question", "Q" + i).put("answer", "no");
                    }
                }, "error", "payload.list.tooLong", "/events/1/answers"),
                mutation("blank label", r -> ((ObjectNode) r.get("facilities").get(0)).put("name", "  "), "error",
                        "payload.text.shape.notBlank", "/facilities/0/name"),
                // no-break spaces are white space to JSON Schema's (ECMA-262) \s: a label of them is blank too
                mutation("label of no-break spaces", r -> ((ObjectNode) r.get("facilities").get(0))
                        .put("name", "\u00A0\u202F\u2007\uFEFF"), "error", "payload.text.shape.notBlank", "/facilities/0/name"),
                mutation("negative minor version", r -> r.put("formatVersion", "1.-1"), "error",
                        "payload.formatVersion.format", "/formatVersion"),
                mutation("version with a leading zero", r -> r.put("formatVersion", "01.0"), "error",
                        "payload.formatVersion.format", "/formatVersion"),
                mutation("version without minor", r -> r.put("formatVersion", "1"), "error",
                        "payload.formatVersion.format", "/formatVersion"),
                mutation("book-in in 1900", r -> ((ObjectNode) r.get("bookIn")).put("at", "1900-03-01T08:00:00Z"), "error",
                        "payload.instant.range", "/bookIn/at"),
                mutation("book-in in year 0", r -> ((ObjectNode) r.get("bookIn")).put("at", "0000-03-01T08:00:00Z"), "error",
                        "payload.instant.range", "/bookIn/at"),
                mutation("event a second before 2000", r -> event(r, 0).put("at", "1999-12-31T23:59:59Z"), "error",
                        "payload.instant.range", "/events/0/at"),
                mutation("event in 2100", r -> event(r, 0).put("at", "2100-01-01T00:00:00Z"), "error",
                        "payload.instant.range", "/events/0/at"),
                mutation("born in 1800", r -> ((ObjectNode) r.get("detainee")).put("dateOfBirth", "1800-01-01"), "error",
                        "payload.date.range", "/detainee/dateOfBirth"),
                mutation("born 131 years before book-in", r -> {
                    ((ObjectNode) r.get("detainee")).put("dateOfBirth", "1895-02-28");
                    ((ObjectNode) r.get("detainee")).put("populationClass", "single-adult");
                }, "error", "episode.detainee.bornTooEarly", "/detainee/dateOfBirth"),
                mutation("absurd dose interval", r -> ((ArrayNode) r.get("events")).addObject().put("type",
                        "medication-review").put("id", "M2").put("at", "2026-03-01T16:00:00Z")
                        .put("medicationEventId", "E1").put("credential", "physician").put("decision", "continue")
                        .put("doseInterval", "PT2562047788015215H"), "error", "payload.duration.range", "/events/6/doseInterval"),
                mutation("dose interval of a second", r -> ((ArrayNode) r.get("events")).addObject().put("type",
                        "medication-review").put("id", "M2").put("at", "2026-03-01T16:00:00Z")
                        .put("medicationEventId", "E1").put("credential", "physician").put("decision", "continue")
                        .put("doseInterval", "PT1S"), "error", "payload.duration.range", "/events/6/doseInterval"));
    }

    static Arguments mutation(String name, Consumer<ObjectNode> change, String severity, String code, String pointer) {
        return Arguments.of(name, change, severity, code, pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleProblems")
    void validate_mutation_reportsProblemAtPointer(String name, Consumer<ObjectNode> change, String severity,
            String code, String pointer) {
        ObjectNode root = sample();
        change.accept(root);
        ValidationResult<CustodyEpisode> result = validate(root);
        assertThat(problems(result)).contains(severity + " " + code + " " + pointer);
        assertThat(result.isValid()).isEqualTo(!severity.equals("error"));
    }

    @Test
    void validate_manyProblems_reportsEveryOneSorted() {
        ObjectNode root = sample();
        root.remove("episodeId");
        ((ObjectNode) root.get("detainee")).put("sex", 3);
        event(root, 5).remove("method");
        event(root, 3).put("recipient", 12);
        ValidationResult<CustodyEpisode> result = validate(root);
        assertThat(result.problems()).extracting(Problem::pointer)
                .containsExactly("/detainee/sex", "/episodeId", "/events/3/recipient", "/events/5/method");
        assertThat(result.value()).isEmpty();
        assertThat(result.boundValue()).isEmpty();
    }

    @Test
    void validate_invalidEvent_keepsTheRestAndPointsAtSourceIndex() {
        ObjectNode root = sample();
        event(root, 0).remove("at");
        event(root, 5).put("at", "2026-03-01T13:00:00Z");
        ValidationResult<CustodyEpisode> result = validate(root);
        assertThat(problems(result)).contains("error payload.field.required /events/0/at",
                "error episode.event.beforeBookIn /events/5/at");
        assertThat(result.boundValue()).hasValueSatisfying(e -> assertThat(e.events()).hasSize(5));
        assertThat(result.value()).isEmpty();
    }

    @Test
    void validate_crossFieldErrorOnly_stillBindsForEvaluation() {
        ObjectNode root = sample();
        event(root, 5).put("at", "2026-03-01T13:00:00Z");
        ValidationResult<CustodyEpisode> result = validate(root);
        assertThat(result.isValid()).isFalse();
        assertThat(result.boundValue()).isPresent();
    }

    @Nested
    class Syntax {
        @Test
        void truncated_isFatalWithPointer() {
            ValidationResult<CustodyEpisode> result = VALIDATOR.validate("{\"episode\": [1, 2");
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.FATAL);
                assertThat(p.code()).isEqualTo("json.syntax.truncated");
                assertThat(p.pointer()).isEqualTo("/episode/1");
            });
        }

        @Test
        void empty_isFatal() {
            assertThat(VALIDATOR.validate("  ").problems()).extracting(Problem::code).containsExactly("json.syntax.empty");
        }

        @Test
        void malformed_isFatal() {
            assertThat(VALIDATOR.validate("{\"a\": tru}").problems()).extracting(Problem::code)
                    .containsExactly("json.syntax.malformed");
        }

        @Test
        void duplicateProperty_isFatal() {
            assertThat(VALIDATOR.validate("{\"a\": 1, \"a\": 2}").problems()).extracting(Problem::code)
                    .containsExactly("json.syntax.duplicateProperty");
        }

        @Test
        void trailingContent_isFatal() {
            assertThat(VALIDATOR.validate("{} {}").problems()).extracting(Problem::code)
                    .containsExactly("json.syntax.trailing");
        }

        @Test
        void tooDeep_isFatal() {
            String deep = "[".repeat(Limits.MAX_DEPTH + 5) + "]".repeat(Limits.MAX_DEPTH + 5);
            assertThat(VALIDATOR.validate("{\"x\": " + deep + "}").problems()).extracting(Problem::code)
                    .containsExactly("json.limit.depth");
        }

        @Test
        void longNumber_isFatal() {
            assertThat(VALIDATOR.validate("{\"x\": " + "9".repeat(Limits.MAX_NUMBER_LENGTH + 10) + "}").problems())
                    .extracting(Problem::code).containsExactly("json.limit.number");
        }

        @Test
        void oversizedDocument_isFatalWithoutParsing() throws Exception {
            byte[] big = new byte[Limits.MAX_PAYLOAD_BYTES + 1];
            java.util.Arrays.fill(big, (byte) ' ');
            assertThat(VALIDATOR.validate(new ByteArrayInputStream(big)).problems()).extracting(Problem::code)
                    .containsExactly("json.limit.size");
        }

        @Test
        void rootNotAnObject_isError() {
            assertThat(problems(VALIDATOR.validate("[1]"))).isEqualTo("error payload.field.type ");
        }

        @Test
        void nonUtf8Bytes_areReportedNotThrown() {
            byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            assertThat(VALIDATOR.validate(bytes).problems()).extracting(Problem::severity).contains(Severity.FATAL);
        }
    }

    @Nested
    class Events {
        @Test
        void validateEvent_welfareCheck_bindsIt() {
            String json = "{\"type\":\"welfare-check\",\"id\":\"W1\",\"at\":\"2026-03-01T15:00:00-07:00\","
                    + "\"method\":\"visual\",\"outcome\":\"no-concern\"}";
            ValidationResult<WelfareCheck> result = VALIDATOR.validateEvent(json, WelfareCheck.class);
            assertThat(result.problems()).isEmpty();
            assertThat(result.value()).hasValueSatisfying(w -> assertThat(w.at()).isEqualTo(Instant.parse("2026-03-01T22:00:00Z")));
        }

        @Test
        void validateEvent_wrongType_isMismatch() {
            String json = "{\"type\":\"birth\",\"id\":\"B1\",\"at\":\"2026-03-01T15:00:00Z\",\"place\":\"facility\"}";
            assertThat(problems(VALIDATOR.validateEvent(json, WelfareCheck.class)))
                    .isEqualTo("error payload.event.typeMismatch /type");
        }

        @Test
        void validateEvent_everyProblem() {
            String json = "{\"type\":\"welfare-check\",\"at\":\"2027-03-01T15:00:00Z\",\"method\":5}";
            ValidationResult<MedicalEvent> result = VALIDATOR.validateEvent(json);
            assertThat(problems(result)).isEqualTo(String.join("\n",
                    "error payload.field.required /id",
                    "error payload.field.type /method",
                    "error payload.field.required /outcome"));
        }
    }

    @Nested
    class JsonLinesStreams {
        @Test
        void validateLines_mixedLines_yieldsEveryGoodEpisodeAndNumberedBadLines() throws Exception {
            String good = sample().toString();
            String text = good + "\n\n{\"episodeId\": 5\n" + good.replace("EP-0001", "EP-0002") + "\r\n{\"x\":\n";
            List<LineResult> results = new ArrayList<>();
            long count = VALIDATOR.validateLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    results::add);
            assertThat(count).isEqualTo(4);
            assertThat(results).extracting(LineResult::line).containsExactly(1L, 3L, 4L, 5L);
            assertThat(results).extracting(r -> r.result().isValid()).containsExactly(true, false, true, false);
            assertThat(results.get(2).result().value()).hasValueSatisfying(e -> assertThat(e.episodeId()).isEqualTo("EP-0002"));
        }

        @Test
        void streamLines_matchesValidateLines() throws Exception {
            String text = sample() + "\nnot json\n" + sample();
            List<LineResult> pushed = new ArrayList<>();
            VALIDATOR.validateLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), pushed::add);
            try (Stream<LineResult> pulled = VALIDATOR.streamLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
                assertThat(pulled).containsExactlyElementsOf(pushed);
            }
        }

        @Test
        void readLinesThenValidateLine_matchesValidateLines_evenOutOfOrder() throws Exception {
            StringBuilder text = new StringBuilder().append(sample()).append("\n\n  \nnot json\r\n{\"pad\":\"")
                    .append("x".repeat(Limits.MAX_PAYLOAD_BYTES)).append("\"}\n").append(sample()).append('\n')
                    .append("{\"episodeId\": 5");
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            List<LineResult> expected = new ArrayList<>();
            long validated = VALIDATOR.validateLines(new ByteArrayInputStream(bytes), expected::add);
            List<JsonLine> lines = new ArrayList<>();
            long read = VALIDATOR.readLines(new ByteArrayInputStream(bytes), lines::add);
            assertThat(read).isEqualTo(validated).isEqualTo(5);
            assertThat(lines).extracting(JsonLine::line).containsExactly(1L, 4L, 5L, 6L, 7L);
            assertThat(lines).extracting(JsonLine::isOversized).containsExactly(false, false, true, false, false);
            // validated in reverse, as another thread might: each line's result is its own
            List<LineResult> actual = new ArrayList<>();
            for (int i = lines.size() - 1; i >= 0; i--) {
                actual.add(0, VALIDATOR.validateLine(lines.get(i)));
            }
            assertThat(actual).containsExactlyElementsOf(expected);
            assertThat(lines.get(1)).hasToString("JsonLine[line=4, 8 bytes]");
        }

        @Test
        void oversizedLine_isReportedAndTheNextLineStillRead() throws Exception {
            StringBuilder text = new StringBuilder("{\"pad\":\"");
            text.append("x".repeat(Limits.MAX_PAYLOAD_BYTES));
            text.append("\"}\n").append(sample()).append('\n');
            List<LineResult> results = new ArrayList<>();
            VALIDATOR.validateLines(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), results::add);
            assertThat(results).hasSize(2);
            assertThat(results.get(0).result().problems()).extracting(Problem::code).containsExactly("json.limit.size");
            assertThat(results.get(1).result().isValid()).isTrue();
            assertThat(results.get(1).line()).isEqualTo(2);
        }
    }

    @Test
    void futureCheck_canBeTurnedOff() {
        ObjectNode root = sample();
        root.remove("bookOut");
        event(root, 5).put("at", "2026-07-01T00:00:00Z");
        PayloadValidator replay = PayloadValidator.builder().clock(CLOCK).checkFutureTimes(false).build();
        assertThat(replay.validate(root.toString()).isValid()).isTrue();
    }

    @Test
    void messages_neverContainTheRejectedValue() {
        ObjectNode root = sample();
        ((ObjectNode) root.get("detainee").get("identifiers")).put("familyName", 12345987);
        ((ObjectNode) root.get("detainee")).put("dateOfBirth", "CANARY-DOB");
        event(root, 5).put("observations", "CANARY-TEXT".repeat(1000));
        ValidationResult<CustodyEpisode> result = validate(root);
        assertThat(result.problems()).extracting(Problem::code)
                .contains("payload.field.type", "payload.date.format", "payload.text.tooLong");
        assertThat(result.toString()).doesNotContain("12345987", "CANARY");
    }
}
