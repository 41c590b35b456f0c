package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The payload validator never throws on any input, and every pointer of its problems resolves in the input
 * (for a missing property, the pointer's parent does) whenever the input is JSON (issue 3, section 3).
 */
class ValidatorRobustnessTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final List<String> KEYS = new ArrayList<>();
    private static final List<String> WORDS = new ArrayList<>();

    static {
        TreeSet<String> keys = new TreeSet<>();
        TreeSet<String> words = new TreeSet<>();
        for (CustodyEpisode episode : List.of(EpisodeGenerator.familyStay72h(), EpisodeGenerator.juvenileDay(),
                BundledSamples.validEpisodes().get(5))) {
            harvest(PayloadTree.tree(episode), keys, words);
        }
        for (String code : EventType.codes().codes()) {
            words.add(code);
        }
        KEYS.addAll(keys);
        WORDS.addAll(words);
    }

    private static void harvest(JsonNode node, TreeSet<String> keys, TreeSet<String> words) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                keys.add(field.getKey());
                harvest(field.getValue(), keys, words);
            }
        } else if (node.isArray()) {
            node.forEach(child -> harvest(child, keys, words));
        } else if (node.isTextual()) {
            words.add(node.textValue());
        }
    }

    @Property(tries = 400)
    void anyString_validate_neverThrowsAndPointersResolve(@ForAll("texts") String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        ValidationResult<CustodyEpisode> result = PayloadTree.VALIDATOR.validate(input);

        assertPointersResolve(bytes, result);
        assertPointersResolve(bytes, PayloadTree.VALIDATOR.validateEvent(input));
        Statistics.label("decoded").collect(result.problems().stream().noneMatch(p -> p.severity() == Severity.FATAL));
        Statistics.label("decoded").coverage(coverage -> coverage.check(true).percentage(p -> p > 30));
    }

    @Property(tries = 300)
    void anyBytes_validate_neverThrows(@ForAll @Size(max = 300) byte[] bytes) {
        assertPointersResolve(bytes, PayloadTree.VALIDATOR.validate(bytes));
        assertPointersResolve(bytes, PayloadTree.VALIDATOR.validateEvent(bytes));
    }

    @Property(tries = 300)
    void cutOrCorruptedEpisode_validate_neverThrowsAndPointersResolve(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int cut, @ForAll @IntRange(min = 0, max = 1_000_000) int at,
            @ForAll byte value) {
        byte[] json = PayloadTree.tree(episode).toString().getBytes(StandardCharsets.UTF_8);
        byte[] cutJson = Arrays.copyOf(json, Math.floorMod(cut, json.length + 1));
        byte[] corrupted = json.clone();
        corrupted[Math.floorMod(at, corrupted.length)] = value;

        assertPointersResolve(cutJson, PayloadTree.VALIDATOR.validate(cutJson));
        assertPointersResolve(corrupted, PayloadTree.VALIDATOR.validate(corrupted));
    }

    @Property(tries = 300)
    void mutatedEpisode_validate_neverThrowsAndPointersResolve(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 1_000_000) Integer> picks) {
        ObjectNode tree = PayloadTree.tree(episode);
        for (int pick : picks) {
            Mutations.random(tree, pick);
        }
        byte[] json = tree.toString().getBytes(StandardCharsets.UTF_8);

        assertPointersResolve(json, PayloadTree.VALIDATOR.validate(json));
    }

    @Property(tries = 300)
    void mutatedEvent_validateEvent_neverThrowsAndPointersResolve(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        ObjectNode tree = PayloadTree.tree(episode);
        Mutations.random(tree, pick);
        JsonNode events = tree.path("events");
        JsonNode event = events.size() == 0 ? tree : events.get(Math.floorMod(pick, events.size()));
        byte[] json = event.toString().getBytes(StandardCharsets.UTF_8);

        assertPointersResolve(json, PayloadTree.VALIDATOR.validateEvent(json));
    }

    @Property(tries = 100)
    void anyLines_validateLines_neverThrowsAndNumbersEveryNonBlankLine(
            @ForAll @Size(max = 8) List<@net.jqwik.api.From("texts") String> lines) throws IOException {
        String stream = String.join("\n", lines);
        List<LineResult> results = new ArrayList<>();

        long count = PayloadTree.VALIDATOR.validateLines(
                new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), results::add);

        assertThat(results).hasSize((int) count);
        for (int i = 1; i < results.size(); i++) {
            assertThat(results.get(i).line()).isGreaterThan(results.get(i - 1).line());
        }
    }

    /** Every pointer resolves in the input when it is JSON; a fatal problem means nothing was bound. */
    static void assertPointersResolve(byte[] input, ValidationResult<?> result) {
        boolean fatal = result.problems().stream().anyMatch(p -> p.severity() == Severity.FATAL);
        if (fatal) {
            assertThat(result.boundValue()).isEmpty();
            assertThat(result.isValid()).isFalse();
            return;
        }
        JsonNode tree;
        try {
            tree = PLAIN.readTree(input);
        } catch (IOException e) {
            throw new AssertionError("the validator accepted input that is not JSON", e);
        }
        for (Problem problem : result.problems()) {
            String pointer = problem.pointer();
            if (problem.code().equals("payload.field.required")) {
                int slash = pointer.lastIndexOf('/');
                assertThat(slash).as("pointer of %s", problem).isGreaterThanOrEqualTo(0);
                JsonNode parent = tree.at(pointer.substring(0, slash));
                assertThat(parent.isMissingNode()).as("parent of %s", problem).isFalse();
                JsonNode value = tree.at(pointer);
                assertThat(value.isMissingNode() || value.isNull()).as("%s is absent", problem).isTrue();
            } else {
                assertThat(tree.at(pointer).isMissingNode()).as("%s resolves", problem).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<CustodyEpisode> episodes() {
        return Arbitraries.frequencyOf(Tuple.of(3, ModelArbitraries.episodes()),
                Tuple.of(1, ModelArbitraries.realisticEpisodes()));
    }

    /** Random strings, JSON-like token soups, and random JSON documents in the model's vocabulary. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> tokens = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\"type\"", "\"at\"",
                "\"formatVersion\"", "\"1.0\"", "\"events\"", "true", "fals", "nul", "1e999", "-0", "\\u00",
                " ", "\n", "\"\\\"\"").list().ofMaxSize(30).map(list -> String.join("", list));
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.strings().ofMaxLength(200)),
                Tuple.of(2, tokens),
                Tuple.of(4, documents()));
    }

    private static Arbitrary<String> documents() {
        Arbitrary<ObjectNode> roots = object(3).map(root -> {
            if (!root.has("formatVersion")) {
                root.put("formatVersion", "1.0");
            }
            return root;
        });
        return roots.map(JsonNode::toString);
    }

    private static Arbitrary<JsonNode> value(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.of(WORDS).map(f::textNode),
                Arbitraries.integers().between(-5, 200).map(f::numberNode),
                Arbitraries.of(true, false).map(f::booleanNode),
                Arbitraries.just(f.nullNode()),
                Arbitraries.strings().ofMaxLength(20).map(f::textNode));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<JsonNode> arrays = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4).map(items -> {
            ArrayNode array = f.arrayNode();
            items.forEach(array::add);
            return array;
        });
        return Arbitraries.frequencyOf(Tuple.of(4, scalars), Tuple.of(1, arrays),
                Tuple.of(2, Arbitraries.lazy(() -> object(depth - 1).map(JsonNode.class::cast))));
    }

    private static Arbitrary<ObjectNode> object(int depth) {
        return Combinators.combine(Arbitraries.of(KEYS).list().ofMaxSize(8), value(depth).list().ofSize(8))
                .as((keys, values) -> {
                    ObjectNode node = JsonNodeFactory.instance.objectNode();
                    for (int i = 0; i < keys.size(); i++) {
                        node.set(keys.get(i), values.get(i));
                    }
                    return node;
                });
    }
}
