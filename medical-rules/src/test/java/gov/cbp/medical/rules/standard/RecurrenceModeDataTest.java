package gov.cbp.medical.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.rules.Covers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The recurrence mode as data: in standards documents and in local policies, with every problem reported. */
@Covers({"TEDS-WELFARE", "TEDS-FOOD"})
class RecurrenceModeDataTest {
    static CatalogueLoad load(String json) throws IOException {
        return Catalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The TEDS standard as JSON, compact around the modes so that they can be replaced. */
    static String teds() {
        return Catalogue.toJson(Catalogue.baseline().standard("CBP-TEDS", "2015-10").orElseThrow())
                .replaceAll("\"mode\"\\s*:\\s*\"", "\"mode\":\"");
    }

    static RecurrenceMode mode(CatalogueLoad load, String requirementId) {
        return load.orElseThrow().requirementVersions(requirementId).get(0).recurrence().orElseThrow().mode();
    }

    @Test
    void standardsData_writesAndReadsTheMode_andWithoutItFixedSlots() throws IOException {
        String json = teds();
        assertThat(json).contains("\"mode\":\"max-gap\"").contains("\"mode\":\"fixed-slots\"");
        assertThat(mode(load(json), "TEDS-WELFARE")).isEqualTo(RecurrenceMode.MAX_GAP);
        assertThat(mode(load(json.replace("\"mode\":\"fixed-slots\"", "\"mode\":\"max-gap\"")), "TEDS-FOOD"))
                .isEqualTo(RecurrenceMode.MAX_GAP);
        String without = json.replaceAll(",\\s*\"mode\":\"max-gap\"", "").replaceAll("\"mode\":\"max-gap\",\\s*", "");
        assertThat(without).doesNotContain("max-gap");
        assertThat(mode(load(without), "TEDS-WELFARE")).isEqualTo(RecurrenceMode.FIXED_SLOTS);
    }

    @Test
    void standardsData_anUnknownMode_isAProblemAtItsPointer() throws IOException {
        CatalogueLoad load = load(teds().replace("\"mode\":\"max-gap\"", "\"mode\":\"sometimes\""));
        assertThat(load.isValid()).isFalse();
        assertThat(load.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("standard.code.unknown");
            assertThat(p.pointer()).endsWith("/recurrence/mode");
            assertThat(p.message()).doesNotContain("sometimes");
        });
    }

    @Test
    void localPolicy_setsTheModeFromJson_andReportsAnUnknownOne() throws IOException {
        String json = "{\"id\": \"LP-M\", \"title\": \"t\", \"overrides\": [{\"requirementId\": \"TEDS-WELFARE\","
                + " \"recurrenceMode\": \"fixed-slots\", \"waiver\": {\"id\": \"W-1\", \"reason\": \"legacy logs\"}}]}";
        CatalogueLoad load = Catalogue.baseline().withPolicy(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(load.problems()).isEmpty();
        assertThat(mode(load, "TEDS-WELFARE")).isEqualTo(RecurrenceMode.FIXED_SLOTS);
        assertThat(load.orElseThrow().requirementVersions("TEDS-WELFARE").get(0).recurrence().orElseThrow().every())
                .isEqualTo(java.time.Duration.ofHours(1));
        String bad = json.replace("fixed-slots", "hourly");
        CatalogueLoad refused = Catalogue.baseline().withPolicy(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.problems()).extracting(p -> p.code() + " " + p.pointer())
                .contains("policy.code.unknown /overrides/0/recurrenceMode");
    }
}
