package gov.cbp.medical.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MonthlyMqmTest {
    @Test
    void main_writesTheMonthsReports() throws Exception {
        Path out = Path.of("target/examples-test/monthly-mqm");
        String printed = StdOut.of(() -> MonthlyMqm.main(new String[] {out.toString()}));
        assertThat(printed).startsWith("234 episodes measured for 2025-03; reports in " + out + "\n")
                .contains("MQM-INTERVIEW-JUV  Health interview within 12 hours: juveniles");
        assertThat(Files.readString(out.resolve("mqm-report.html"))).contains("MQM-INTERVIEW-JUV");
        assertThat(Files.readAllLines(out.resolve("mqm-report.csv")).size()).isGreaterThan(18);
    }
}
