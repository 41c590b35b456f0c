package gov.cbp.medical.rules.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worklist's sort with keys read once orders tasks exactly as {@link Task#URGENCY} does (issue 18 §3). */
class UrgencyOrderTest {
    private static final Instant T = Instant.parse("2025-03-03T06:00:00Z");
    private static final String[] SEVERITIES = {"critical", "major", "minor", "advisory"};

    /** Tasks with many ties: few instants, episodes and requirements, so every key of the order decides some pair. */
    private static List<Task> tasks(long seed, int count) {
        Random random = new Random(seed);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean overdue = random.nextBoolean();
            Finding.Builder finding = Finding.builder().episodeId("EP-" + random.nextInt(4))
                    .requirementId("R-" + random.nextInt(3)).standardId("S").standardVersion("1")
                    .status(overdue ? FindingStatus.OVERDUE : FindingStatus.DUE)
                    .severity(SEVERITIES[random.nextInt(SEVERITIES.length)]).citation("C")
                    // the explanation tells equal tasks apart, so a difference in the order of ties shows
                    .explanation("task " + i);
            if (random.nextInt(5) > 0) {
                finding.dueAt(T.plusSeconds(60L * random.nextInt(4)));
            }
            if (random.nextInt(4) > 0) {
                finding.triggerAt(T.minusSeconds(60L * random.nextInt(3)));
            }
            tasks.add(Task.of(finding.build()));
        }
        return tasks;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sorted_isUrgencysOrder_tiesIncluded(long seed) {
        List<Task> tasks = tasks(seed, 400);
        List<Task> expected = new ArrayList<>(tasks);
        expected.sort(Task.URGENCY);
        assertThat(UrgencyOrder.sorted(tasks)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void sorted_smallLists(int count) {
        List<Task> tasks = tasks(count, count);
        List<Task> expected = new ArrayList<>(tasks);
        expected.sort(Task.URGENCY);
        assertThat(UrgencyOrder.sorted(tasks)).containsExactlyElementsOf(expected);
    }
}
