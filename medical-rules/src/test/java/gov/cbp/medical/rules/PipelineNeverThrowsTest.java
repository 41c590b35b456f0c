package gov.cbp.medical.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.engine.MeasureAccumulator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.worklist.Worklist;
import gov.cbp.medical.testkit.ModelArbitraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The whole pipeline — validate, evaluate, worklist, MQM — never throws on mutated payloads (random
 * structural mutations of valid and realistic episodes, cuts and byte flips), the evaluator never fails on
 * what the validator bound, and every problem's pointer resolves in the input.
 */
class PipelineNeverThrowsTest {
    static final ObjectMapper PLAIN = new ObjectMapper();
    static final PayloadValidator VALIDATOR = PayloadValidator.builder().checkFutureTimes(false).build();
    static final Evaluator EVALUATOR = Evaluator.of(Catalogue.baseline());
    static final MeasureEngine ENGINE = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
            .evaluator(episode -> EVALUATOR.evaluate(episode, episode.bookIn().at().plus(Duration.ofHours(20))))
            .period(MeasurementPeriod.unbounded()).build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonNode[] ODD_VALUES = {
        NODES.nullNode(), NODES.textNode(""), NODES.textNode("\u00A0"), NODES.textNode("0000-01-01T00:00:00Z"),
        NODES.textNode("1900-03-01T00:00:00Z"), NODES.textNode("2099-12-31T23:59:59Z"), NODES.textNode("+10000-01-01"),
        NODES.textNode("2025-02-29"), NODES.textNode("PT2562047788015215H"), NODES.textNode("PT0.000000001S"),
        NODES.textNode("1.-1"), NODES.textNode("x\ny"), NODES.numberNode(-1), NODES.numberNode(1e300),
        NODES.numberNode(30.0), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
        NODES.textNode("E1"), NODES.textNode("unknown"), NODES.textNode("welfare-check")
    };

    @Property(tries = 200)
    void mutatedPayload_throughThePipeline_neverThrows(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> picks,
            @ForAll @IntRange(min = 0, max = 3) int damage, @ForAll @IntRange(min = 0, max = 1_000_000) int where)
            throws IOException {
        ObjectNode tree = (ObjectNode) PLAIN.readTree(MedicalJson.mapper().writeValueAsString(episode));
        for (int pick : picks) {
            mutate(tree, pick);
        }
        byte[] json = tree.toString().getBytes(StandardCharsets.UTF_8);
        if (damage == 1) {
            json = Arrays.copyOf(json, Math.floorMod(where, json.length + 1));
        } else if (damage == 2) {
            json[Math.floorMod(where, json.length)] = (byte) where;
        }
        ValidationResult<CustodyEpisode> result = VALIDATOR.validate(json);
        assertPointersResolve(json, result);
        MeasureAccumulator accumulator = ENGINE.newAccumulator().add(LineResult.of(1, result));
        MeasureReport report = accumulator.report(ReportSettings.of(Instant.parse("2026-12-01T00:00:00Z"), 0));
        assertThat(report.input().episodesNotEvaluated()).as("the evaluator failed on a bound episode").isZero();
        if (result.boundValue().isPresent()) {
            CustodyEpisode bound = result.boundValue().get();
            for (Instant asOf : List.of(bound.bookIn().at(), bound.bookIn().at().plus(Duration.ofHours(7)),
                    bound.bookOut().map(out -> out.at()).orElse(bound.bookIn().at()).plus(Duration.ofDays(3)))) {
                EpisodeEvaluation evaluation = EVALUATOR.evaluate(bound, asOf);
                assertThat(evaluation.problems()).as("evaluation at " + asOf).isEmpty();
                Worklist.of(EVALUATOR, List.of(bound), asOf, Duration.ofHours(1));
            }
        }
    }

    /** One random structural mutation: replace, remove or duplicate a node, or give it an odd value. */
    static void mutate(ObjectNode root, int pick) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(Math.floorMod(pick, containers.size()));
        int kind = Math.floorMod(pick / 7, 4);
        JsonNode odd = ODD_VALUES[Math.floorMod(pick / 31, ODD_VALUES.length)];
        if (container.isObject() && container.size() > 0) {
            ObjectNode object = (ObjectNode) container;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(Math.floorMod(pick / 3, names.size()));
            if (kind == 0) {
                object.remove(name);
            } else if (kind == 1) {
                object.set(name + (pick % 2 == 0 ? "X" : ""), odd.deepCopy());
            } else {
                object.set(name, odd.deepCopy());
            }
        } else if (container.isArray() && container.size() > 0) {
            ArrayNode array = (ArrayNode) container;
            int index = Math.floorMod(pick / 3, array.size());
            if (kind == 0) {
                array.remove(index);
            } else if (kind == 1) {
                array.add(array.get(index).deepCopy()); // a duplicate: same ids
            } else {
                array.set(index, odd.deepCopy());
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    static void assertPointersResolve(byte[] input, ValidationResult<?> result) {
        if (result.problems().stream().anyMatch(p -> p.severity() == Severity.FATAL)) {
            assertThat(result.boundValue()).isEmpty();
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
                JsonNode parent = tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
                assertThat(parent.isMissingNode()).as("parent of %s", problem).isFalse();
            } else if (!problem.code().equals("payload.problems.truncated")) {
                assertThat(tree.at(pointer).isMissingNode()).as("%s resolves", problem).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<CustodyEpisode> episodes() {
        return Arbitraries.frequencyOf(Tuple.of(1, ModelArbitraries.episodes()),
                Tuple.of(2, ModelArbitraries.realisticEpisodes()));
    }
}
