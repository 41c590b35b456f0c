package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.PersonalData;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.model.validation.BeanValidation;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The canary test of issue 3, section 4: canary values planted in every personal-data property of generated
 * episodes, which are then broken in many ways, never appear in any output of the library: problem codes,
 * pointers, messages and arguments, {@code toString()} of results, values and problems, the JSON of the
 * problems, Bean Validation messages and paths, exception messages, and what {@code MedicalJson.mapper()}
 * binds or throws.
 */
class PersonalDataCanaryTest {
    static final String FAMILY_NAME = "CANARY-NAME-7f3a";
    static final String GIVEN_NAME = "CANARY-GIVEN-7f3a";
    static final String A_NUMBER = "A-CANARY-99";
    static final String DATE_OF_BIRTH = "1931-02-03";
    static final String TEXT = "CANARY-TEXT-7f3a";
    /** What must never appear in output; every planted value contains one of these. */
    static final List<String> CANARIES = List.of("canary", "7f3a", DATE_OF_BIRTH);

    /** The personal-data properties of the model, by the JSON property name. */
    static final Set<String> PERSONAL = Set.of("familyName", "givenName", "aNumber", "dateOfBirth", "description",
            "findings", "observations", "note", "medication");

    /** Event types with a free-text property, and the property. */
    private static final Map<String, String> FREE_TEXT = Map.of(
            "medical-issue", "description",
            "medical-assessment", "findings",
            "welfare-check", "observations",
            "exception-recorded", "note",
            "medication-reported", "medication");

    private static final ObjectMapper MAPPER = MedicalJson.mapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property(tries = 30)
    void plantedCanaries_inBrokenEpisodes_appearInNoOutput(@ForAll("episodes") CustodyEpisode episode)
            throws IOException {
        ObjectNode planted = plant(PayloadTree.tree(episode));
        Sink outputs = new Sink();
        List<byte[]> payloads = variants(planted);

        for (byte[] payload : payloads) {
            collect(PayloadTree.VALIDATOR.validate(payload), outputs);
            mapper(payload, outputs);
        }
        beanValidation(PayloadTree.VALIDATOR.validate(payloads.get(0)).boundValue().orElseThrow(), outputs);
        for (JsonNode event : planted.get("events")) {
            if (FREE_TEXT.containsKey(event.path("type").textValue())) {
                collect(PayloadTree.VALIDATOR.validateEvent(event.toString()), outputs);
                collect(PayloadTree.VALIDATOR.validateEvent(event.toString(), WelfareCheck.class), outputs);
            }
        }
        ByteArrayInputStream lines = new ByteArrayInputStream(String.join("\n", payloads.subList(0, 12).stream()
                .map(p -> new String(p, StandardCharsets.UTF_8).replace('\n', ' ')).collect(Collectors.toList()))
                .getBytes(StandardCharsets.UTF_8));
        PayloadTree.VALIDATOR.validateLines(lines, line -> {
            outputs.add(line.toString());
            collect(line.result(), outputs);
        });
        for (byte[] payload : elsewhere(planted)) {
            collectProblems(PayloadTree.VALIDATOR.validate(payload), outputs);
        }

        assertThat(payloads.size()).isGreaterThan(30);
        assertThat(outputs.checked).isGreaterThan(1000);
    }

    @Test
    void builderExceptions_withPlantedCanaries_doNotEchoThem() {
        List<String> outputs = new ArrayList<>();
        PersonalIdentifiers identifiers = PersonalIdentifiers.builder().familyName(FAMILY_NAME).givenName(GIVEN_NAME)
                .aNumber(A_NUMBER).build();
        outputs.add(identifiers.toString());
        capture(() -> Detainee.builder().identifiers(identifiers).dateOfBirth(LocalDate.parse(DATE_OF_BIRTH)).build(),
                outputs);
        capture(() -> WelfareCheck.builder().observations(TEXT).build(), outputs);
        capture(() -> PayloadTree.VALIDATOR.validateEvent("{\"type\":\"welfare-check\",\"observations\":\"" + TEXT
                + "\"}", WelfareCheck.class).value().orElseThrow(), outputs);

        assertThat(outputs).hasSize(7);
        assertNoCanary(outputs);
    }

    /**
     * Every accessor marked {@code @PersonalData} is redacted. {@code @Value.Redacted} has class retention (it is
     * read by the annotation processor, not at run time), so this checks its effect: {@code toString()} of a
     * value holding a canary in the attribute does not show the attribute at all (the record style prints
     * record ids only), and the compiled class still refers to {@code Value.Redacted}.
     */
    @Test
    void everyPersonalDataAccessor_isRedactedFromToString() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : ModelTypes.all()) {
            for (Method accessor : type.getMethods()) {
                if (!accessor.isAnnotationPresent(PersonalData.class) || accessor.getDeclaringClass() != type) {
                    continue;
                }
                found.add(accessor.getName());
                assertThat(classFile(type)).as(type.getSimpleName()).contains("Lorg/immutables/value/Value$Redacted;");
                Object value = ModelArbitraries.forType(type).orElseThrow().sample();
                Object builder = type.getMethod("toBuilder").invoke(value);
                boolean date = accessor.getGenericReturnType().getTypeName().contains("LocalDate");
                Method setter = builder.getClass().getMethod(accessor.getName(), date ? LocalDate.class : String.class);
                setter.setAccessible(true);
                setter.invoke(builder, date ? LocalDate.parse(DATE_OF_BIRTH) : TEXT);
                Method build = builder.getClass().getMethod("build");
                build.setAccessible(true);
                String text = build.invoke(builder).toString();

                assertThat(text).as("%s.%s", type.getSimpleName(), accessor.getName())
                        .doesNotContain(accessor.getName() + "=");
                assertNoCanary(List.of(text));
            }
        }
        assertThat(found).isEqualTo(PERSONAL);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Plants a canary in every personal-data property, adding events so that each free-text kind occurs. */
    static ObjectNode plant(ObjectNode tree) {
        ObjectNode detainee = (ObjectNode) tree.get("detainee");
        ObjectNode identifiers = detainee.putObject("identifiers");
        identifiers.put("familyName", FAMILY_NAME);
        identifiers.put("givenName", GIVEN_NAME);
        identifiers.put("aNumber", A_NUMBER);
        detainee.put("dateOfBirth", DATE_OF_BIRTH);
        detainee.remove("estimatedAgeYears");
        ArrayNode events = (ArrayNode) tree.get("events");
        String at = tree.get("bookIn").get("at").textValue();
        int n = 0;
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(FREE_TEXT).entrySet()) {
            ObjectNode event = events.addObject();
            event.put("type", entry.getKey());
            event.put("id", "EV-PD-" + ++n);
            event.put("at", at);
            switch (entry.getKey()) {
                case "medical-issue":
                    event.put("source", "self-reported");
                    break;
                case "medical-assessment":
                    event.put("credential", "physician");
                    break;
                case "welfare-check":
                    event.put("method", "visual").put("outcome", "no-concern");
                    break;
                case "exception-recorded":
                    event.put("requirementId", "TEDS-DURATION").put("reasonCode", "surge-capacity");
                    break;
                default:
                    break;
            }
        }
        for (JsonNode event : events) {
            String property = FREE_TEXT.get(event.path("type").textValue());
            if (property != null) {
                ((ObjectNode) event).put(property, TEXT + " " + property + " \u00e9\u00f1");
            }
        }
        Set<String> planted = PayloadTree.slots(tree).stream()
                .filter(s -> !s.isElement() && s.value().isTextual() && containsCanary(s.value().textValue()))
                .map(s -> s.name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(planted).isEqualTo(PERSONAL);
        return tree;
    }

    /** The planted episode broken in many ways, one payload per way. */
    static List<byte[]> variants(ObjectNode planted) {
        List<ObjectNode> trees = new ArrayList<>();
        trees.add(planted.deepCopy());
        List<PayloadTree.Slot> personal = PayloadTree.slots(planted).stream()
                .filter(s -> !s.isElement() && PERSONAL.contains(s.name)).collect(Collectors.toList());
        Set<String> broken = new TreeSet<>();
        for (int i = 0; i < personal.size(); i++) {
            if (!broken.add(personal.get(i).name)) {
                continue; // break the first property of each personal kind, every way
            }
            int index = i;
            String canary = personal.get(i).value().textValue();
            trees.add(changed(planted, index, s -> s.set(NODES.arrayNode().add(canary))));
            trees.add(changed(planted, index, s -> s.set(NODES.objectNode().put("value", canary))));
            trees.add(changed(planted, index, s -> s.set(NODES.textNode(canary + "x".repeat(Limits.MAX_TEXT_LENGTH)))));
            trees.add(changed(planted, index, s -> s.set(NODES.textNode(canary + "T00:00"))));
        }
        List<byte[]> out = new ArrayList<>();
        for (ObjectNode tree : trees) {
            out.add(tree.toString().getBytes(StandardCharsets.UTF_8));
        }
        String json = planted.toString();
        for (String canary : List.of(FAMILY_NAME, GIVEN_NAME, A_NUMBER, DATE_OF_BIRTH, TEXT)) {
            int at = json.indexOf(canary);
            out.add(json.substring(0, at + canary.length() / 2).getBytes(StandardCharsets.UTF_8));
            out.add(json.substring(0, at + canary.length()).getBytes(StandardCharsets.UTF_8));
            out.add(json.replace(canary, canary + "\\q").getBytes(StandardCharsets.UTF_8));
            out.add(json.replace(canary, canary + "\n").getBytes(StandardCharsets.UTF_8));
            out.add(json.replace("\"" + canary, canary).getBytes(StandardCharsets.UTF_8));
        }
        out.add(json.replace("\"familyName\":", "\"familyName\":\"" + FAMILY_NAME + "\",\"familyName\":")
                .getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /**
     * The planted episode with canaries in properties that are not personal data but must not be echoed
     * either (codes, identifiers, times, the format version): problems never quote them, though a bound value's
     * {@code toString()} shows such non-personal attributes.
     */
    static List<byte[]> elsewhere(ObjectNode planted) {
        List<ObjectNode> trees = new ArrayList<>();
        Map<String, String> elsewhere = new LinkedHashMap<>();
        elsewhere.put("/detainee/sex", "CANARY-SEX-7f3a");
        elsewhere.put("/episodeId", "CANARY 7f3a");
        elsewhere.put("/formatVersion", "CANARY-7f3a");
        elsewhere.put("/bookIn/at", "CANARY-TIME-7f3a");
        elsewhere.put("/facilities/0/timeZone", "CANARY/7f3a");
        elsewhere.put("/events/0/type", "CANARY-TYPE-7f3a");
        elsewhere.put("/events/0/id", "CANARY-ID 7f3a");
        elsewhere.put("/detainee/estimatedAgeYears", "CANARY-AGE-7f3a");
        for (Map.Entry<String, String> entry : elsewhere.entrySet()) {
            ObjectNode copy = planted.deepCopy();
            String pointer = entry.getKey();
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = copy.at(pointer.substring(0, slash));
            if (parent.isObject()) {
                ((ObjectNode) parent).put(pointer.substring(slash + 1), entry.getValue());
                trees.add(copy);
            }
        }
        List<byte[]> out = new ArrayList<>();
        for (ObjectNode tree : trees) {
            out.add(tree.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static ObjectNode changed(ObjectNode planted, int personalIndex, Consumer<PayloadTree.Slot> change) {
        ObjectNode copy = planted.deepCopy();
        List<PayloadTree.Slot> personal = PayloadTree.slots(copy).stream()
                .filter(s -> !s.isElement() && PERSONAL.contains(s.name)).collect(Collectors.toList());
        change.accept(personal.get(personalIndex));
        return copy;
    }

    /**
     * What {@link MedicalJson#mapper()} gives for the payload: the bound value's {@code toString()}, or the
     * exception's message and text with every cause (issue 13, item 9).
     */
    static void mapper(byte[] payload, Sink outputs) {
        try {
            outputs.add(MAPPER.readValue(payload, CustodyEpisode.class).toString());
        } catch (IOException | RuntimeException e) {
            // every cause and suppressed exception, as a log would print them (the frames name code, not data)
            for (Throwable t = e; t != null; t = t.getCause()) {
                outputs.add(t.toString());
                outputs.add(String.valueOf(t.getMessage()));
                for (Throwable suppressed : t.getSuppressed()) {
                    outputs.add(suppressed.toString());
                }
            }
        }
    }

    /** Everything a result exposes, as text. */
    static void collect(ValidationResult<?> result, Sink outputs) {
        outputs.add(result.toString());
        collectProblems(result, outputs);
        result.boundValue().ifPresent(value -> {
            outputs.add(value.toString());
            if (value instanceof CustodyEpisode) {
                CustodyEpisode episode = (CustodyEpisode) value;
                outputs.add(episode.detainee().toString());
                episode.detainee().identifiers().ifPresent(ids -> outputs.add(ids.toString()));
                for (MedicalEvent event : episode.events()) {
                    outputs.add(event.toString());
                }
            }
        });
    }

    /** The problems of a result, as text and as JSON. */
    static void collectProblems(ValidationResult<?> result, Sink outputs) {
        try {
            outputs.add(MAPPER.writeValueAsString(result.problems()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Problem problem : result.problems()) {
            outputs.add(problem.toString());
            outputs.add(problem.code());
            outputs.add(problem.pointer());
            outputs.add(problem.message());
            problem.arguments().forEach(outputs::add);
        }
    }

    /** Bean Validation of a bound episode, as it is and with every personal text over its limit. */
    static void beanValidation(CustodyEpisode episode, Sink outputs) {
        List<CustodyEpisode> values = new ArrayList<>();
        values.add(episode);
        String tooLong = TEXT + "x".repeat(Limits.MAX_TEXT_LENGTH);
        List<MedicalEvent> events = new ArrayList<>();
        for (MedicalEvent event : episode.events()) {
            events.add(withText(event, tooLong));
        }
        values.add(episode.toBuilder()
                .detainee(episode.detainee().toBuilder().identifiers(PersonalIdentifiers.builder()
                        .familyName(tooLong).givenName(tooLong).aNumber(tooLong).build()).build())
                .events(events)
                .build());
        for (CustodyEpisode value : values) {
            ValidationResult<CustodyEpisode> result = BeanValidation.validate(value, PayloadTree.CLOCK);
            collect(result, outputs);
            for (ConstraintViolation<CustodyEpisode> violation : BeanValidation.validator().validate(value)) {
                outputs.add(violation.getMessage());
                outputs.add(violation.getMessageTemplate());
                outputs.add(violation.getPropertyPath().toString());
            }
        }
        assertThat(BeanValidation.validate(values.get(1), PayloadTree.CLOCK).problems())
                .anySatisfy(p -> assertThat(p.code()).isEqualTo("payload.text.tooLong"));
    }

    private static MedicalEvent withText(MedicalEvent event, String text) {
        if (event instanceof gov.cbp.medical.model.care.MedicalIssue) {
            return ((gov.cbp.medical.model.care.MedicalIssue) event).toBuilder().description(text).build();
        }
        if (event instanceof gov.cbp.medical.model.care.MedicalAssessment) {
            return ((gov.cbp.medical.model.care.MedicalAssessment) event).toBuilder().findings(text).build();
        }
        if (event instanceof WelfareCheck) {
            return ((WelfareCheck) event).toBuilder().observations(text).build();
        }
        if (event instanceof gov.cbp.medical.model.custody.ExceptionRecorded) {
            return ((gov.cbp.medical.model.custody.ExceptionRecorded) event).toBuilder().note(text).build();
        }
        if (event instanceof gov.cbp.medical.model.medication.MedicationReported) {
            return ((gov.cbp.medical.model.medication.MedicationReported) event).toBuilder().medication(text).build();
        }
        return event;
    }

    private static void capture(Runnable action, List<String> outputs) {
        assertThatThrownBy(action::run).satisfies(e -> {
            outputs.add(String.valueOf(e.getMessage()));
            outputs.add(e.toString());
        });
    }

    private static String classFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Checks each output as it is produced, so that nothing is kept. */
    static final class Sink {
        long checked;

        void add(String output) {
            checked++;
            if (containsCanary(output)) {
                throw new AssertionError("output leaks a canary: "
                        + (output.length() > 400 ? output.substring(0, 400) + "..." : output));
            }
        }
    }

    static boolean containsCanary(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return CANARIES.stream().anyMatch(lower::contains);
    }

    static void assertNoCanary(List<String> outputs) {
        for (String output : outputs) {
            assertThat(containsCanary(output)).as("output leaks a canary: %s", output.length() > 400
                    ? output.substring(0, 400) + "..." : output).isFalse();
        }
    }

    @Provide
    Arbitrary<CustodyEpisode> episodes() {
        GeneratorSettings shortStays = GeneratorSettings.builder().facilities(3).days(30).medianStayHours(8)
                .longStayShare(0).build();
        return Arbitraries.frequencyOf(Tuple.of(1, ModelArbitraries.episodes()),
                Tuple.of(1, ModelArbitraries.realisticEpisodes(shortStays)));
    }
}
