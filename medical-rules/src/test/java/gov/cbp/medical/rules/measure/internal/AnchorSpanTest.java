package gov.cbp.medical.rules.measure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.facility.SurgeLevel;
import gov.cbp.medical.model.facility.SurgePeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A span holds only instants with the member's local date and surge level (issue 18 §2): every instant a span
 * holds must give the values of the instant it was made around, across offset changes (one at local midnight),
 * surge periods starting and ending (nested, open-ended) and days.
 */
class AnchorSpanTest {
    private static final Instant START = Instant.parse("2026-03-06T00:00:00Z");

    private static Facility facility(String zone) {
        return Facility.builder().facilityId("F-1").component(Component.USBP).name("Station").area("A")
                .timeZone(ZoneId.of(zone)).medicalSupport(MedicalSupportLevel.ON_CALL)
                .surgePeriods(List.of(
                        period("2026-03-09T13:30:00Z", "2026-03-11T02:00:00Z", SurgeLevel.SURGE),
                        period("2026-03-10T05:00:00Z", "2026-03-10T07:15:00Z", SurgeLevel.CRISIS),
                        SurgePeriod.builder().start(Instant.parse("2026-03-11T09:00:00Z")).level(SurgeLevel.CRISIS)
                                .build()))
                .build();
    }

    private static SurgePeriod period(String start, String end, SurgeLevel level) {
        return SurgePeriod.builder().start(Instant.parse(start)).end(Instant.parse(end)).level(level).build();
    }

    @Test
    void everyInstantASpanHolds_hasTheDateAndSurgeLevelOfItsOrigin() {
        // Los Angeles changes its offset at 02:00 local on 2026-03-08; Havana at local midnight (00:00 -> 01:00).
        int steps = 6 * 24 * 12;
        int window = 36 * 12;
        for (String zone : List.of("America/Los_Angeles", "America/Havana", "UTC")) {
            Facility facility = facility(zone);
            ZoneId here = facility.timeZone();
            Instant[] instants = new Instant[steps];
            LocalDate[] dates = new LocalDate[steps];
            SurgeLevel[] levels = new SurgeLevel[steps];
            for (int i = 0; i < steps; i++) {
                instants[i] = START.plus(Duration.ofMinutes(5L * i));
                dates[i] = LocalDate.ofInstant(instants[i], here);
                levels[i] = facility.surgeLevelAt(instants[i]);
            }
            int spans = 0;
            AnchorSpan last = null;
            for (int i = 0; i < steps; i++) {
                AnchorSpan span = AnchorSpan.around("F-1", facility, instants[i]);
                assertThat(span.holds("F-1", facility, instants[i])).as("%s holds its origin %s", zone, instants[i]).isTrue();
                assertThat(span.date()).as("%s: the date of %s", zone, instants[i]).isEqualTo(dates[i]);
                assertThat(span.holds("F-2", facility, instants[i])).isFalse();
                assertThat(span.holds("F-1", facility(zone), instants[i])).as("another description").isFalse();
                for (int j = Math.max(0, i - window); j < Math.min(steps, i + window); j++) {
                    if (span.holds("F-1", facility, instants[j])) {
                        assertThat(dates[j]).as("%s: %s in the span of %s", zone, instants[j], instants[i]).isEqualTo(dates[i]);
                        assertThat(levels[j]).as("%s: %s in the span of %s", zone, instants[j], instants[i]).isEqualTo(levels[i]);
                    }
                }
                if (last == null || !last.holds("F-1", facility, instants[i])) {
                    last = span;
                    spans++;
                }
            }
            // At most one span per local day (seven), per offset change (one) and per period start or end (five).
            assertThat(spans).as(zone).isBetween(7, 13);
        }
    }

    @Test
    void withoutAFacility_theSpanIsTheUtcDay() {
        Instant at = Instant.parse("2026-03-08T23:59:59Z");
        AnchorSpan span = AnchorSpan.around("F-9", null, at);
        assertThat(span.holds("F-9", null, Instant.parse("2026-03-08T00:00:00Z"))).isTrue();
        assertThat(span.holds("F-9", null, Instant.parse("2026-03-07T23:59:59.999Z"))).isFalse();
        assertThat(span.holds("F-9", null, Instant.parse("2026-03-09T00:00:00Z"))).isFalse();
    }
}
