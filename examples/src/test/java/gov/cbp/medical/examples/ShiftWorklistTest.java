package gov.cbp.medical.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShiftWorklistTest {
    @Test
    void main_listsTheShiftsTasksByPlace() throws Exception {
        String out = StdOut.of(() -> ShiftWorklist.main(new String[0]));
        // every person in custody has a next welfare check: the one episode of the bundled samples in custody
        // (regenerated with the generator of issue 11 section 5) owes one, and food
        assertThat(out).startsWith("2 tasks for the shift from 2025-03-03T16:00:00Z (PT8H)\n")
                .contains("SYN-TCA-STN-1 / hold room JUV-4", "SYN-FIXED-JUVENILE-DAY  TEDS-FOOD due in",
                        "SYN-FIXED-JUVENILE-DAY  TEDS-WELFARE due in 29m57s: next welfare-check, 60m after E19 (every 60m)");
    }

    @Test
    void main_withAFile() throws Exception {
        String out = StdOut.of(() -> ShiftWorklist.main(new String[] {"src/test/resources/episodes/sample.jsonl",
            "2025-03-04T12:00:00Z", "PT2H"}));
        assertThat(out).startsWith("10 tasks for the shift from 2025-03-04T12:00:00Z (PT2H)\n").contains("OVERDUE");
    }
}
