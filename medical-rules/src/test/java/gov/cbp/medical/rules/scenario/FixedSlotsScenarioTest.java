package gov.cbp.medical.rules.scenario;

import static gov.cbp.medical.rules.Episodes.*;
import static gov.cbp.medical.rules.evaluation.FindingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.CatalogueLoad;
import gov.cbp.medical.rules.standard.LocalPolicy;
import gov.cbp.medical.rules.standard.RecurrenceMode;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.RequirementOverride;
import gov.cbp.medical.rules.standard.Waiver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fixed slots stay selectable by a local policy: a run of missed intervals is one finding with its count, and at
 * the instant a met interval ends the next one is due. TEDS-WELFARE's interval is 60 minutes from book-in.
 */
@Covers("TEDS-WELFARE")
class FixedSlotsScenarioTest {
    static final String R = "TEDS-WELFARE";
    static final Catalogue FIXED = Catalogue.baseline().withPolicy(LocalPolicy.builder().id("LP-SLOTS").title("slots")
            .addOverrides(RequirementOverride.builder().requirementId(R).recurrenceMode(RecurrenceMode.FIXED_SLOTS)
                    .waiver(Waiver.of("W-SLOTS", "legacy log format")).build())
            .build()).orElseThrow();
    static final Evaluator EVALUATOR = Evaluator.of(FIXED);

    static List<Finding> slots(CustodyEpisode episode, Duration asOf) {
        return EVALUATOR.evaluate(episode, episode.bookIn().at().plus(asOf)).findings().stream()
                .filter(f -> f.requirementId().equals(R)).collect(Collectors.toList());
    }

    @Test
    void selectedByPolicy_neighbouringSlotsAreBothMet_andTheWaiverIsCited() {
        CustodyEpisode e = adult().event(welfare("W1", m(5))).event(welfare("W2", m(115))).build();
        List<Finding> list = slots(e, h(2));
        assertThat(list).extracting(Finding::status).containsExactly(MET, MET, DUE);
        assertThat(list).allSatisfy(f -> assertThat(f.waiver()).contains("W-SLOTS: legacy log format"));
    }

    @Test
    void fixedSlotsOverGaps_isLooser_andNeedsAWaiver_gapsOverSlotsIsStricter() {
        CatalogueLoad without = Catalogue.baseline().withPolicy(LocalPolicy.builder().id("LP-X").title("t")
                .addOverrides(RequirementOverride.builder().requirementId(R).recurrenceMode(RecurrenceMode.FIXED_SLOTS)
                        .build()).build());
        assertThat(without.isValid()).isFalse();
        assertThat(without.problems()).extracting(p -> p.code() + " " + p.arguments())
                .containsExactly("policy.override.looserWithoutWaiver [recurrenceMode]");
        CatalogueLoad stricter = Catalogue.baseline().withPolicy(LocalPolicy.builder().id("LP-Y").title("t")
                .addOverrides(RequirementOverride.builder().requirementId("TEDS-FOOD").recurrenceMode(RecurrenceMode.MAX_GAP)
                        .build()).build());
        assertThat(stricter.isValid()).isTrue();
        assertThat(stricter.orElseThrow().requirementVersions("TEDS-FOOD")).extracting(Requirement::recurrence)
                .allSatisfy(r -> assertThat(r.orElseThrow().mode()).isEqualTo(RecurrenceMode.MAX_GAP));
        CatalogueLoad notRecurring = Catalogue.baseline().withPolicy(LocalPolicy.builder().id("LP-Z").title("t")
                .addOverrides(RequirementOverride.builder().requirementId("TEDS-DURATION")
                        .recurrenceMode(RecurrenceMode.MAX_GAP).build()).build());
        assertThat(notRecurring.problems()).extracting(p -> p.code() + " " + p.pointer())
                .contains("policy.override.notApplicable /overrides/0/recurrenceMode");
    }

    @Test
    void shippedDefaults_welfareAndMonitoringByGaps_mealsBySlots() {
        for (String id : List.of("TEDS-WELFARE", "PPN-WELFARE", "EMD-EMM-CHECK", "EMD-EMM-REEVAL")) {
            assertThat(Catalogue.baseline().requirementVersions(id)).as(id).extracting(r -> r.recurrence().orElseThrow().mode())
                    .containsOnly(RecurrenceMode.MAX_GAP);
        }
        assertThat(Catalogue.baseline().requirementVersions("TEDS-FOOD")).extracting(r -> r.recurrence().orElseThrow().mode())
                .containsOnly(RecurrenceMode.FIXED_SLOTS);
    }

    @Test
    void consecutiveMissedSlots_areOneFindingWithTheirCount() {
        CustodyEpisode e = adult().event(welfare("W1", m(30))).event(welfare("W2", m(330))).build();
        List<Finding> list = slots(e, h(6));
        // slot 1 [0, 60m] met; slots 2-5 (60m, 300m] missed; slot 6 (300m, 360m] met; at 6h slot 7 is due
        assertThat(list).extracting(Finding::status).containsExactly(MET, NOT_MET, MET, DUE);
        Finding run = list.get(1);
        assertThat(run.missedIntervals()).contains(4L);
        assertThat(run.triggerAt()).contains(at(h(1)));
        assertThat(run.intervalEnd()).contains(at(h(5)));
        assertThat(run.longestGap()).contains(h(4));
        assertThat(run.explanation()).contains("4 consecutive intervals (2 to 5)");
        assertThat(list.get(0).missedIntervals()).isEmpty();
        assertThat(list.get(3).dueAt()).contains(at(h(7)));
    }

    @Test
    void aSingleMissedSlot_isAnOrdinaryFinding() {
        CustodyEpisode e = adult().event(welfare("W1", m(30))).event(welfare("W2", m(150))).build();
        List<Finding> list = slots(e, m(170));
        assertThat(list).extracting(Finding::status).containsExactly(MET, NOT_MET, MET, DUE);
        assertThat(list.get(1).missedIntervals()).isEmpty();
    }

    @Test
    void onceTheCurrentSlotIsMet_theNextSlotIsDue_upToAndAtTheInstantItEnds() {
        CustodyEpisode e = adult().event(welfare("W1", m(30))).build();
        assertThat(slots(e, h(1))).extracting(Finding::status, Finding::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MET, Optional.of(at(h(1)))),
                org.assertj.core.groups.Tuple.tuple(DUE, Optional.of(at(h(2)))));
        assertThat(slots(e, h(1).minusNanos(1))).extracting(Finding::status).containsExactly(MET, DUE);
        assertThat(slots(e, h(1).plusNanos(1))).extracting(Finding::status).containsExactly(MET, DUE);
        // an unmet slot at its end instant is still due (on time), and only it
        assertThat(slots(adult().build(), h(1))).extracting(Finding::status).containsExactly(DUE);
    }

    @Test
    void tenYearsWithoutACheck_isOneRunAndTheCurrentSlot() {
        Duration tenYears = Duration.ofDays(3652).plus(m(30));
        List<Finding> list = slots(adult().build(), tenYears);
        assertThat(list).extracting(Finding::status).containsExactly(NOT_MET, DUE);
        assertThat(list.get(0).missedIntervals()).contains(3652L * 24);
        assertThat(list.get(1).dueAt()).contains(at(Duration.ofDays(3652).plus(h(1))));
    }

    @Test
    void centuriesAhead_withAnEventCenturiesAhead_isEvaluatedCheaply() {
        // past the range of nanoseconds (292 years) and of the slot index: capped, never thrown, never a huge table
        Duration centuries = Duration.ofDays(365L * 600);
        CustodyEpisode e = adult().event(welfare("W1", m(30))).event(welfare("W2", Duration.ofDays(365L * 400))).build();
        List<Finding> list = slots(e, centuries);
        assertThat(list).hasSizeLessThanOrEqualTo(6);
        assertThat(list.get(0).status()).isEqualTo(MET);
        assertThat(list).extracting(Finding::status).contains(NOT_MET);
        List<Finding> gaps = BASELINE.evaluate(e, at(centuries)).findings().stream()
                .filter(f -> f.requirementId().equals(R)).collect(Collectors.toList());
        assertThat(gaps).extracting(Finding::status).containsExactly(MET, MET_LATE, OVERDUE);
    }

    @Test
    void closedEpisode_theRunEndsAtTheLastWholeSlot() {
        CustodyEpisode e = adult().released(m(210)).build();
        List<Finding> list = slots(e, h(5));
        assertThat(list).extracting(Finding::status).containsExactly(NOT_MET);
        assertThat(list.get(0).missedIntervals()).contains(3L);
        assertThat(list.get(0).intervalEnd()).contains(at(h(3)));
    }
}
