package gov.cbp.medical.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.SampleEpisodes;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The one-pass reader ({@link Tape}, {@link TapeFields}) against the tree reader it replaced ({@link TreeOracle}):
 * on valid and mutated payloads — truncated, duplicated keys, wrong types, nulls, unknown properties, members
 * reordered (so {@code "type"} moves), removed, bytes changed, tokens after the document — both give equal
 * results: the same problems (code, severity, pointer, arguments, message) in the same order, and the same
 * decoded episode or event.
 */
class TapeDifferentialTest {
    private static final Messages MESSAGES = EpisodeReader.messages(Locale.ROOT);
    private static final Instant NOT_AFTER = Instant.parse("2026-06-01T00:00:00Z");
    private static final List<ObjectNode> SEEDS = seeds();
    /** Values that are of the wrong type somewhere and of the right type, or out of range, elsewhere. */
    private static final List<String> VALUES = List.of("\"text\"", "\"\"", "0", "-1", "7", "2147483647", "2147483648",
            "-2147483649", "99999999999999999999", "1.5", "30.0", "-0.0", "1e400", "2147483648.0", "true", "false",
            "null", "[]", "{}", "[\"a\", 1]", "{\"type\":\"x\"}", "\"2026-03-01T14:00:00Z\"", "\"1933-02-30\"",
            "\"PT4H\"", "\"America/New_York\"", "\"es\"", "\"single-adult\"", "\"" + "x".repeat(5000) + "\"",
            "[{\"type\":null}]", "{\"type\":\"welfare-check\"}");
    private static final List<String> NAMES = List.of("extra", "type", "a/b", "~c", "\u0001bad", "", "at",
            "x".repeat(100), "id");

    enum Mutation { NONE, TRUNCATE, DUPLICATE_KEY, WRONG_TYPE, NULL, UNKNOWN_PROPERTY, REORDER, REMOVE, BYTE, TRAILING }

    @Property(tries = 1500)
    void anEpisode_readsAsTheTreeReadIt(@ForAll("seed") int seed, @ForAll Mutation mutation,
            @ForAll @IntRange(min = 0, max = 1_000_000) int where, @ForAll @IntRange(min = 0, max = 1_000_000) int variant) {
        byte[] payload = mutate(SEEDS.get(seed), mutation, where, variant);

        assertSame(EpisodeReader.episode(payload, 0, payload.length, NOT_AFTER, MESSAGES),
                TreeOracle.episode(payload, NOT_AFTER, MESSAGES));
    }

    @Property(tries = 800)
    void anEventOnItsOwn_readsAsTheTreeReadIt(@ForAll("seed") int seed, @ForAll Mutation mutation,
            @ForAll @IntRange(min = 0, max = 1_000_000) int where, @ForAll @IntRange(min = 0, max = 1_000_000) int variant) {
        JsonNode events = SEEDS.get(seed).get("events");
        assertThat(events.size()).isPositive();
        ObjectNode event = (ObjectNode) events.get(variant % events.size());
        byte[] payload = mutate(event, mutation, where, variant / 7);

        ValidationResult<MedicalEvent> now = EpisodeReader.event(payload, 0, payload.length, NOT_AFTER, MESSAGES);
        ValidationResult<MedicalEvent> before = TreeOracle.event(payload, NOT_AFTER, MESSAGES);
        assertThat(now.problems()).isEqualTo(before.problems());
        assertThat(now.value()).isEqualTo(before.value());
    }

    @Provide
    Arbitrary<Integer> seed() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    @Example
    void theProblemCap_keepsTheSameThousand() {
        // 1,500 events, each with three problems: the first 1,000 problems and the count of the rest agree
        ObjectNode episode = SEEDS.get(0).deepCopy();
        ArrayNode events = episode.putArray("events");
        for (int i = 0; i < 1_500; i++) {
            events.addObject().put("type", "welfare-check").put("at", "not an instant").put("zz" + i, 1);
        }
        byte[] payload = bytes(episode);

        ValidationResult<CustodyEpisode> now = EpisodeReader.episode(payload, 0, payload.length, NOT_AFTER, MESSAGES);
        assertSame(now, TreeOracle.episode(payload, NOT_AFTER, MESSAGES));
        assertThat(now.problems()).hasSize(1_001).extracting(Problem::code).contains("payload.problems.truncated");
    }

    @Example
    void aDuplicateInALargeObject_isTheTreesDuplicate() {
        // past the linear scan: the seventeenth and later names are checked against a set
        for (int members : new int[] {15, 16, 17, 40, 300}) {
            StringBuilder json = new StringBuilder("{\"formatVersion\":\"1.0\",\"detainee\":{");
            for (int i = 0; i < members; i++) {
                json.append("\"m").append(i).append("\":").append(i).append(',');
            }
            json.append("\"m").append(members - 1).append("\":[1,2]}}");
            byte[] payload = json.toString().getBytes(StandardCharsets.UTF_8);

            ValidationResult<CustodyEpisode> now = EpisodeReader.episode(payload, 0, payload.length, NOT_AFTER, MESSAGES);
            assertSame(now, TreeOracle.episode(payload, NOT_AFTER, MESSAGES));
            assertThat(now.problems()).extracting(Problem::code).containsExactly("json.syntax.duplicateProperty");
        }
    }

    @Example
    void tooManyPropertiesAndEdgesOfTheDocument_areTheTrees() {
        StringBuilder wide = new StringBuilder("{\"formatVersion\":\"1.0\"");
        for (int i = 0; i < 300; i++) {
            wide.append(",\"p").append(i).append("\":null");
        }
        wide.append('}');
        for (String json : List.of(wide.toString(), "", "   ", "\uFEFF{}", "null", "[]", "\"text\"", "{} {}", "{} x",
                "{\"a\":tru", "{\"a\":nul", "{\"a\":fals", "{\"a\":1,\"a\":2", "[{\"a\":1,\"a\":{\"b\":[}}]",
                "{\"formatVersion\":\"2.0\"}", "{\"formatVersion\":\"1.9\",\"formatVersion\":\"1.0\"}", "\u0000{}")) {
            byte[] payload = json.getBytes(StandardCharsets.UTF_8);
            assertSame(EpisodeReader.episode(payload, 0, payload.length, NOT_AFTER, MESSAGES),
                    TreeOracle.episode(payload, NOT_AFTER, MESSAGES));
            assertThat(EpisodeReader.event(payload, 0, payload.length, NOT_AFTER, MESSAGES).problems())
                    .isEqualTo(TreeOracle.event(payload, NOT_AFTER, MESSAGES).problems());
        }
    }

    @Example
    void theBeanValidationSide_findsWhatTheTreeFound() {
        CustodyEpisode child = SampleEpisodes.child();
        for (Instant notAfter : new Instant[] {null, NOT_AFTER, SampleEpisodes.BOOK_IN}) {
            ProblemCollector before = EpisodeReader.problems();
            TreeOracle.decode(MedicalJson.mapper().valueToTree(child), notAfter, before);
            List<Problem> expected = before.isEmpty() ? List.of() : before.toProblems(MESSAGES);

            assertThat(ConsistentEpisodeValidator.problems(child, notAfter)).isEqualTo(expected);
        }
        assertThat(ConsistentEpisodeValidator.problems(child, SampleEpisodes.BOOK_IN)).isNotEmpty();
    }

    private static void assertSame(ValidationResult<CustodyEpisode> now, ValidationResult<CustodyEpisode> before) {
        assertThat(now.problems()).isEqualTo(before.problems());
        assertThat(now.value()).isEqualTo(before.value());
    }

    private static byte[] mutate(ObjectNode seed, Mutation mutation, int where, int variant) {
        ObjectNode root = seed.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(where % containers.size());
        String value = VALUES.get(variant % VALUES.size());
        switch (mutation) {
            case TRUNCATE: {
                byte[] whole = bytes(root);
                return java.util.Arrays.copyOf(whole, where % whole.length);
            }
            case DUPLICATE_KEY:
                return duplicated(root, target, variant);
            case WRONG_TYPE:
                replace(target, variant, parse(value));
                break;
            case NULL:
                replace(target, variant, JsonNodeFactory.instance.nullNode());
                break;
            case UNKNOWN_PROPERTY:
                if (target.isObject()) {
                    ((ObjectNode) target).set(NAMES.get(variant % NAMES.size()), parse(value));
                } else {
                    ((ArrayNode) target).add(parse(value));
                }
                break;
            case REORDER:
                reorder(target, new Random(variant));
                break;
            case REMOVE:
                if (target.size() > 0) {
                    if (target.isObject()) {
                        Iterator<String> names = target.fieldNames();
                        for (int i = variant % target.size(); i > 0; i--) {
                            names.next();
                        }
                        ((ObjectNode) target).remove(names.next());
                    } else {
                        ((ArrayNode) target).remove(variant % target.size());
                    }
                }
                break;
            case BYTE: {
                byte[] whole = bytes(root);
                String bytes = "{}[]\",:0a\\ -.e\u00ff\u0000";
                whole[where % whole.length] = (byte) bytes.charAt(variant % bytes.length());
                return whole;
            }
            case TRAILING:
                return (new String(bytes(root), StandardCharsets.UTF_8) + List.of(" x", " {}", "\n", " ,", " 1", "]")
                        .get(variant % 6)).getBytes(StandardCharsets.UTF_8);
            default:
                break;
        }
        return bytes(root);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    /** Replaces a member or element of a container; an empty container gets it added. */
    private static void replace(JsonNode container, int variant, JsonNode value) {
        if (container.isObject()) {
            ObjectNode object = (ObjectNode) container;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(names.isEmpty() ? "extra" : names.get(variant % names.size()), value);
        } else {
            ArrayNode array = (ArrayNode) container;
            if (array.isEmpty()) {
                array.add(value);
            } else {
                array.set(variant % array.size(), value);
            }
        }
    }

    private static void reorder(JsonNode container, Random random) {
        if (container.isObject()) {
            ObjectNode object = (ObjectNode) container;
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
            Collections.shuffle(members, random);
            object.removeAll();
            members.forEach(m -> object.set(m.getKey(), m.getValue()));
        } else {
            ArrayNode array = (ArrayNode) container;
            List<JsonNode> elements = new ArrayList<>();
            array.forEach(elements::add);
            Collections.shuffle(elements, random);
            array.removeAll();
            array.addAll(elements);
        }
    }

    /** The document with one member of an object written twice: right after itself, or at the object's end. */
    private static byte[] duplicated(JsonNode root, JsonNode target, int variant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = Parsing.MAPPER.getFactory().createGenerator(out)) {
            write(generator, root, target.isObject() && target.size() > 0 ? target : root, variant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator generator, JsonNode node, JsonNode duplicated, int variant) throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            int chosen = node.size() == 0 ? -1 : variant % node.size();
            boolean atEnd = variant % 2 == 0;
            String again = null;
            int i = 0;
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                generator.writeFieldName(member.getKey());
                write(generator, member.getValue(), duplicated, variant);
                if (node == duplicated && i == chosen) {
                    again = member.getKey();
                    if (!atEnd) {
                        generator.writeFieldName(again);
                        generator.writeTree(parse(VALUES.get(variant % VALUES.size())));
                    }
                }
                i++;
            }
            if (again != null && atEnd) {
                generator.writeFieldName(again);
                write(generator, node.get(again), duplicated, variant);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                write(generator, element, duplicated, variant);
            }
            generator.writeEndArray();
        } else {
            generator.writeTree(node);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Parsing.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return Parsing.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ObjectNode> seeds() {
        List<ObjectNode> seeds = new ArrayList<>();
        seeds.add((ObjectNode) MedicalJson.mapper().valueToTree(SampleEpisodes.child()));
        try (InputStream in = TapeDifferentialTest.class.getResourceAsStream("seed-episodes.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    seeds.add((ObjectNode) parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }
}
