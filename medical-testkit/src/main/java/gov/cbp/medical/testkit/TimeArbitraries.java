package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.ModelArbitraries.EARLIEST;
import static gov.cbp.medical.testkit.ModelArbitraries.LATEST;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Instants, dates of birth, durations and time zones. */
final class TimeArbitraries {
    private static final List<String> ZONES = List.of("America/Phoenix", "America/Chicago",
            "America/Los_Angeles", "America/Denver", "America/New_York", "UTC");

    private TimeArbitraries() {}

    static Arbitrary<Instant> instants() {
        return instants(EARLIEST, LATEST);
    }

    static Arbitrary<Instant> instants(Instant from, Instant to) {
        Arbitrary<Long> seconds = Arbitraries.longs().between(from.getEpochSecond(), to.getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000)),
                Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
        return Combinators.combine(seconds, nanos).as((s, n) -> Instant.ofEpochSecond(s, n));
    }

    static Arbitrary<LocalDate> datesOfBirth() {
        return Arbitraries.longs().between(LocalDate.of(1896, 1, 1).toEpochDay(), LocalDate.of(2026, 6, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    static Arbitrary<Duration> positiveDurations() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(4L, 6L, 8L, 12L, 24L).map(Duration::ofHours)),
                Tuple.of(4, Arbitraries.longs().between(1, 14L * 86_400).map(Duration::ofSeconds)),
                Tuple.of(1, Arbitraries.longs().between(1, 86_400_000L).map(Duration::ofMillis)));
    }

    static Arbitrary<Duration> doseIntervals() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(4L, 6L, 8L, 12L, 24L).map(Duration::ofHours)),
                Tuple.of(4, Arbitraries.longs().between(60, 14L * 86_400).map(Duration::ofSeconds)),
                Tuple.of(1, Arbitraries.of(gov.cbp.medical.model.common.Limits.MIN_DOSE_INTERVAL,
                        gov.cbp.medical.model.common.Limits.MAX_DOSE_INTERVAL)));
    }

    static Arbitrary<ZoneId> zoneIds() {
        return Arbitraries.of(ZONES).map(ZoneId::of);
    }
}
