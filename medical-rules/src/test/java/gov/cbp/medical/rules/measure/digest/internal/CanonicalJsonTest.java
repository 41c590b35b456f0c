package gov.cbp.medical.rules.measure.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The canonical text must stay what it was when each scalar was written on its own by {@code toString()}
 * (every published digest depends on it): the oracle below is that first writer, kept here verbatim.
 */
class CanonicalJsonTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The first canonical writer: every name and scalar through {@code JsonNode.toString()}. */
    private static String oracle(JsonNode node) {
        StringBuilder out = new StringBuilder();
        oracle(node, out);
        return out.toString();
    }

    private static void oracle(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(TextNode.valueOf(names.get(i))).append(':');
                oracle(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                oracle(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }

    @Test
    void everyScalarKind_isWrittenAsToStringWrites() {
        ObjectNode tree = NODES.objectNode();
        tree.put("text", "plain");
        tree.put("escapes", "quote \" backslash \\ slash / tab \t newline \n cr \r bs \b ff \f nul \u0000 us \u001f del \u007f");
        tree.put("unicode", "é 中 \uD83D\uDE00 \u2028 \u2029");
        tree.put("int", -7).put("zero", 0).put("long", Long.MIN_VALUE).put("bigInteger", new BigInteger("123456789012345678901234567890"));
        tree.put("double", 1.5).put("tiny", 1e-300).put("huge", 1.0e22).put("negativeZero", -0.0).put("float", 0.1f);
        tree.put("decimal", new BigDecimal("1.10")).put("decimalExponent", new BigDecimal("1E+3"));
        tree.put("true", true).put("false", false).putNull("null");
        tree.put("", "empty name").put("é", "non-ASCII name").put("Z", "upper before lower").put("\"", "quoted name");
        ArrayNode array = tree.putArray("array");
        array.add(1).add("two").addNull().add(NODES.objectNode().put("b", 2).put("a", 1)).add(NODES.arrayNode());
        tree.putObject("empty");
        assertThat(CanonicalJson.text(tree)).isEqualTo(oracle(tree));
        assertThat(CanonicalJson.sha256(tree)).isEqualTo(CanonicalJson.sha256(oracle(tree).getBytes(StandardCharsets.UTF_8)));
        // Unpaired surrogates, in a value and in a name: the UTF-8 form of the text has '?' for each.
        tree.put("loneSurrogates", "a\uD800b\uDC00c\uDBFF");
        tree.putObject("inner").put("\uDC00", 1);
        assertThat(CanonicalJson.text(tree)).isEqualTo(oracle(tree));
        assertThat(CanonicalJson.sha256(tree)).isEqualTo(CanonicalJson.sha256(oracle(tree).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void membersAreSortedByUtf16CodeUnits() {
        ObjectNode tree = NODES.objectNode().put("b", 1).put("a", 2).put("\uD83D\uDE00", 3).put("\uFF5E", 4).put("B", 5);
        // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FF5E in UTF-16 order.
        assertThat(CanonicalJson.text(tree)).isEqualTo("{\"B\":5,\"a\":2,\"b\":1,\"\uD83D\uDE00\":3,\"\uFF5E\":4}");
        assertThat(CanonicalJson.sha256(tree)).isEqualTo(CanonicalJson.sha256(oracle(tree).getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 30)
    void generatedEpisodes_haveTheOracleText(@ForAll("seeds") long seed) {
        GeneratorSettings settings = GeneratorSettings.builder().seed(seed).facilities(2)
                .startDate(LocalDate.of(2026, 2, 27)).days(3).arrivalsPerFacilityPerDay(2).build();
        EpisodeGenerator.of(settings).episodes().limit(5).forEach(episode -> {
            JsonNode tree = MedicalJson.mapper().valueToTree(episode);
            assertThat(CanonicalJson.text(tree)).isEqualTo(oracle(tree));
            assertThat(CanonicalJson.sha256(tree)).isEqualTo(CanonicalJson.sha256(oracle(tree).getBytes(StandardCharsets.UTF_8)));
        });
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }

    /** The tokens of a JSON text, as a parser reads them. */
    private static byte[] sortedDigest(String json) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonParser parser = MedicalJson.mapper().getFactory().createParser(json)) {
            return CanonicalJson.sha256OfSorted(parser);
        }
    }

    @Test
    void tokensInOrder_orWithAStringFirst_haveTheTreesDigest() throws Exception {
        for (String json : List.of("{}", "[]", "{\"a\":[]}", "{\"a\":1,\"b\":{\"c\":[1,2.5,-0.0,1e300,true,false,null]}}",
                "{\"type\":\"x\",\"at\":\"t\",\"id\":\"i\",\"z\":{\"type\":\"y\",\"a\":[{\"z\":\"q\"}]}}",
                "{\"m\":\"held\",\"a\":1,\"z\":2}", "{\"z\":\"held to the end\",\"a\":1,\"b\":2}",
                "[{\"int\":-7,\"long\":9999999999},\"\\u00e9\\ud83d\\ude00\\u0000\\\"\",{\"\\ud83d\\ude00\":2,\"\\uff5e\":1}]",
                "{\"B\":5,\"a\":2,\"b\":1,\"\\ud83d\\ude00\":3,\"\\uff5e\":4}", "\"scalar\"", "12")) {
            JsonNode tree = MedicalJson.mapper().readTree(json);
            assertThat(sortedDigest(json)).as(json).isNotNull().isEqualTo(CanonicalJson.sha256(tree))
                    .isEqualTo(CanonicalJson.sha256(oracle(tree).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void tokensOutOfOrder_orThatTheTreeWritesDifferently_areLeftToTheTree() throws Exception {
        for (String json : List.of("{\"b\":1,\"a\":2}", "{\"b\":{},\"a\":2}", "{\"a\":\"x\",\"c\":1,\"b\":2}",
                "{\"t\":\"x\",\"a\":1,\"t\":2}", "{\"a\":1,\"a\":2}", "{\"a\":\"x\",\"a\":\"y\"}",
                "{\"b\":\"x\",\"a\":1,\"a\":2}", "[{\"a\":1},{\"c\":1,\"b\":2}]",
                "{\"a\":123456789012345678901234567890}",
                "{\"a\":\"\\ud800\"}", "{\"type\":\"\\ud800\"}")) {
            assertThat(sortedDigest(json)).as(json).isNull();
        }
    }

    @Test
    void aDecimalAndALoneSurrogateInAName_areLeftToTheTree() throws Exception {
        com.fasterxml.jackson.databind.util.TokenBuffer decimal = new com.fasterxml.jackson.databind.util.TokenBuffer(MedicalJson.mapper(), false);
        decimal.writeStartObject();
        decimal.writeNumberField("a", new BigDecimal("1.50"));
        decimal.writeEndObject();
        com.fasterxml.jackson.databind.util.TokenBuffer name = new com.fasterxml.jackson.databind.util.TokenBuffer(MedicalJson.mapper(), false);
        name.writeStartObject();
        name.writeNumberField("\uDC00", 1);
        name.writeEndObject();
        for (com.fasterxml.jackson.databind.util.TokenBuffer tokens : List.of(decimal, name)) {
            try (com.fasterxml.jackson.core.JsonParser parser = tokens.asParser()) {
                assertThat(CanonicalJson.sha256OfSorted(parser)).isNull();
            }
        }
    }

    @Test
    void aKnownText_hasItsKnownDigest() {
        // SHA-256 of the UTF-8 bytes of {"a":1}, computed independently (sha256sum).
        JsonNode tree = NODES.objectNode().put("a", 1);
        assertThat(HexFormat.of().formatHex(CanonicalJson.sha256(tree)))
                .isEqualTo("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
    }
}
