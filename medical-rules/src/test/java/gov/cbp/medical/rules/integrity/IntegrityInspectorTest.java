package gov.cbp.medical.rules.integrity;

import static gov.cbp.medical.rules.Episodes.BASELINE;
import static gov.cbp.medical.rules.Episodes.adult;
import static gov.cbp.medical.rules.Episodes.at;
import static gov.cbp.medical.rules.Episodes.discharge;
import static gov.cbp.medical.rules.Episodes.h;
import static gov.cbp.medical.rules.Episodes.hospitalVisit;
import static gov.cbp.medical.rules.Episodes.m;
import static gov.cbp.medical.rules.Episodes.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.monitoring.CheckMethod;
import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.IntegrityKind;
import gov.cbp.medical.rules.standard.IntegrityOverride;
import gov.cbp.medical.rules.standard.LocalPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The record-integrity checks of the baseline catalogue, each on both sides of its thresholds. */
class IntegrityInspectorTest {
    static final IntegrityInspector INSPECTOR = IntegrityInspector.of(Catalogue.baseline());

    static WelfareCheck check(String id, Duration offset) {
        return WelfareCheck.builder().id(id).at(at(offset)).method(CheckMethod.VISUAL).outcome(CheckOutcome.NO_CONCERN)
                .build();
    }

    static WelfareCheck recorded(String id, Duration offset, Duration recordedAfterBookIn, RecordSystem system) {
        return check(id, offset).toBuilder().provenance(Provenance.builder().recordedAt(at(recordedAfterBookIn))
                .recordedBy("AGENT-7").system(system).build()).build();
    }

    static WelfareCheck by(String id, Duration offset, String observer, String room) {
        return check(id, offset).toBuilder().observerId(observer).holdRoom(java.util.Optional.ofNullable(room)).build();
    }

    /** Checks at the given offsets in seconds after book-in. */
    static List<WelfareCheck> checksAtSeconds(long... seconds) {
        List<WelfareCheck> checks = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            checks.add(check("W" + i, Duration.ofSeconds(seconds[i])));
        }
        return checks;
    }

    static List<IntegrityFinding> of(CustodyEpisode episode, String checkId) {
        return INSPECTOR.inspect(episode, at(h(48))).stream().filter(f -> f.checkId().equals(checkId))
                .collect(Collectors.toList());
    }

    @Nested
    @Covers("REC-LATE-ENTRY")
    class LateEntry {
        static final String C = "REC-LATE-ENTRY";

        @Test
        void recordedExactlyTwoHoursLater_isNoConcern() {
            CustodyEpisode e = adult().event(recorded("W1", m(10), m(130), RecordSystem.E3)).build();
            assertThat(of(e, C)).isEmpty();
        }

        @Test
        void recordedOneSecondMoreThanTwoHoursLater_isAConcern() {
            CustodyEpisode e = adult().event(recorded("W1", m(10), m(130).plusSeconds(1), RecordSystem.E3)).build();
            List<IntegrityFinding> found = of(e, C);
            assertThat(found).hasSize(1);
            IntegrityFinding f = found.get(0);
            assertThat(f.eventIds()).containsExactly("W1");
            assertThat(f.kind()).isEqualTo(IntegrityKind.LATE_RECORDING);
            assertThat(f.standardId()).isEqualTo("RECORD-INTEGRITY");
            assertThat(f.interpretation()).isTrue();
            assertThat(f.facilityId()).contains("STN-1");
            assertThat(f.citation()).contains("OIG-21-48");
            assertThat(f.explanation())
                    .isEqualTo("REC-LATE-ENTRY: welfare-check W1 recorded PT2H1S after it happened, more than PT2H;"
                            + " the threshold is an interpretation")
                    .doesNotContain("AGENT-7");
        }

        @Test
        void paperTranscription_isExempt() {
            CustodyEpisode e = adult().event(recorded("W1", m(10), h(8), RecordSystem.PAPER)).build();
            assertThat(of(e, C)).isEmpty();
        }

        @Test
        void withoutRecordingTime_isNotJudged() {
            assertThat(of(adult().event(check("W1", m(10))).build(), C)).isEmpty();
        }
    }

    @Nested
    @Covers("REC-BURST")
    class BurstOfEntries {
        static final String C = "REC-BURST";

        /** Six checks 24 minutes apart (two hours spread), recorded a minute apart from 5 h on. */
        List<WelfareCheck> six(long spacingMinutes, long recordedEverySeconds, RecordSystem system) {
            List<WelfareCheck> checks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                checks.add(recorded("W" + i, m(10 + i * spacingMinutes), h(5).plusSeconds(i * recordedEverySeconds), system));
            }
            return checks;
        }

        @Test
        void sixWithinFiveMinutesOverTwoHours_isABurst() {
            List<IntegrityFinding> found = of(adult().events(six(24, 60, RecordSystem.E3)).build(), C);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).eventIds()).containsExactly("W0", "W1", "W2", "W3", "W4", "W5");
            assertThat(found.get(0).at()).isEqualTo(at(m(10)));
        }

        @Test
        void recordedOverMoreThanFiveMinutes_isNoBurst() {
            assertThat(of(adult().events(six(24, 61, RecordSystem.E3)).build(), C)).isEmpty();
        }

        @Test
        void fiveEntries_isNoBurst() {
            assertThat(of(adult().events(six(24, 60, RecordSystem.E3).subList(0, 5)).build(), C)).isEmpty();
        }

        @Test
        void timesSpreadUnderTwoHours_isNoBurst() {
            List<WelfareCheck> checks = six(24, 60, RecordSystem.E3);
            checks.set(5, recorded("W5", m(10 + 120).minusSeconds(1), h(5).plusSeconds(300), RecordSystem.E3));
            assertThat(of(adult().events(checks).build(), C)).isEmpty();
        }

        @Test
        void paperTranscription_isNoBurst() {
            assertThat(of(adult().events(six(24, 60, RecordSystem.PAPER)).build(), C)).isEmpty();
        }
    }

    @Nested
    @Covers("REC-REGULAR")
    class RegularSpacing {
        static final String C = "REC-REGULAR";

        /** Nine checks (eight spacings) of 900 s, with the last spacing 900 + extra seconds. */
        long[] nineChecks(long extraOnLast) {
            long[] t = new long[9];
            for (int i = 1; i < 9; i++) {
                t[i] = t[i - 1] + 900 + (i == 8 ? extraOnLast : 0);
            }
            for (int i = 0; i < 9; i++) {
                t[i] += 300;
            }
            return t;
        }

        @Test
        void eightSpacingsWithinThirtySeconds_isImplausible() {
            List<IntegrityFinding> found = of(adult().events(checksAtSeconds(nineChecks(30))).build(), C);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).eventIds()).hasSize(9).startsWith("W0").endsWith("W8");
            assertThat(found.get(0).explanation()).contains("8 spacings within PT30S");
        }

        @Test
        void spacingsThirtyOneSecondsApart_arePlausible() {
            assertThat(of(adult().events(checksAtSeconds(nineChecks(31))).build(), C)).isEmpty();
        }

        @Test
        void sevenSpacings_arePlausible() {
            long[] nine = nineChecks(0);
            assertThat(of(adult().events(checksAtSeconds(java.util.Arrays.copyOf(nine, 8))).build(), C)).isEmpty();
        }

        @Test
        void realisticRounds_varyingByMinutes_arePlausible() {
            long[] t = new long[40];
            java.util.SplittableRandom r = new java.util.SplittableRandom(7);
            for (int i = 1; i < t.length; i++) {
                t[i] = t[i - 1] + Math.round(900 * (0.8 + 0.4 * r.nextDouble()));
            }
            assertThat(of(adult().events(checksAtSeconds(t)).build(), C)).isEmpty();
        }

        @Test
        void aLongRegularStretch_isOneFinding() {
            long[] t = new long[30];
            for (int i = 0; i < t.length; i++) {
                t[i] = 60 + i * 3600L;
            }
            List<IntegrityFinding> found = of(adult().events(checksAtSeconds(t)).build(), C);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).eventIds()).hasSize(30);
        }
    }

    @Nested
    @Covers("REC-OBSERVER-TWO-PLACES")
    class ObserverInTwoPlaces {
        static final String C = "REC-OBSERVER-TWO-PLACES";

        @Test
        void twoRoomsTwoMinutesApart_isAConcern() {
            CustodyEpisode e = adult().event(by("W1", m(30), "AGENT-9", "HR-1"))
                    .event(check("W2", m(32)).toBuilder().observerId("AGENT-9").holdRoom("HR-4").build()).build();
            List<IntegrityFinding> found = of(e, C);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).eventIds()).containsExactly("W1", "W2");
            assertThat(found.get(0).explanation()).doesNotContain("AGENT-9").contains("hold rooms");
        }

        @Test
        void twoRoomsMoreThanTwoMinutesApart_isNoConcern() {
            CustodyEpisode e = adult().event(by("W1", m(30), "AGENT-9", "HR-1"))
                    .event(by("W2", m(32).plusSeconds(1), "AGENT-9", "HR-4")).build();
            assertThat(of(e, C)).isEmpty();
        }

        @Test
        void twoObservers_orOneRoom_isNoConcern() {
            CustodyEpisode e = adult().event(by("W1", m(30), "AGENT-9", "HR-1")).event(by("W2", m(31), "AGENT-8", "HR-4"))
                    .event(by("W3", m(90), "AGENT-9", "HR-1")).event(by("W4", m(91), "AGENT-9", "HR-1")).build();
            assertThat(of(e, C)).isEmpty();
        }

        @Test
        void twoFacilitiesAcrossATransfer_isAConcern() {
            CustodyEpisode e = adult().event(by("W1", m(59), "AGENT-9", null))
                    .event(transfer("T1", m(60), "STN-2", true)).event(by("W2", m(60), "AGENT-9", null)).build();
            assertThat(of(e, C)).extracting(IntegrityFinding::eventIds).containsExactly(List.of("W1", "W2"));
        }
    }

    @Nested
    @Covers("REC-PERSON-ELSEWHERE")
    class PersonElsewhere {
        static final String C = "REC-PERSON-ELSEWHERE";

        @Test
        void beforeBookIn_beyondGrace_isAConcern() {
            CustodyEpisode e = adult().event(check("W0", m(-5).minusSeconds(1))).event(check("W1", m(-5))).build();
            assertThat(of(e, C)).extracting(f -> f.eventIds().get(0)).containsExactly("W0");
            assertThat(of(e, C).get(0).explanation()).contains("before book-in");
        }

        @Test
        void afterBookOut_beyondGrace_isAConcern() {
            CustodyEpisode e = adult().released(h(3)).event(check("W1", h(3).plus(m(5))))
                    .event(check("W2", h(3).plus(m(5)).plusSeconds(1))).build();
            assertThat(of(e, C)).extracting(f -> f.eventIds().get(0)).containsExactly("W2");
        }

        @Test
        void duringAHospitalStay_isAConcern_atItsEdges_isNot() {
            CustodyEpisode e = adult().event(hospitalVisit("V1", h(2), null)).event(discharge("D1", h(6), "V1"))
                    .event(by("W1", h(2).plus(m(5)), "A1", "HR-1")).event(by("W2", h(4), "A2", "HR-1"))
                    .event(by("W3", h(6).minus(m(5)), "A3", "HR-1")).event(check("WATCH", h(4).plus(m(30)))).build();
            assertThat(of(e, C)).extracting(f -> f.eventIds().get(0)).containsExactly("W2");
            assertThat(of(e, C).get(0).explanation()).contains("during a hospital stay");
        }

        @Test
        void inAHoldRoomOfTheFacilityLeft_isAConcern() {
            CustodyEpisode e = adult().holdRoom("HR-1")
                    .event(transfer("T1", h(2), "STN-2", true))
                    .event(HoldRoomPlacement.builder().id("P2").at(at(h(2))).facilityId("STN-2").holdRoom("B-7").build())
                    .event(by("W1", h(1), "AGENT-1", "HR-1")).event(by("W2", h(3), "AGENT-2", "B-7"))
                    .event(by("W3", h(4), "AGENT-3", "HR-1")).event(by("W4", h(5), "AGENT-4", "UNNAMED")).build();
            assertThat(of(e, C)).extracting(f -> f.eventIds().get(0)).containsExactly("W3");
        }
    }

    @Nested
    class Evaluation {
        @Test
        @Covers("REC-LATE-ENTRY")
        void findingOnDoubtedEvidence_saysSo() {
            CustodyEpisode e = adult().event(recorded("W1", m(10), h(5), RecordSystem.E3)).build();
            EpisodeEvaluation evaluation = BASELINE.evaluate(e, at(m(50)));
            assertThat(evaluation.integrityFindings()).extracting(IntegrityFinding::checkId).containsExactly("REC-LATE-ENTRY");
            Finding welfare = evaluation.findings().stream().filter(f -> f.requirementId().equals("TEDS-WELFARE"))
                    .findFirst().orElseThrow();
            assertThat(welfare.integrityConcerns()).containsExactly("REC-LATE-ENTRY");
            assertThat(welfare.hasIntegrityConcerns()).isTrue();
            assertThat(welfare.explanation()).endsWith("; met on evidence with integrity concerns (REC-LATE-ENTRY)");
        }

        @Test
        void soundEvidence_hasNoConcerns() {
            EpisodeEvaluation evaluation = BASELINE.evaluate(adult().event(check("W1", m(10))).build(), at(m(50)));
            assertThat(evaluation.integrityFindings()).isEmpty();
            assertThat(evaluation.findings()).noneMatch(Finding::hasIntegrityConcerns);
        }

        @Test
        void restrictedEvaluator_stillInspects() {
            CustodyEpisode e = adult().event(recorded("W1", m(10), h(5), RecordSystem.E3)).build();
            EpisodeEvaluation evaluation = BASELINE.restrictedTo(java.util.Set.of("TEDS-WELFARE")).evaluate(e, at(m(50)));
            // the gap the doubted check ended carries the concern; the next check, resting on no evidence, does not
            assertThat(evaluation.findings()).filteredOn(f -> f.evidenceEventIds().contains("W1"))
                    .isNotEmpty().allMatch(Finding::hasIntegrityConcerns);
            assertThat(evaluation.findings()).filteredOn(f -> f.evidenceEventIds().isEmpty())
                    .noneMatch(Finding::hasIntegrityConcerns);
        }

        @Test
        void eventsAfterTheInstant_areNotRead() {
            CustodyEpisode e = adult().event(recorded("W1", m(10), h(5), RecordSystem.E3)).build();
            assertThat(INSPECTOR.inspect(e, at(m(9)))).isEmpty();
            assertThat(INSPECTOR.inspect(e, at(m(-1)))).isEmpty();
            assertThat(INSPECTOR.inspect(e, at(m(10)))).hasSize(1);
        }

        @Test
        void nullArguments_throw() {
            CustodyEpisode e = adult().build();
            assertThatNullPointerException().isThrownBy(() -> INSPECTOR.inspect(null, Instant.EPOCH));
            assertThatNullPointerException().isThrownBy(() -> INSPECTOR.inspect(e, null));
            assertThatNullPointerException().isThrownBy(() -> IntegrityInspector.of(null));
        }
    }

    @Nested
    class LocalPolicyOverrides {
        @Test
        @Covers("REC-LATE-ENTRY")
        void aLongerMaxDelay_acceptsTheEntry() {
            CustodyEpisode e = adult().event(recorded("W1", m(10), h(5), RecordSystem.E3)).build();
            Catalogue local = Catalogue.baseline().withPolicy(LocalPolicy.builder().id("P").title("Local")
                    .addIntegrityOverrides(IntegrityOverride.builder().checkId("REC-LATE-ENTRY").maxDelay(h(6)).build())
                    .build()).catalogue().orElseThrow();
            assertThat(IntegrityInspector.of(local).inspect(e, at(h(6)))).isEmpty();
            assertThat(local.integrityCheck("REC-LATE-ENTRY").orElseThrow().maxDelay()).contains(h(6));
        }

        @Test
        @Covers("REC-REGULAR")
        void aDisabledCheck_findsNothing() throws Exception {
            String json = "{\"id\":\"P\",\"title\":\"Local\",\"overrides\":[],"
                    + "\"integrityOverrides\":[{\"checkId\":\"REC-REGULAR\",\"disabled\":true}]}";
            Catalogue local = Catalogue.baseline().withPolicy(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                    .catalogue().orElseThrow();
            long[] t = new long[12];
            for (int i = 0; i < t.length; i++) {
                t[i] = i * 900L;
            }
            assertThat(IntegrityInspector.of(local).inspect(adult().events(checksAtSeconds(t)).build(), at(h(4)))).isEmpty();
        }

        @Test
        void unknownCheck_orUnusedNumber_isAProblem() throws Exception {
            String json = "{\"id\":\"P\",\"title\":\"Local\",\"overrides\":[],\"integrityOverrides\":["
                    + "{\"checkId\":\"REC-NOPE\"},{\"checkId\":\"REC-BURST\",\"maxDelay\":\"PT1H\"}]}";
            var load = Catalogue.baseline().withPolicy(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            assertThat(load.catalogue()).isEmpty();
            assertThat(load.problems()).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
                    "policy.integrity.unknown /integrityOverrides/0/checkId",
                    "policy.integrity.notApplicable /integrityOverrides/1/maxDelay");
        }
    }
}
