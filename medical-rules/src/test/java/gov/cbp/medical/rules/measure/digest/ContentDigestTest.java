package gov.cbp.medical.rules.measure.digest;

import static gov.cbp.medical.rules.Episodes.adult;
import static gov.cbp.medical.rules.Episodes.m;
import static gov.cbp.medical.rules.Episodes.welfare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.IntegrityOverride;
import gov.cbp.medical.rules.standard.LocalPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContentDigestTest {
    static final CustodyEpisode EPISODE = adult().event(welfare("W1", m(10))).event(welfare("W2", m(50))).build();

    @Nested
    class Episodes {
        @Test
        void knownEpisode_hasAStableDigest() throws Exception {
            // The canonical text of the episode, digested independently of the library's writer.
            String canonical = canonicalText(MedicalJson.mapper().valueToTree(EPISODE));
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            String expected = java.util.HexFormat.of().formatHex(sha.digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(ContentDigest.of(EPISODE)).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
        }

        @Test
        void eventOrderAndFormatting_doNotMatter() throws Exception {
            List<gov.cbp.medical.model.event.MedicalEvent> reversed = new ArrayList<>(EPISODE.events());
            Collections.reverse(reversed);
            CustodyEpisode reordered = EPISODE.toBuilder().events(reversed).build();
            String pretty = MedicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(reordered);
            CustodyEpisode reread = MedicalJson.mapper().readValue(pretty, CustodyEpisode.class);
            assertThat(ContentDigest.of(reordered)).isEqualTo(ContentDigest.of(EPISODE));
            assertThat(ContentDigest.of(reread)).isEqualTo(ContentDigest.of(EPISODE));
        }

        @Test
        void oneChangedSecond_changesTheDigest() {
            CustodyEpisode changed = adult().event(welfare("W1", m(10).plusSeconds(1))).event(welfare("W2", m(50))).build();
            assertThat(ContentDigest.of(changed)).isNotEqualTo(ContentDigest.of(EPISODE));
        }

        @Test
        void null_throws() {
            assertThatNullPointerException().isThrownBy(() -> ContentDigest.of((CustodyEpisode) null));
            assertThatNullPointerException().isThrownBy(() -> ContentDigest.of((Catalogue) null));
            assertThatNullPointerException().isThrownBy(() -> ContentDigest.of((gov.cbp.medical.rules.measure.MeasureSet) null));
        }
    }

    @Nested
    class CataloguesAndMeasureSets {
        @Test
        void baseline_isStable_andAPolicyChangesIt() {
            Catalogue baseline = Catalogue.baseline();
            Catalogue local = baseline.withPolicy(LocalPolicy.builder().id("P").title("Local")
                    .addIntegrityOverrides(IntegrityOverride.builder().checkId("REC-BURST").minEvents(5).build()).build())
                    .catalogue().orElseThrow();
            Catalogue disabled = baseline.withPolicy(LocalPolicy.builder().id("P").title("Local")
                    .addIntegrityOverrides(IntegrityOverride.builder().checkId("REC-BURST").disabled(true).build()).build())
                    .catalogue().orElseThrow();
            assertThat(ContentDigest.of(baseline)).isEqualTo(ContentDigest.of(Catalogue.baseline()));
            assertThat(ContentDigest.of(local)).isNotEqualTo(ContentDigest.of(baseline));
            assertThat(ContentDigest.of(disabled)).isNotEqualTo(ContentDigest.of(baseline)).isNotEqualTo(ContentDigest.of(local));
        }

        @Test
        void measureSet_isStable() {
            assertThat(ContentDigest.of(MeasureSetReader.baseline())).isEqualTo(ContentDigest.of(MeasureSetReader.baseline()))
                    .matches("[0-9a-f]{64}");
        }
    }

    @Nested
    class Sums {
        @Test
        void sum_isOrderIndependent_andMergeable() {
            CustodyEpisode a = EPISODE;
            CustodyEpisode b = adult().id("EP-2").build();
            CustodyEpisode c = adult().id("EP-3").event(welfare("W9", m(5))).build();
            InputDigest abc = InputDigest.empty().plus(a).plus(b).plus(c);
            InputDigest cba = InputDigest.empty().plus(c).plus(b).plus(a);
            InputDigest merged = InputDigest.empty().plus(b).combine(InputDigest.empty().plus(c).plus(a));
            assertThat(abc).isEqualTo(cba).isEqualTo(merged);
            assertThat(abc.count()).isEqualTo(3);
            assertThat(abc.hex()).isNotEqualTo(InputDigest.empty().plus(a).plus(b).hex());
            assertThat(InputDigest.of(3, abc.hex())).isEqualTo(abc);
        }

        @Test
        void sum_carriesAcrossWords_andWrapsModulo2To256() {
            byte[] ones = new byte[32];
            java.util.Arrays.fill(ones, (byte) 0xFF);
            byte[] one = new byte[32];
            one[31] = 1;
            assertThat(InputDigest.empty().plus(ones).plus(one).hex()).isEqualTo("0".repeat(64));
            byte[] low = new byte[32];
            java.util.Arrays.fill(low, 24, 32, (byte) 0xFF);
            assertThat(InputDigest.empty().plus(low).plus(one).hex()).isEqualTo("0".repeat(47) + "1" + "0".repeat(16));
        }

        @Test
        void anEpisodeTwice_countsTwice() {
            assertThat(InputDigest.empty().plus(EPISODE).plus(EPISODE)).isNotEqualTo(InputDigest.empty());
            assertThat(InputDigest.empty().hex()).isEqualTo("0".repeat(64));
        }

        @Test
        void badArguments_throw() {
            assertThatIllegalArgumentException().isThrownBy(() -> InputDigest.of(-1, "0".repeat(64)));
            assertThatIllegalArgumentException().isThrownBy(() -> InputDigest.of(1, "00"));
            assertThatIllegalArgumentException().isThrownBy(() -> InputDigest.empty().plus(new byte[31]));
        }
    }

    /** RFC 8785-style: sorted keys, no whitespace (the test's own writer). */
    static String canonicalText(JsonNode node) {
        if (node instanceof ObjectNode) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            StringBuilder b = new StringBuilder("{");
            for (String name : names) {
                b.append(b.length() > 1 ? "," : "").append(com.fasterxml.jackson.databind.node.TextNode.valueOf(name))
                        .append(':').append(canonicalText(node.get(name)));
            }
            return b.append('}').toString();
        }
        if (node instanceof ArrayNode) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(canonicalText(item)));
            return "[" + String.join(",", items) + "]";
        }
        return node.toString();
    }
}
