package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.monitoring.MonitoringCheck;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The parts of the synthetic world that give every baseline measure data (issue 11 §5): births and newborn
 * releases, emergencies with EMS calls, and close watches kept as the policy in force asks, with a realistic
 * share of lapses, whether checks are judged in fixed slots or by the gaps between them.
 */
class GeneratorRealismTest {
    /** About 2,400 episodes before the 2025 rescission. */
    static final GeneratorSettings MARCH = GeneratorSettings.builder().seed(7).facilities(6).days(18)
            .startDate(LocalDate.of(2025, 3, 1)).arrivalsPerFacilityPerDay(20).build();

    static List<CustodyEpisode> episodes(GeneratorSettings settings) {
        return EpisodeGenerator.of(settings).episodes().collect(Collectors.toList());
    }

    /** The gaps between consecutive checks (from book-in to the first), in seconds, none across a hospital stay. */
    static List<Long> gaps(CustodyEpisode episode, List<Instant> checks) {
        List<Long> gaps = new ArrayList<>();
        Instant previous = episode.bookIn().at();
        for (Instant check : checks) {
            if (!awayBetween(episode, previous, check)) {
                gaps.add(Duration.between(previous, check).getSeconds());
            }
            previous = check;
        }
        return gaps;
    }

    static boolean awayBetween(CustodyEpisode episode, Instant from, Instant to) {
        return episode.eventsOf(HospitalVisit.class).stream().anyMatch(v -> v.at().isBefore(to) && !v.at().isBefore(from))
                || episode.eventsOf(HospitalDischarge.class).stream().anyMatch(d -> d.at().isBefore(to) && d.at().isAfter(from));
    }

    static List<Instant> welfareChecks(CustodyEpisode episode) {
        return episode.eventsOf(WelfareCheck.class).stream().map(WelfareCheck::at).collect(Collectors.toList());
    }

    static boolean pregnantAtBookIn(CustodyEpisode episode) {
        return episode.detainee().pregnancy().isPresent() && episode.eventsOf(Birth.class).isEmpty();
    }

    @Test
    void pregnantPeople_beforeTheRescission_areCheckedWithinFifteenMinutes_withAFewLapses() {
        long gaps = 0;
        long lapses = 0;
        long people = 0;
        long withoutLapse = 0;
        for (CustodyEpisode episode : episodes(MARCH)) {
            if (!pregnantAtBookIn(episode)) {
                continue;
            }
            people++;
            List<Long> own = gaps(episode, welfareChecks(episode));
            long over = own.stream().filter(gap -> gap > 15 * 60).count();
            gaps += own.size();
            lapses += over;
            withoutLapse += over == 0 ? 1 : 0;
        }
        assertThat(people).isGreaterThan(20);
        // a few percent of the gaps are lapses (under a max-gap rule), and most people have none at all
        assertThat(lapses / (double) gaps).isBetween(0.002, 0.05);
        assertThat(withoutLapse / (double) people).isBetween(0.4, 0.9);
    }

    @Test
    void pregnantPeople_afterTheRescission_areOnTheOrdinaryRounds() {
        GeneratorSettings june = MARCH.toBuilder().startDate(LocalDate.of(2025, 6, 1)).build();
        List<Long> gaps = new ArrayList<>();
        for (CustodyEpisode episode : episodes(june)) {
            if (pregnantAtBookIn(episode)) {
                gaps.addAll(gaps(episode, welfareChecks(episode)));
            }
        }
        gaps.sort(null);
        assertThat(gaps.get(gaps.size() / 2)).as("median gap, seconds").isGreaterThan(15 * 60L);
    }

    @Test
    void atRiskRounds_followTheSettings_notADateWiredIn() {
        GeneratorSettings later = MARCH.toBuilder().startDate(LocalDate.of(2025, 6, 1))
                .atRiskRounds(Duration.ofMinutes(15), LocalDate.of(2021, 11, 29), LocalDate.of(2030, 1, 1)).build();
        List<Long> gaps = new ArrayList<>();
        for (CustodyEpisode episode : episodes(later)) {
            if (pregnantAtBookIn(episode)) {
                gaps.addAll(gaps(episode, welfareChecks(episode)));
            }
        }
        gaps.sort(null);
        assertThat(gaps.get(gaps.size() / 2)).as("median gap, seconds").isBetween(9 * 60L, 13 * 60L);
    }

    @Test
    void monitoringChecks_areMostlyWithinFifteenMinutes() {
        long gaps = 0;
        long lapses = 0;
        for (CustodyEpisode episode : episodes(MARCH)) {
            List<Instant> checks = episode.eventsOf(MonitoringCheck.class).stream().map(MonitoringCheck::at)
                    .collect(Collectors.toList());
            for (int i = 1; i < checks.size(); i++) {
                gaps++;
                lapses += Duration.between(checks.get(i - 1), checks.get(i)).compareTo(Duration.ofMinutes(15)) > 0 ? 1 : 0;
            }
        }
        assertThat(gaps).isGreaterThan(1000);
        assertThat(lapses / (double) gaps).isBetween(0.002, 0.05);
    }

    @Test
    void emergencies_haveAnEmsCallMostlyWithinMinutes() {
        List<CustodyEpisode> all = episodes(MARCH);
        List<Duration> calls = new ArrayList<>();
        long emergencies = 0;
        for (CustodyEpisode episode : all) {
            for (MedicalIssue issue : episode.eventsOf(MedicalIssue.class)) {
                if (!issue.emergency()) {
                    continue;
                }
                emergencies++;
                Optional<EmsCall> call = episode.eventsOf(EmsCall.class).stream()
                        .filter(c -> c.issueEventId().equals(Optional.of(issue.id()))).findFirst();
                call.ifPresent(c -> calls.add(Duration.between(issue.at(), c.at())));
            }
        }
        assertThat(emergencies / (double) all.size()).isBetween(0.002, 0.012);
        assertThat(calls.size()).isGreaterThanOrEqualTo((int) (emergencies * 0.8));
        assertThat(calls).allSatisfy(delay -> assertThat(delay.isNegative()).isFalse());
        assertThat(calls.stream().filter(d -> d.compareTo(Duration.ofMinutes(10)) < 0).count())
                .isGreaterThanOrEqualTo((long) (calls.size() * 0.7));
    }

    @Test
    void births_areOfUsCitizenNewborns_atOrAfterAHospitalVisit() {
        List<CustodyEpisode> withBirth = episodes(MARCH).stream().filter(e -> !e.eventsOf(Birth.class).isEmpty())
                .collect(Collectors.toList());
        assertThat(withBirth).hasSizeGreaterThanOrEqualTo(5);
        assertThat(withBirth).allSatisfy(e -> {
            assertThat(e.eventsOf(Birth.class)).allSatisfy(b -> assertThat(b.newbornUsCitizen()).isTrue());
            assertThat(e.eventsOf(HospitalVisit.class)).isNotEmpty();
        });
    }

    @Test
    void theShares_governTheFeatures() {
        GeneratorSettings none = MARCH.toBuilder().days(6).emergencyShare(0).birthInCustodyShare(0).build();
        List<CustodyEpisode> all = episodes(none);
        assertThat(all).noneSatisfy(e -> assertThat(e.eventsOf(Birth.class)).isNotEmpty());
        assertThat(all.stream().flatMap(e -> e.eventsOf(MedicalIssue.class).stream()).filter(MedicalIssue::emergency)
                .count()).as("emergencies (a self-report is one in a few hundred)").isLessThanOrEqualTo(2);
    }

    @Test
    void everyFeatureAtOnce_manySeeds_everyEpisodeIsValid() throws IOException {
        for (long seed = 1; seed <= 12; seed++) {
            GeneratorSettings dense = GeneratorSettings.builder().seed(seed).facilities(3).days(3)
                    .arrivalsPerFacilityPerDay(12).pregnantShare(1).birthInCustodyShare(1).emergencyShare(0.5)
                    .closeWatchKeptShare(0.5).build();
            for (CustodyEpisode episode : episodes(dense)) {
                assertThat(PayloadTree.VALIDATOR.validate(gov.cbp.medical.model.json.MedicalJson.mapper()
                        .writeValueAsBytes(episode)).problems()).as("seed %s, %s", seed, episode.episodeId()).isEmpty();
            }
        }
    }

    @Test
    void everyFeatureAtOnce_sameSeed_writesTheSameBytes() throws IOException {
        GeneratorSettings dense = GeneratorSettings.builder().seed(99).facilities(2).days(2).arrivalsPerFacilityPerDay(15)
                .pregnantShare(1).birthInCustodyShare(1).emergencyShare(0.5).closeWatchKeptShare(0.5).build();
        byte[] first = EpisodeGeneratorTest.jsonLines(EpisodeGenerator.of(dense));
        byte[] second = EpisodeGeneratorTest.jsonLines(EpisodeGenerator.of(dense.toBuilder().build()));
        String text = new String(first, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(text).contains("\"type\":\"birth\"", "\"type\":\"ems-call\"", "\"emergency\":true");
        assertThat(Arrays.equals(first, second)).isTrue();
        assertThat(Arrays.equals(first, EpisodeGeneratorTest.jsonLines(EpisodeGenerator.of(
                dense.toBuilder().seed(100).build())))).isFalse();
    }
}
