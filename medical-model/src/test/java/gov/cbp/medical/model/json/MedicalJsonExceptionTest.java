package gov.cbp.medical.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.person.Detainee;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 9: exceptions of {@link MedicalJson#mapper()} carry no input value. Each case plants a canary
 * where Jackson's own message would quote it, and checks the whole exception (message, toString, causes,
 * suppressed, printed stack trace) for it.
 */
class MedicalJsonExceptionTest {
    private static final ObjectMapper MAPPER = MedicalJson.mapper();
    private static final String DETAINEE = "{\"subjectId\":\"S1\",\"sex\":\"female\",\"populationClass\":\"adult\",";

    @Test
    void impossibleDateOfBirth_isATypeFailureAtItsPointer_withoutTheDate() {
        Throwable thrown = catchThrowable(() -> MAPPER.readValue(DETAINEE + "\"dateOfBirth\":\"1933-02-30\"}",
                Detainee.class));

        MedicalJsonException safe = assertSafe(thrown, "1933-02-30");
        assertThat(safe.code()).isEqualTo(MedicalJsonException.TYPE);
        assertThat(safe.pointer()).isEqualTo("/dateOfBirth");
        assertThat(safe.getMessage()).isEqualTo("payload.field.type at \"/dateOfBirth\"");
    }

    @Test
    void unquotedNameToken_isMalformedAtTheName_withoutTheToken() {
        String json = DETAINEE + "\"identifiers\":{\"familyName\":CanaryFamilyName}}";

        MedicalJsonException safe = assertSafe(catchThrowable(() -> MAPPER.readValue(json, Detainee.class)),
                "CanaryFamilyName");
        assertThat(safe.code()).isEqualTo(MedicalJsonException.MALFORMED);
        assertThat(safe.pointer()).isEqualTo("/identifiers/familyName");
        assertSafe(catchThrowable(() -> MAPPER.readTree(json)), "CanaryFamilyName");
        assertSafe(catchThrowable(() -> MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8))), "CanaryFamilyName");
        assertSafe(catchThrowable(() -> MAPPER.readValue(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Detainee.class)), "CanaryFamilyName");
        assertSafe(catchThrowable(() -> MAPPER.readTree(MAPPER.createParser(json))), "CanaryFamilyName");
    }

    @Test
    void wrongTypeAndUnknownEventType_failWithoutTheValue() {
        MedicalJsonException age = assertSafe(catchThrowable(() -> MAPPER.readValue(
                DETAINEE + "\"estimatedAgeYears\":\"CANARY-AGE\"}", Detainee.class)), "CANARY-AGE");
        assertThat(age.code()).isEqualTo(MedicalJsonException.TYPE);
        assertThat(age.pointer()).isEqualTo("/estimatedAgeYears");

        MedicalJsonException type = assertSafe(catchThrowable(() -> MAPPER.readValue(
                "{\"type\":\"CANARY-TYPE\",\"id\":\"E1\",\"at\":\"2026-01-01T00:00:00Z\"}", MedicalEvent.class)),
                "CANARY-TYPE");
        assertThat(type.code()).isIn(MedicalJsonException.TYPE, MedicalJsonException.UNBINDABLE);
    }

    @Test
    void missingRequiredAttribute_isUnbindable_withoutTheOtherValues() {
        MedicalJsonException safe = assertSafe(catchThrowable(() -> MAPPER.readValue(
                "{\"subjectId\":\"CANARY-SUBJECT\",\"dateOfBirth\":\"1933-02-03\"}", Detainee.class)), "CANARY-SUBJECT");
        assertThat(safe.code()).isIn(MedicalJsonException.TYPE, MedicalJsonException.UNBINDABLE);
        assertThat(safe.pointer()).isEmpty();
    }

    @Test
    void inputNamesThatMayNotBeEchoed_endThePointerAtTheirParent() {
        JsonMappingException failure = JsonMappingException.from((JsonParser) null, "CANARY-VALUE");
        failure.prependPath(new Object(), "Canary Name\n");
        failure.prependPath(new Object(), 3);
        failure.prependPath(new Object(), "events");

        MedicalJsonException safe = assertSafe(MedicalJsonException.of(failure), "canary");
        assertThat(safe.pointer()).isEqualTo("/events/3");
        assertThat(MedicalJsonException.of(safe)).isSameAs(safe);
    }

    @Test
    void badValueInAnEventList_pointsAtTheElement_withoutTheValue() {
        String json = "{\"episodeId\":\"E1\",\"events\":[{\"type\":\"welfare-check\",\"id\":\"W0\","
                + "\"at\":\"2026-01-01T00:00:00Z\",\"method\":\"visual\",\"outcome\":\"no-concern\"},{\"type\":\"welfare-check\",\"id\":\"W1\",\"at\":\"CANARY-TIME\"}]}";

        MedicalJsonException safe = assertSafe(catchThrowable(() -> MAPPER.readValue(json, CustodyEpisode.class)),
                "CANARY-TIME");
        assertThat(safe.code()).isEqualTo(MedicalJsonException.TYPE);
        assertThat(safe.pointer()).isEqualTo("/events/1/at");
    }

    @Test
    void treeToValue_convertValue_andCopies_areSafeToo() throws Exception {
        JsonNode tree = MAPPER.readTree(DETAINEE + "\"dateOfBirth\":\"1933-02-30\"}");

        assertThat(assertSafe(catchThrowable(() -> MAPPER.treeToValue(tree, Detainee.class)), "1933-02-30").pointer())
                .isEqualTo("/dateOfBirth");
        Throwable converted = catchThrowable(() -> MAPPER.convertValue(Map.of("subjectId", "S1", "sex", "female",
                "populationClass", "adult", "dateOfBirth", "1933-02-30"), Detainee.class));
        assertThat(converted).isInstanceOf(IllegalArgumentException.class).hasCauseInstanceOf(MedicalJsonException.class);
        assertNoCanary(converted, "1933-02-30");
        assertSafe(catchThrowable(() -> MAPPER.copy().readValue(DETAINEE + "\"dateOfBirth\":\"1933-02-30\"}",
                Detainee.class)), "1933-02-30");
        assertThat(MAPPER.copy()).isNotSameAs(MAPPER).hasSameClassAs(MAPPER);
    }

    @Test
    void goodInput_readsAsBefore() throws Exception {
        Detainee detainee = MAPPER.readValue(DETAINEE + "\"dateOfBirth\":\"1933-02-03\"}", Detainee.class);

        assertThat(detainee.dateOfBirth()).hasValueSatisfying(d -> assertThat(d).hasToString("1933-02-03"));
        assertThat(MAPPER.writeValueAsString(detainee)).contains("\"dateOfBirth\":\"1933-02-03\"");
    }

    private static MedicalJsonException assertSafe(Throwable thrown, String canary) {
        assertThat(thrown).isInstanceOf(MedicalJsonException.class);
        MedicalJsonException safe = (MedicalJsonException) thrown;
        assertThat(safe.getCause()).isNull();
        assertThat(safe.getProcessor()).isNull();
        assertThat(safe.getLocation()).isNull();
        assertThat(safe.getMessage()).startsWith(safe.code() + " at \"" + safe.pointer() + "\"");
        assertNoCanary(thrown, canary);
        return safe;
    }

    private static void assertNoCanary(Throwable thrown, String canary) {
        StringWriter printed = new StringWriter();
        thrown.printStackTrace(new PrintWriter(printed));
        StringBuilder all = new StringBuilder(printed.toString());
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(t.getLocalizedMessage()).append(t);
        }
        assertThat(all.toString().toLowerCase(Locale.ROOT)).doesNotContain(canary.toLowerCase(Locale.ROOT));
    }
}
