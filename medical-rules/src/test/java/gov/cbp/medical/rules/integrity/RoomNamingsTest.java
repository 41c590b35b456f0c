package gov.cbp.medical.rules.integrity;

import static gov.cbp.medical.rules.Episodes.adult;
import static gov.cbp.medical.rules.Episodes.at;
import static gov.cbp.medical.rules.Episodes.h;
import static gov.cbp.medical.rules.Episodes.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.rules.Episodes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * REC-PERSON-ELSEWHERE's hold-room test over many namings of rooms: up to 32 namings are searched in a list, more
 * in a map, with the same verdicts either way (the check's thresholds are covered by {@link IntegrityInspectorTest}).
 */
class RoomNamingsTest {
    @Test
    void manyNamingsOfRooms_sameVerdicts() {
        for (int placements : new int[] {0, 3, 29, 30, 31, 60}) {
            Episodes.Builder b = adult().holdRoom("HR-1").event(transfer("T1", h(2), "STN-2", true))
                    .event(IntegrityInspectorTest.by("W1", h(1), "AGENT-1", "HR-1"))
                    .event(IntegrityInspectorTest.by("W2", h(3), "AGENT-2", "B-7"))
                    .event(IntegrityInspectorTest.by("W3", h(4), "AGENT-3", "HR-1"))
                    .event(IntegrityInspectorTest.by("W4", h(5), "AGENT-4", "UNNAMED"))
                    .event(IntegrityInspectorTest.by("W5", h(6), "AGENT-5", "C-1"))
                    .event(IntegrityInspectorTest.by("W6", h(7), "AGENT-6", "A-3"));
            for (int i = 0; i < placements; i++) {
                // B-7 and C-1 named at the receiving facility after the transfer, A-3 only at book-in's before it
                b.event(i % 3 == 2
                        ? HoldRoomPlacement.builder().id("P" + i).at(at(h(1).plusSeconds(i + 1))).facilityId("STN-1")
                                .holdRoom("A-3").build()
                        : HoldRoomPlacement.builder().id("P" + i).at(at(h(2).plusSeconds(i + 1))).facilityId("STN-2")
                                .holdRoom(i % 3 == 0 ? "B-7" : "C-1").build());
            }
            List<String> expected = placements == 0 ? List.of("W3") : List.of("W3", "W6");
            assertThat(IntegrityInspectorTest.of(b.build(), "REC-PERSON-ELSEWHERE")).as("%d placements", placements)
                    .extracting(f -> f.eventIds().get(0)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
