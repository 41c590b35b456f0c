package gov.cbp.medical.rules.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The unit a standard document writes a duration in: its largest non-zero designator (issue 11 §3). */
class WrittenUnitTest {

    @Test
    void largestUnit_ofTheWrittenText() {
        assertThat(StandardReader.largestUnit("PT72H")).isEqualTo(ChronoUnit.HOURS);
        assertThat(StandardReader.largestUnit("PT60M")).isEqualTo(ChronoUnit.MINUTES);
        assertThat(StandardReader.largestUnit("P3D")).isEqualTo(ChronoUnit.DAYS);
        assertThat(StandardReader.largestUnit("PT1H30M")).isEqualTo(ChronoUnit.HOURS);
        assertThat(StandardReader.largestUnit("PT0H30M")).isEqualTo(ChronoUnit.MINUTES);
        assertThat(StandardReader.largestUnit("pt12h")).isEqualTo(ChronoUnit.HOURS);
        assertThat(StandardReader.largestUnit("PT30S")).isEqualTo(ChronoUnit.MINUTES);
        assertThat(StandardReader.largestUnit("P0DT4H")).isEqualTo(ChronoUnit.HOURS);
    }

    @Test
    void largestUnit_noneForZeroOrNoNumber() {
        assertThat(StandardReader.largestUnit("PT0S")).isNull();
        assertThat(StandardReader.largestUnit("P0D")).isNull();
        assertThat(StandardReader.largestUnit("P")).isNull();
        assertThat(StandardReader.largestUnit("")).isNull();
    }
}
