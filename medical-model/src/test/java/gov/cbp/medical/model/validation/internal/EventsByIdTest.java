package gov.cbp.medical.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.event.MedicalEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsByIdTest {
    private static MedicalEvent event(String id) {
        return Transfer.builder().id(id).at(Instant.parse("2026-03-01T14:05:00Z")).fromFacilityId("F1")
                .toFacilityId("F2").build();
    }

    @Test
    void keepsTheFirstEventOfEachIdAndReportsEveryLaterOne() {
        // "Aa" and "BB" share a hash code, so they meet in one slot
        List<MedicalEvent> events = List.of(event("Aa"), event("BB"), event("Aa"), event("C"), event("Aa"));
        List<Integer> duplicates = new ArrayList<>();
        EventsById byId = new EventsById(events, duplicates::add);

        assertThat(duplicates).containsExactly(2, 4);
        assertThat(byId.get("Aa")).isSameAs(events.get(0));
        assertThat(byId.get("BB")).isSameAs(events.get(1));
        assertThat(byId.get("C")).isSameAs(events.get(3));
        assertThat(byId.get("D")).isNull();
        assertThat(byId.isRepeated("Aa")).isTrue();
        assertThat(byId.isRepeated("BB")).isFalse();
        assertThat(byId.isRepeated("D")).isFalse();
    }

    @Test
    void findsEveryIdOfALargeEpisode() {
        List<MedicalEvent> events = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            events.add(event("E" + i));
        }
        EventsById byId = new EventsById(events, i -> {
            throw new AssertionError("no duplicate");
        });
        for (int i = 0; i < 1000; i++) {
            assertThat(byId.get("E" + i)).isSameAs(events.get(i));
        }
        assertThat(new EventsById(List.of(), i -> { }).get("E0")).isNull();
    }
}
