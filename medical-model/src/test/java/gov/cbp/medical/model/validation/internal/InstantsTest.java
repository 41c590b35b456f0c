package gov.cbp.medical.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantsTest {
    private static final Pattern SCHEMA_PATTERN = Pattern.compile(Instants.PATTERN);

    @Property(tries = 2000)
    void parse_formattedInstant_isTheSameInstant(@ForAll("instants") Instant instant, @ForAll("offsets") ZoneOffset offset) {
        String text = OffsetDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(Instants.parse(text)).isEqualTo(instant);
        assertThat(SCHEMA_PATTERN.matcher(text).find()).isTrue();
    }

    @Property(tries = 2000)
    void parse_acceptsExactlyWhatThePatternAndTheCalendarAccept(@ForAll("dateTimeLike") String text) {
        Instant parsed = Instants.parse(text);
        boolean calendarValid;
        try {
            OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            calendarValid = true;
        } catch (DateTimeException e) {
            calendarValid = false;
        }
        assertThat(parsed != null).isEqualTo(SCHEMA_PATTERN.matcher(text).find() && calendarValid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T14:05:00", "2026-03-01 14:05:00Z", "2026-02-30T00:00:00Z",
        "2026-03-01T24:00:00Z", "2026-03-01T14:05:00.Z", "2026-03-01T14:05:00.1234567890Z", "2026-03-01t14:05:00z",
        "2026-03-01T14:05:00+0100", "2026-03-01T14:05:00+01:00:30", "", "Z"})
    void parse_rejects(String text) {
        assertThat(Instants.parse(text)).isNull();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2999-12-31T00:00:00Z").getEpochSecond())
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> ZoneOffset.ofTotalSeconds(m * 60));
    }

    @Provide
    Arbitrary<String> dateTimeLike() {
        Arbitrary<String> digits2 = Arbitraries.integers().between(0, 39).map(i -> String.format("%02d", i));
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11).map(f -> f.isEmpty() ? "" : "." + f);
        Arbitrary<String> offset = Arbitraries.of("Z", "+01:00", "-07:00", "+19:00", "+05:60", "", "z", "+0100");
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(1990, 2030), digits2, digits2, digits2,
                digits2, digits2, fraction, offset)
                .as((y, mo, d, h, mi, s, f, o) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + s + f + o);
    }
}
