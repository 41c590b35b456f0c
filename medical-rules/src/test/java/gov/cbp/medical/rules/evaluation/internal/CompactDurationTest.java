package gov.cbp.medical.rules.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** CompactDuration in explanations, in the unit the rule is written in (issue 11 §3). */
class CompactDurationTest {

    @Test
    void text_hours_neverDays() {
        assertThat(CompactDuration.text(Duration.ofHours(72), ChronoUnit.HOURS)).isEqualTo("72h");
        assertThat(CompactDuration.text(Duration.ofHours(51).plusMinutes(5), ChronoUnit.HOURS)).isEqualTo("51h05m");
        assertThat(CompactDuration.text(Duration.ofHours(24).plusSeconds(1), ChronoUnit.HOURS)).isEqualTo("24h00m01s");
        assertThat(CompactDuration.text(Duration.ofMinutes(45), ChronoUnit.HOURS)).isEqualTo("45m");
    }

    @Test
    void text_minutes_neverHours() {
        assertThat(CompactDuration.text(Duration.ofMinutes(60), ChronoUnit.MINUTES)).isEqualTo("60m");
        assertThat(CompactDuration.text(Duration.ofMinutes(135).plusSeconds(7), ChronoUnit.MINUTES)).isEqualTo("135m07s");
        assertThat(CompactDuration.text(Duration.ofDays(2), ChronoUnit.MINUTES)).isEqualTo("2880m");
    }

    @Test
    void text_days_asBefore() {
        assertThat(CompactDuration.text(Duration.ofHours(72), ChronoUnit.DAYS)).isEqualTo("3d");
        assertThat(CompactDuration.text(Duration.ofHours(72))).isEqualTo("3d");
        assertThat(CompactDuration.text(Duration.ofHours(50).plusMinutes(5), ChronoUnit.DAYS)).isEqualTo("2d02h05m");
    }

    @Test
    void text_zeroNegativeAndSubSecond() {
        assertThat(CompactDuration.text(Duration.ZERO, ChronoUnit.HOURS)).isEqualTo("0m");
        assertThat(CompactDuration.text(Duration.ofHours(-30), ChronoUnit.HOURS)).isEqualTo("-30h");
        assertThat(CompactDuration.text(Duration.ofMillis(5), ChronoUnit.MINUTES)).isEqualTo("<1s");
    }
}
