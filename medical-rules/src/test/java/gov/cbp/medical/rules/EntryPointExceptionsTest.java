package gov.cbp.medical.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.CatalogueLoad;
import gov.cbp.medical.rules.worklist.Worklist;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 9: whatever a public entry point throws or reports for input full of canaries (payloads, the
 * model's mapper, standards documents, measure sets, evaluation at odd instants) quotes none of them: the
 * message and text of every cause, and each problem's code, pointer, message and arguments.
 */
class EntryPointExceptionsTest {
    private static final String CANARY = "CANARY-7f3a";
    private static final ObjectMapper MAPPER = MedicalJson.mapper();

    @Test
    void everyEntryPoint_onCanaryInput_throwsAndReportsNoCanary() throws Exception {
        CustodyEpisode planted = PrivacyTest.planted();
        String json = MAPPER.writeValueAsString(planted);
        List<String> documents = poisoned(json);
        List<String> outputs = new ArrayList<>();
        int thrown = 0;

        for (String document : documents) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            thrown += capture(() -> MAPPER.readValue(document, CustodyEpisode.class), outputs);
            thrown += capture(() -> MAPPER.readValue(bytes, CustodyEpisode.class), outputs);
            thrown += capture(() -> MAPPER.readTree(document), outputs);
            thrown += capture(() -> MAPPER.treeToValue(MAPPER.readTree(document), CustodyEpisode.class), outputs);
            capture(() -> problems(PayloadValidator.create().validate(bytes).problems(), outputs), outputs);
            capture(() -> problems(MeasureSetReader.create().read(bytes).problems(), outputs), outputs);
            capture(() -> {
                CatalogueLoad load = Catalogue.load(new ByteArrayInputStream(bytes));
                problems(load.problems(), outputs);
                outputs.add(load.toString());
                return load.orElseThrow();
            }, outputs);
        }
        for (String standards : List.of("{\"standards\":[{\"id\":\"" + CANARY + "\",\"title\":\"" + CANARY + "\"}]}",
                "{\"id\":" + CANARY + "}", "[\"" + CANARY + "\"]")) {
            byte[] bytes = standards.getBytes(StandardCharsets.UTF_8);
            thrown += capture(() -> Catalogue.load(new ByteArrayInputStream(bytes)).orElseThrow(), outputs);
            capture(() -> problems(MeasureSetReader.create().read(bytes).problems(), outputs), outputs);
        }
        Evaluator evaluator = Evaluator.of(Catalogue.baseline());
        for (Instant asOf : List.of(Instant.MIN, Instant.EPOCH, planted.bookIn().at(), Instant.MAX)) {
            capture(() -> problems(evaluator.evaluate(planted, asOf).problems(), outputs), outputs);
            capture(() -> Worklist.of(evaluator, List.of(planted), asOf, Duration.ofHours(1)).toString(), outputs);
        }

        assertThat(thrown).as("the mapper and the strict catalogue throw on broken input").isGreaterThan(20);
        assertThat(outputs).hasSizeGreaterThan(100);
        for (String output : outputs) {
            String lower = output.toLowerCase(Locale.ROOT);
            for (String canary : canaries()) {
                assertThat(lower).as("output leaks %s", canary).doesNotContain(canary.toLowerCase(Locale.ROOT));
            }
        }
    }

    private interface Call {
        Object run() throws Exception;
    }

    /** Runs the call; its result's text, or a throwable's message and text with all causes, go to the outputs. */
    private static int capture(Call call, List<String> outputs) {
        try {
            Object result = call.run();
            if (result instanceof JsonNode) {
                return 0; // a tree is the input itself, not an output of the library
            }
            outputs.add(String.valueOf(result));
            return 0;
        } catch (Exception e) {
            // every cause and suppressed exception, as a log would print them (the frames name code, not data)
            for (Throwable t = e; t != null; t = t.getCause()) {
                outputs.add(t.toString());
                outputs.add(String.valueOf(t.getMessage()));
                for (Throwable suppressed : t.getSuppressed()) {
                    outputs.add(suppressed.toString());
                }
            }
            return 1;
        }
    }

    private static Object problems(List<Problem> problems, List<String> outputs) {
        for (Problem problem : problems) {
            outputs.add(problem.toString());
            outputs.add(problem.pointer());
            outputs.add(problem.message());
            outputs.addAll(problem.arguments());
        }
        return problems.size();
    }

    private static List<String> canaries() {
        List<String> canaries = new ArrayList<>(PrivacyTest.CANARIES);
        canaries.add(CANARY);
        canaries.add("2011-02-30");
        return canaries;
    }

    /**
     * The planted episode broken where its personal values are, and with canaries in ids, times and types. (Not
     * in property names: problems echo those, escaped and cut, by design; see {@code PropertyNames}.)
     */
    private static List<String> poisoned(String json) {
        return List.of(json,
                json.replace("2011-02-03", "2011-02-30"),
                json.replace("\"CANARY-FAMILY\"", "CANARY-FAMILY"),
                json.replace("\"CANARY-NOTE\"", "[\"CANARY-NOTE\"]"),
                json.replace("\"CANARY-FINDINGS\"", "{\"x\":\"CANARY-FINDINGS\"}"),
                json.substring(0, json.indexOf("CANARY-GIVEN") + 6),
                json.replace("\"at\":\"", "\"at\":\"" + CANARY),
                json.replace("\"type\":\"welfare-check\"", "\"type\":\"" + CANARY + "\""),
                json.replace("\"sex\":\"", "\"sex\":" + CANARY + ",\"x\":\""));
    }
}
