package gov.cbp.medical.rules.evaluation;

import static gov.cbp.medical.rules.Episodes.BASELINE;
import static gov.cbp.medical.rules.Episodes.m;
import static gov.cbp.medical.rules.Episodes.shift;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.worklist.Task;
import gov.cbp.medical.rules.worklist.Worklist;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the evaluator over generated episodes (including invalid ones). */
@Covers({"TEDS-WELFARE", "EMD-INTERVIEW-JUV", "EMD-ASSESS-CONCERN", "TVPRA-NOTIFY", "EMD-NOTIFY", "TEDS-FOOD"})
class EvaluatorPropertiesTest {
    static final int TRIES = 200;

    @Provide
    Arbitrary<CustodyEpisode> episodes() {
        return EpisodeArbitraries.episodes();
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<String, Integer, Integer>>> additions() {
        return EpisodeArbitraries.eventSpecs(EpisodeArbitraries.SATISFYING).list().ofMinSize(1).ofMaxSize(4);
    }

    static Instant asOf(CustodyEpisode episode, int minutes) {
        return episode.bookIn().at().plus(m(minutes));
    }

    static List<Object> key(Finding f) {
        return List.of(f.requirementId(), f.triggerAt().map(Object::toString).orElse(""), f.triggerEventIds(),
                f.intervalEnd().map(Object::toString).orElse(""));
    }

    /** Goodness: failures lowest, then late, then due; met, exempt and not applicable highest. */
    static int rank(FindingStatus status) {
        switch (status) {
            case NOT_MET:
            case OVERDUE:
                return 0;
            case MET_LATE:
                return 1;
            case DUE:
                return 2;
            default:
                return 3;
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void evaluation_neverThrows_andIsDeterministic(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = -120, max = 130 * 60) int minutes) {
        EpisodeEvaluation first = BASELINE.evaluate(episode, asOf(episode, minutes));
        assertThat(BASELINE.evaluate(episode, asOf(episode, minutes))).isEqualTo(first);
        assertThat(first.findings()).isSortedAccordingTo(gov.cbp.medical.rules.evaluation.internal.EpisodeJudge.ORDER);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void eventOrder_changesNothing(@ForAll("episodes") CustodyEpisode episode, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 120 * 60) int minutes) {
        List<MedicalEvent> shuffled = new ArrayList<>(episode.events());
        Collections.shuffle(shuffled, new Random(seed));
        CustodyEpisode reordered = episode.toBuilder().events(shuffled).build();
        assertThat(BASELINE.evaluate(reordered, asOf(episode, minutes))).isEqualTo(BASELINE.evaluate(episode, asOf(episode, minutes)));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void shiftingEveryTime_changesNoStatus(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = -5 * 24 * 60, max = 5 * 24 * 60) int shiftMinutes,
            @ForAll @IntRange(min = 0, max = 120 * 60) int minutes) {
        CustodyEpisode moved = shift(episode, m(shiftMinutes));
        List<String> before = BASELINE.evaluate(episode, asOf(episode, minutes)).findings().stream()
                .map(f -> f.requirementId() + " " + f.status()).collect(Collectors.toList());
        List<String> after = BASELINE.evaluate(moved, asOf(moved, minutes)).findings().stream()
                .map(f -> f.requirementId() + " " + f.status()).collect(Collectors.toList());
        assertThat(after).isEqualTo(before);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    void addingASatisfyingEvent_neverWorsensAFinding(@ForAll("episodes") CustodyEpisode episode,
            @ForAll("additions") List<Tuple.Tuple3<String, Integer, Integer>> additions,
            @ForAll @IntRange(min = 0, max = 120 * 60) int minutes) {
        Map<String, List<String>> byKind = new HashMap<>();
        for (MedicalEvent event : episode.events()) {
            String kind = event.type().code().equals("medical-issue") ? "issue"
                    : event.type().code().equals("monitoring-placement") ? "placement" : event.type().code();
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(event.id());
        }
        List<MedicalEvent> added = EpisodeArbitraries.events(additions, "S", byKind).stream()
                .map(e -> shiftEvent(e, Duration.between(gov.cbp.medical.rules.Episodes.T0, episode.bookIn().at())))
                .collect(Collectors.toList());
        CustodyEpisode more = episode.toBuilder().addAllEvents(added).build();
        Map<List<Object>, Finding> old = index(BASELINE.evaluate(episode, asOf(episode, minutes)));
        Map<List<Object>, Finding> neu = index(BASELINE.evaluate(more, asOf(episode, minutes)));
        for (Map.Entry<List<Object>, Finding> entry : old.entrySet()) {
            Finding after = neu.get(entry.getKey());
            if (after == null || entry.getValue().status() == FindingStatus.INDETERMINATE) {
                continue;
            }
            assertThat(after.status()).as(entry.getKey().toString()).isNotEqualTo(FindingStatus.INDETERMINATE);
            assertThat(rank(after.status())).as(entry.getKey() + " " + entry.getValue().status() + " -> " + after.status())
                    .isGreaterThanOrEqualTo(rank(entry.getValue().status()));
        }
    }

    @Property(tries = TRIES / 2, edgeCases = EdgeCasesMode.MIXIN)
    void worklist_agreesWithTheEvaluator(@ForAll @Size(min = 1, max = 4) List<@net.jqwik.api.From("episodes") CustodyEpisode> episodes,
            @ForAll @IntRange(min = 0, max = 120 * 60) int minutes, @ForAll @IntRange(min = 0, max = 48 * 60) int horizonMinutes) {
        Instant at = asOf(episodes.get(0), minutes);
        Duration horizon = m(horizonMinutes);
        List<Finding> expected = new ArrayList<>();
        for (CustodyEpisode episode : episodes) {
            for (Finding f : BASELINE.evaluate(episode, at).findings()) {
                if (f.status() == FindingStatus.OVERDUE
                        || f.status() == FindingStatus.DUE && !f.dueAt().orElseThrow().isAfter(at.plus(horizon))) {
                    expected.add(f);
                }
            }
        }
        Worklist worklist = Worklist.of(BASELINE, episodes, at, horizon);
        assertThat(worklist.tasks().stream().map(Task::finding).collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(worklist.tasks()).isSortedAccordingTo(Task.URGENCY);
        assertThat(worklist.groups().stream().mapToInt(g -> g.tasks().size()).sum()).isEqualTo(worklist.tasks().size());
    }

    static Map<List<Object>, Finding> index(EpisodeEvaluation evaluation) {
        Map<List<Object>, Finding> result = new HashMap<>();
        for (Finding f : evaluation.findings()) {
            result.put(key(f), f);
        }
        return result;
    }

    static MedicalEvent shiftEvent(MedicalEvent event, Duration by) {
        CustodyEpisode carrier = new gov.cbp.medical.rules.Episodes.Builder().estimatedAge(30).event(event).build();
        return gov.cbp.medical.rules.Episodes.shift(carrier, by).events().get(0);
    }
}
