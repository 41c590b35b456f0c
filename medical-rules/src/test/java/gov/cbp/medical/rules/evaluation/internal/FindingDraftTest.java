package gov.cbp.medical.rules.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation's one builder leaves nothing of one finding in the next (issue 18 §3). */
class FindingDraftTest {
    private static final Instant T = Instant.parse("2025-03-03T06:00:00Z");

    /** Every attribute set to something a fresh builder does not hold. */
    private static Finding full() {
        return Finding.builder().episodeId("EP-1").requirementId("R-1").standardId("S-1").standardVersion("1")
                .status(FindingStatus.OVERDUE).severity("major").citation("C").explanation("R-1 overdue")
                .triggerAt(T).triggerEventIds(List.of("E1", "E2")).dueAt(T.plusSeconds(60)).intervalEnd(T.plusSeconds(120))
                .satisfiedAt(T.plusSeconds(30)).evidenceEventIds(List.of("E3")).exceptionEventIds(List.of("E4", "E5"))
                .targetAt(T.plusSeconds(10)).pastTarget(Duration.ofSeconds(5)).lateBy(Duration.ofMinutes(1))
                .overdueBy(Duration.ofMinutes(2)).longestGap(Duration.ofMinutes(3)).missedIntervals(4L)
                .interpretation(true).estimatedAge(true).waiver("W-1 reason").missingData(List.of("/x"))
                .facilityId("STN-1").holdRoom("HR-1").integrityConcerns(List.of("REC-BURST")).build();
    }

    private static Finding.Builder required(Finding.Builder builder) {
        return builder.episodeId("EP-2").requirementId("R-2").standardId("S-2").standardVersion("2")
                .status(FindingStatus.MET).severity("minor").citation("D").explanation("R-2 met")
                .interpretation(false).estimatedAge(false);
    }

    @Test
    void attributes_areThoseTheDraftEmpties() {
        // a new attribute of Finding must be emptied by FindingDraft.empty() too: then raise the count
        long attributes = Arrays.stream(Finding.class.getDeclaredMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
                .filter(m -> !m.getName().startsWith("has"))
                .map(Method::getName).distinct().count();
        assertThat(attributes).isEqualTo(FindingDraft.ATTRIBUTES);
    }

    @Test
    void empty_afterAFullFinding_buildsWhatAFreshBuilderBuilds() {
        FindingDraft draft = new FindingDraft();
        Finding first = draft.empty().from(full()).build();
        assertThat(first).isEqualTo(full());
        Finding second = required(draft.empty()).build();
        assertThat(second).isEqualTo(required(Finding.builder()).build());
        assertThat(second.triggerEventIds()).isEmpty();
        assertThat(second.integrityConcerns()).isEmpty();
        assertThat(second.missedIntervals()).isEmpty();
        // the first finding keeps its lists: build() copied them
        assertThat(first.triggerEventIds()).containsExactly("E1", "E2");
        assertThat(first.exceptionEventIds()).containsExactly("E4", "E5");
    }
}
