package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.model.intake.HealthInterview;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seeded generator: determinism, validity over thousands of episodes, realism, fixed samples, laziness. */
class EpisodeGeneratorTest {
    /** About 2,400 episodes: 6 facilities for 18 days, 20 arrivals a day on ordinary days. */
    static final GeneratorSettings REALISM = GeneratorSettings.builder().seed(2026).facilities(6).days(18)
            .arrivalsPerFacilityPerDay(20).build();
    private static List<CustodyEpisode> corpus;

    static synchronized List<CustodyEpisode> corpus() {
        if (corpus == null) {
            corpus = EpisodeGenerator.of(REALISM).episodes().collect(Collectors.toList());
        }
        return corpus;
    }

    @Nested
    class Determinism {
        @Test
        void sameSettings_writeJsonLines_writesTheSameBytes() throws IOException {
            GeneratorSettings settings = GeneratorSettings.builder().seed(42).facilities(3).days(3)
                    .arrivalsPerFacilityPerDay(12).build();

            byte[] first = jsonLines(EpisodeGenerator.of(settings));
            byte[] second = jsonLines(EpisodeGenerator.of(settings.toBuilder().build()));

            assertThat(first.length).isGreaterThan(10_000);
            assertThat(Arrays.equals(first, second)).isTrue();
        }

        @Test
        void otherSeed_writeJsonLines_writesOtherBytes() throws IOException {
            GeneratorSettings settings = GeneratorSettings.builder().seed(42).facilities(2).days(2).build();

            assertThat(jsonLines(EpisodeGenerator.of(settings)))
                    .isNotEqualTo(jsonLines(EpisodeGenerator.of(settings.toBuilder().seed(43).build())));
        }

        @Test
        void episodes_consumedTwice_areEqualAndMatchTheJsonLines() throws IOException {
            EpisodeGenerator generator = EpisodeGenerator.withSeed(9);
            List<CustodyEpisode> first = generator.episodes().limit(200).collect(Collectors.toList());
            List<CustodyEpisode> second = generator.episodes().limit(200).collect(Collectors.toList());
            String[] lines = new String(jsonLines(generator), java.nio.charset.StandardCharsets.UTF_8).split("\n");

            assertThat(second).isEqualTo(first);
            for (int i = 0; i < first.size(); i++) {
                assertThat(lines[i]).isEqualTo(MedicalJson.mapper().writeValueAsString(first.get(i)));
            }
        }

        @Test
        void fixedSamples_onEveryCall_areEqual() {
            assertThat(EpisodeGenerator.shortAdultStay()).isEqualTo(EpisodeGenerator.shortAdultStay());
            assertThat(EpisodeGenerator.juvenileDay()).isEqualTo(EpisodeGenerator.juvenileDay());
            assertThat(EpisodeGenerator.familyStay72h()).isEqualTo(EpisodeGenerator.familyStay72h());
        }
    }

    @Nested
    class Validity {
        @Test
        void twoThousandEpisodes_validatedWithTheSystemClock_haveNoProblem() throws IOException {
            PayloadValidator validator = PayloadValidator.create();
            List<CustodyEpisode> episodes = corpus();
            List<String> problems = new ArrayList<>();
            for (CustodyEpisode episode : episodes) {
                ValidationResult<CustodyEpisode> result = validator.validate(MedicalJson.mapper().writeValueAsBytes(episode));
                for (Problem problem : result.problems()) {
                    problems.add(episode.episodeId() + " " + problem.severity() + " " + problem.code() + " " + problem.pointer());
                }
            }

            assertThat(episodes.size()).isGreaterThanOrEqualTo(2_000);
            assertThat(problems).isEmpty();
        }

        @Test
        void fixedSamples_validated_haveNoProblemAndTheDocumentedShape() throws IOException {
            CustodyEpisode shortStay = EpisodeGenerator.shortAdultStay();
            CustodyEpisode juvenile = EpisodeGenerator.juvenileDay();
            CustodyEpisode family = EpisodeGenerator.familyStay72h();
            for (CustodyEpisode episode : List.of(shortStay, juvenile, family)) {
                assertThat(PayloadValidator.create().validate(MedicalJson.mapper().writeValueAsBytes(episode)).problems())
                        .isEmpty();
            }

            assertThat(shortStay.detainee().populationClass()).isEqualTo(PopulationClass.SINGLE_ADULT);
            assertThat(stay(shortStay)).isEqualTo(Duration.ofHours(6));
            assertThat(juvenile.detainee().populationClass()).isEqualTo(PopulationClass.UNACCOMPANIED_CHILD);
            assertThat(juvenile.eventsOf(WelfareCheck.class)).hasSizeBetween(18, 22);
            assertThat(juvenile.eventsOf(HealthInterview.class)).hasSize(1);
            assertThat(family.detainee().populationClass()).isEqualTo(PopulationClass.FAMILY_UNIT_MEMBER);
            assertThat(stay(family)).isEqualTo(Duration.ofHours(72));
            assertThat(types(family)).contains(EventType.HOSPITAL_VISIT, EventType.HOSPITAL_DISCHARGE,
                    EventType.MEDICATION_REVIEW);
            assertThat(bytes(shortStay)).isLessThan(bytes(juvenile));
            assertThat(bytes(juvenile)).isLessThan(bytes(family));
        }
    }

    @Nested
    class Realism {
        @Test
        void populationMix_isWithinThreePointsOfTheSettings() {
            Map<PopulationClass, Long> counts = corpus().stream()
                    .collect(Collectors.groupingBy(e -> e.detainee().populationClass(), () -> new EnumMap<>(PopulationClass.class),
                            Collectors.counting()));
            double total = corpus().size();
            double weights = REALISM.populationMix().values().stream().mapToDouble(Double::doubleValue).sum();

            REALISM.populationMix().forEach((populationClass, weight) -> assertThat(counts.getOrDefault(populationClass, 0L) / total)
                    .as(populationClass.code()).isCloseTo(weight / weights, within(0.03)));
        }

        @Test
        void arrivals_perFacilityDay_matchTheMeanWithSurges() {
            EpisodeGenerator generator = EpisodeGenerator.of(REALISM);
            double expected = 0;
            for (Facility facility : generator.facilities()) {
                for (int day = 0; day < REALISM.days(); day++) {
                    Instant noon = REALISM.startDate().plusDays(day).atTime(12, 0).atZone(facility.timeZone()).toInstant();
                    boolean surge = facility.surgeLevelAt(noon) != gov.cbp.medical.model.facility.SurgeLevel.NORMAL;
                    expected += REALISM.arrivalsPerFacilityPerDay() * (surge ? REALISM.surgeArrivalFactor() : 1);
                }
            }

            assertThat((double) corpus().size()).isCloseTo(expected, within(expected * 0.06));
        }

        @Test
        void facilities_mixStationsAndPortsInTheFourBorderTimeZones() {
            List<Facility> facilities = EpisodeGenerator.of(GeneratorSettings.builder().facilities(16).build()).facilities();

            assertThat(facilities).extracting(Facility::component).contains(Component.USBP, Component.OFO);
            assertThat(facilities.stream().filter(f -> f.component() == Component.OFO).count()).isEqualTo(4);
            assertThat(facilities).extracting(f -> f.timeZone().getId()).containsOnly("America/Phoenix",
                    "America/Chicago", "America/Los_Angeles", "America/Denver");
            assertThat(facilities.stream().map(Facility::facilityId).distinct().count()).isEqualTo(16);
            assertThat(facilities).allSatisfy(f -> assertThat(f.name()).startsWith("Synthetic "));
        }

        @Test
        void ages_languagesAndPregnancies_followTheSettings() {
            List<Detainee> detainees = corpus().stream().map(CustodyEpisode::detainee).collect(Collectors.toList());
            double estimated = detainees.stream().filter(d -> d.estimatedAgeYears().isPresent()).count()
                    / (double) detainees.size();
            double spanish = detainees.stream().filter(d -> d.language().orElseThrow().preferred().equals("es")).count()
                    / (double) detainees.size();
            List<Detainee> nonEnglish = detainees.stream()
                    .filter(d -> !d.language().orElseThrow().preferred().equals("en")).collect(Collectors.toList());
            double interpreter = nonEnglish.stream().filter(d -> d.language().orElseThrow().interpreterNeeded()).count()
                    / (double) nonEnglish.size();
            List<CustodyEpisode> fertile = corpus().stream().filter(e -> e.detainee().sex() == Sex.FEMALE
                    && age(e) >= 15 && age(e) <= 45).collect(Collectors.toList());
            double pregnant = fertile.stream().filter(e -> e.detainee().pregnancy().isPresent()
                    || types(e).contains(EventType.PREGNANCY_IDENTIFIED)).count() / (double) fertile.size();

            assertThat(estimated).isCloseTo(REALISM.estimatedAgeShare(), within(0.03));
            assertThat(spanish).isCloseTo(0.62, within(0.06));
            assertThat(interpreter).isCloseTo(REALISM.interpreterNeededShare(), within(0.06));
            assertThat(pregnant).isCloseTo(REALISM.pregnantShare(), within(0.03));
            assertThat(detainees).allSatisfy(d -> assertThat(d.identifiers().flatMap(i -> i.familyName()).orElse("Synthetic-"))
                    .startsWith("Synthetic-"));
        }

        @Test
        void juveniles_areMostlyInterviewedWithinTwelveHours_someLateSomeMissed() {
            List<CustodyEpisode> juveniles = corpus().stream().filter(e -> e.detainee().ageOn(LocalDate.of(2026, 1, 1))
                    .isPresent() && isJuvenile(e)).collect(Collectors.toList());
            long interviewed = juveniles.stream().filter(e -> !e.eventsOf(HealthInterview.class).isEmpty()).count();
            long late = juveniles.stream().filter(e -> e.eventsOf(HealthInterview.class).stream()
                    .anyMatch(i -> Duration.between(e.bookIn().at(), i.at()).compareTo(Duration.ofHours(12)) > 0)).count();

            double share = interviewed / (double) juveniles.size();
            assertThat(share).isBetween(0.75, 0.97);
            assertThat(late / (double) interviewed).isBetween(0.02, 0.15);
        }

        @Test
        void welfareChecks_areRegularWithinTheSettingsAndWithinFifteenMinutesForTheAtRisk() {
            List<Long> ordinary = new ArrayList<>();
            List<Long> atRisk = new ArrayList<>();
            for (CustodyEpisode episode : corpus()) {
                Detainee d = episode.detainee();
                boolean risk = d.pregnancy().isPresent() || d.postpartum() || d.nursing() || age(episode) == 0;
                List<WelfareCheck> checks = episode.eventsOf(WelfareCheck.class);
                for (int i = 1; i < checks.size(); i++) {
                    (risk ? atRisk : ordinary).add(Duration.between(checks.get(i - 1).at(), checks.get(i).at()).toMinutes());
                }
            }

            assertThat(median(ordinary)).isBetween(15L, 60L);
            // irregular checks 55% to 95% of the 15 minutes apart, a few lapses
            assertThat(median(atRisk)).isBetween(9L, 13L);
            assertThat(atRisk.stream().filter(gap -> gap >= 15).count() / (double) atRisk.size()).isBetween(0.001, 0.05);
            assertThat(ordinary.stream().filter(gap -> gap > 120).count() / (double) ordinary.size()).isBetween(0.001, 0.05);
        }

        @Test
        void transfersScreeningsAndOpenEpisodes_occurAsSet() {
            double transfers = corpus().stream().filter(e -> !e.eventsOf(Transfer.class).isEmpty()).count()
                    / (double) corpus().size();
            List<InfectiousDiseaseScreening> screenings = corpus().stream()
                    .flatMap(e -> e.eventsOf(InfectiousDiseaseScreening.class).stream()).collect(Collectors.toList());
            double positive = screenings.stream().filter(s -> s.result() == ScreeningResult.POSITIVE).count()
                    / (double) screenings.size();
            long open = corpus().stream().filter(e -> e.bookOut().isEmpty()).count();
            Set<EventType> seen = corpus().stream().flatMap(e -> e.events().stream()).map(MedicalEvent::type)
                    .collect(Collectors.toSet());

            assertThat(transfers).isCloseTo(REALISM.transferShare(), within(0.03));
            assertThat(positive).isCloseTo(REALISM.infectiousPositiveShare(), within(0.02));
            assertThat(open).isPositive();
            assertThat(seen).hasSizeGreaterThanOrEqualTo(EventType.codes().codes().size() - 4);
        }
    }

    @Nested
    class Laziness {
        @Test
        void hugePeriod_firstEpisodes_comeWithoutGeneratingTheRest() {
            GeneratorSettings huge = GeneratorSettings.builder().facilities(500).days(3650).arrivalsPerFacilityPerDay(50)
                    .build();
            long start = System.nanoTime();

            List<CustodyEpisode> first = EpisodeGenerator.of(huge).episodes().limit(5).collect(Collectors.toList());

            assertThat(first).hasSize(5);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }

        @Test
        void facilities_coverThePeriodsSurges() {
            EpisodeGenerator generator = EpisodeGenerator.of(GeneratorSettings.builder().facilities(4).days(60)
                    .surgeDayShare(0.3).build());
            List<SurgePeriod> periods = generator.facilities().stream().flatMap(f -> f.surgePeriods().stream())
                    .collect(Collectors.toList());

            assertThat(periods).isNotEmpty().allSatisfy(p -> assertThat(p.end()).isPresent());
            assertThat(periods).allSatisfy(p -> assertThat(p.start().atZone(ZoneId.of("UTC")).getYear()).isEqualTo(2025));
        }
    }

    static byte[] jsonLines(EpisodeGenerator generator) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.writeJsonLines(out);
        return out.toByteArray();
    }

    static Duration stay(CustodyEpisode episode) {
        return Duration.between(episode.bookIn().at(), episode.bookOut().orElseThrow().at());
    }

    static Set<EventType> types(CustodyEpisode episode) {
        return episode.events().stream().map(MedicalEvent::type).collect(Collectors.toSet());
    }

    static int bytes(CustodyEpisode episode) throws IOException {
        return MedicalJson.mapper().writeValueAsBytes(episode).length;
    }

    static int age(CustodyEpisode episode) {
        LocalDate bookIn = LocalDate.ofInstant(episode.bookIn().at(), episode.facilities().get(0).timeZone());
        return episode.detainee().ageOn(bookIn).orElseThrow().years();
    }

    static boolean isJuvenile(CustodyEpisode episode) {
        PopulationClass c = episode.detainee().populationClass();
        return c == PopulationClass.UNACCOMPANIED_CHILD || c == PopulationClass.ACCOMPANIED_JUVENILE;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
