package gov.cbp.medical.rules.worklist;

import static gov.cbp.medical.rules.Episodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@Covers({"TEDS-WELFARE", "EMD-INTERVIEW-JUV", "EMD-PH-SCREEN"})
class WorklistTest {
    @Test
    void tasks_areOverdueFirst_thenSoonestDue_groupedByPlace() {
        CustodyEpisode a = juvenile(15).id("EP-A").holdRoom("HR-2").events(welfareEvery(m(60), m(10), h(13))).build();
        CustodyEpisode b = adult().id("EP-B").holdRoom("HR-1").events(welfareEvery(m(60), m(10), h(13))).build();
        Worklist worklist = Worklist.of(BASELINE, List.of(a, b), at(h(13).plus(m(30))), h(1));
        assertThat(worklist.tasks()).isNotEmpty();
        assertThat(worklist.tasks().get(0).isOverdue()).isTrue();
        assertThat(worklist.tasks().get(0).finding().severity()).isEqualTo("critical");
        int firstDue = 0;
        while (firstDue < worklist.tasks().size() && worklist.tasks().get(firstDue).isOverdue()) {
            firstDue++;
        }
        for (int i = firstDue + 1; i < worklist.tasks().size(); i++) {
            assertThat(worklist.tasks().get(i).dueAt()).isAfterOrEqualTo(worklist.tasks().get(i - 1).dueAt());
            assertThat(worklist.tasks().get(i).isOverdue()).isFalse();
        }
        assertThat(worklist.groups()).extracting(g -> g.holdRoom().orElse("?")).containsExactly("HR-1", "HR-2");
        assertThat(worklist.groups()).allMatch(g -> g.facilityId().equals(Optional.of("STN-1")));
        assertThat(worklist.tasks()).extracting(t -> t.finding().requirementId())
                .contains("EMD-INTERVIEW-JUV", "EMD-PH-SCREEN", "TEDS-WELFARE");
    }

    @Test
    void horizon_isInclusive_andTasksAreExactlyDueOrOverdueFindings() {
        CustodyEpisode e = adult().build();
        Worklist now = Worklist.of(BASELINE, List.of(e), at(m(10)), Duration.ZERO);
        assertThat(now.tasks()).allMatch(Task::isOverdue);
        Worklist hour = Worklist.of(BASELINE, List.of(e), at(m(10)), m(50));
        assertThat(hour.tasks()).extracting(t -> t.finding().requirementId()).contains("TEDS-WELFARE");
        assertThat(hour.tasks()).allMatch(t -> t.finding().status() == FindingStatus.OVERDUE
                || t.finding().status() == FindingStatus.DUE);
    }

    @Test
    void closedEpisodes_contributeNothing_andBadArgumentsAreRefused() {
        CustodyEpisode closed = adult().released(h(2)).build();
        assertThat(Worklist.of(BASELINE, List.of(closed), at(h(3)), h(24)).tasks()).isEmpty();
        assertThatThrownBy(() -> Worklist.of(BASELINE, List.of(closed), at(h(3)), h(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Task.of(evaluate(closed, h(3)).findings().get(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
