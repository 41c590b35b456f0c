package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo month as a user runs it ({@code ./cbp-medical demo}, every option at its default): every baseline
 * measure has figures, and the at-risk rounds show a realistic share, neither none nor all (issue 11 §5).
 */
class DemoMonthTest {
    static final Path OUT = Path.of("target/cli-test/demo-month");
    static JsonNode report;

    @BeforeAll
    static void runTheDemo() throws IOException {
        Cli.run("demo", "--out", OUT.toString(), "--generated-at", "2025-05-01T00:00:00Z", "--format", "json").exits(0);
        report = new ObjectMapper().readTree(OUT.resolve(MqmCommand.JSON).toFile());
    }

    @Test
    void everyBaselineMeasure_hasADenominatorOrObservations() {
        List<String> empty = new ArrayList<>();
        for (JsonNode measure : report.at("/measures")) {
            JsonNode total = measure.at("/total");
            boolean continuous = measure.at("/scoring").asText().equals("continuous-variable");
            long count = continuous ? total.at("/observation/count").asLong() : total.at("/denominator").asLong();
            if (total.at("/suppressed").asBoolean() || count <= 0) {
                empty.add(measure.at("/id").asText());
            }
        }
        assertThat(report.at("/measures").size()).isEqualTo(MeasureSetReader.baseline().measures().size());
        assertThat(empty).as("measures without figures in the demo month").isEmpty();
    }

    @Test
    void pregnantPeopleTracked_isNeitherNoneNorAll() {
        double rate = measure("MQM-PREGNANT-TRACKED").at("/total/rate").asDouble();
        assertThat(rate).isBetween(0.3, 0.95);
    }

    @Test
    void birthsAndEmergencies_areCountedInTheMonth() {
        assertThat(measure("MQM-NEWBORN-RELEASE-24H").at("/total/initialPopulation").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(measure("MQM-EMERGENCY-EMS-MINUTES").at("/total/denominator").asLong()).isGreaterThanOrEqualTo(3);
    }

    private static JsonNode measure(String id) {
        for (JsonNode measure : report.at("/measures")) {
            if (measure.at("/id").asText().equals(id)) {
                return measure;
            }
        }
        throw new AssertionError("no measure " + id);
    }
}
