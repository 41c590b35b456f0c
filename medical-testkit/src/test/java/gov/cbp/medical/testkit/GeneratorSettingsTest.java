package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.person.PopulationClass;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorSettingsTest {
    @Test
    void defaults_areTheDocumentedOnes() {
        GeneratorSettings s = GeneratorSettings.defaults();

        assertThat(s.seed()).isEqualTo(1L);
        assertThat(s.facilities()).isEqualTo(4);
        assertThat(s.startDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(s.days()).isEqualTo(7);
        assertThat(s.arrivalsPerFacilityPerDay()).isEqualTo(20);
        assertThat(s.populationMix()).containsEntry(PopulationClass.SINGLE_ADULT, 0.50)
                .containsEntry(PopulationClass.UNACCOMPANIED_CHILD, 0.12);
        assertThat(s.languages().keySet()).startsWith("es", "quc", "mam", "ht", "pt", "fr", "en");
        assertThat(s.welfareCheckMinInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.welfareCheckMaxInterval()).isEqualTo(Duration.ofMinutes(50));
        assertThat(s.birthInCustodyShare()).isEqualTo(0.3);
        assertThat(s.emergencyShare()).isEqualTo(0.005);
        assertThat(s.closeWatchKeptShare()).isEqualTo(0.7);
        assertThat(s.closeWatchLapseShare()).isEqualTo(0.04);
        assertThat(s.atRiskCheckInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.atRiskRoundsFrom()).isEqualTo(LocalDate.of(2021, 11, 29));
        assertThat(s.atRiskRoundsUntil()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(s.missedActShare()).isEqualTo(0.05);
        assertThat(s.lateActShare()).isEqualTo(0.10);
        assertThat(s.integrityPatternShare()).isZero();
        assertThat(s.openAtEnd()).isTrue();
        assertThat(GeneratorSettings.builder().build()).isEqualTo(s).hasSameHashCodeAs(s);
    }

    @Test
    void toBuilder_build_isEqual_andAChangeIsNot() {
        GeneratorSettings s = GeneratorSettings.builder().seed(5).days(3).languages(Map.of("es", 1.0)).build();

        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.toBuilder().seed(6).build()).isNotEqualTo(s);
        assertThat(s.toString()).contains("seed=5", "days=3");
    }

    @Test
    void integrityPatternShare_survivesToBuilder_andChangesEquality() {
        GeneratorSettings planted = GeneratorSettings.defaults().toBuilder().integrityPatternShare(0.03).build();
        assertThat(planted.integrityPatternShare()).isEqualTo(0.03);
        assertThat(planted.toBuilder().build()).isEqualTo(planted).isNotEqualTo(GeneratorSettings.defaults());
        assertThat(planted.toString()).contains("integrityPatternShare=0.03");
        assertThat(GeneratorSettings.defaults().toString()).contains("integrityPatternShare=0.0");
    }

    @Test
    void equals_comparesEverySetting_andTheOrderOfLanguages() {
        Map<String, Double> esFirst = new LinkedHashMap<>();
        esFirst.put("es", 2.0);
        esFirst.put("en", 1.0);
        Map<String, Double> enFirst = new LinkedHashMap<>();
        enFirst.put("en", 1.0);
        enFirst.put("es", 2.0);
        GeneratorSettings a = GeneratorSettings.builder().languages(esFirst).build();

        assertThat(GeneratorSettings.builder().languages(new LinkedHashMap<>(esFirst)).build()).isEqualTo(a)
                .hasSameHashCodeAs(a);
        // the draws follow the order of the languages, so another order gives other episodes: not equal
        assertThat(GeneratorSettings.builder().languages(enFirst).build()).isNotEqualTo(a);
        assertThat(a.toString()).contains("languages={es=2.0, en=1.0}").doesNotContain("languageOrder");
        assertThat(GeneratorSettings.builder().closeWatchLapseShare(0.05).build()).isNotEqualTo(GeneratorSettings.defaults());
        assertThat(GeneratorSettings.defaults()).isNotEqualTo(null).isNotEqualTo("GeneratorSettings");
    }

    @Test
    void enumWeights_followTheOrderOfTheConstants_whateverTheCallersOrder() {
        Map<PopulationClass, Double> reversed = new LinkedHashMap<>();
        reversed.put(PopulationClass.SINGLE_ADULT, 1.0);
        reversed.put(PopulationClass.UNACCOMPANIED_CHILD, 2.0);
        GeneratorSettings s = GeneratorSettings.builder().populationMix(reversed).build();

        assertThat(s.populationMix().keySet()).containsExactly(PopulationClass.UNACCOMPANIED_CHILD,
                PopulationClass.SINGLE_ADULT);
        assertThat(s.medicalSupportMix().keySet()).containsExactly(MedicalSupportLevel.NONE, MedicalSupportLevel.ON_CALL,
                MedicalSupportLevel.ON_SITE_PART_TIME, MedicalSupportLevel.ON_SITE_CONTINUOUS);
    }

    @Test
    void builder_rejectsAtOnce_withTheDocumentedMessages_andKeepsTheLastValidSettings() {
        GeneratorSettings.Builder b = GeneratorSettings.builder().facilities(7);

        assertThatThrownBy(() -> b.facilities(0)).hasMessage("facilities must lie in 1..500");
        assertThatThrownBy(() -> b.lateActShare(Double.NaN)).hasMessage("lateActShare must lie in 0..1");
        assertThatThrownBy(() -> b.surgeDayShare(0.95)).hasMessage("surgeDayShare must lie in 0..0.9");
        assertThatThrownBy(() -> b.medianInterviewDelay(Duration.ofDays(8)))
                .hasMessage("medianInterviewDelay must be positive and at most 7 days");
        assertThatThrownBy(() -> b.welfareCheckInterval(Duration.ofMinutes(30), Duration.ofMinutes(20)))
                .hasMessage("welfareCheckInterval must satisfy 1 min <= min <= max <= 24 h");
        assertThatThrownBy(() -> b.populationMix(Map.of(PopulationClass.UNKNOWN, 1.0)))
                .hasMessage("populationMix must not weigh UNKNOWN");
        assertThatThrownBy(() -> b.languages(Map.of("es", 0.0))).hasMessage("languages needs a positive weight");
        assertThatThrownBy(() -> b.startDate(LocalDate.of(2100, 1, 1))).hasMessage("startDate must lie in 2000-2099");
        // a rejected value leaves the builder as it was
        assertThat(b.build().facilities()).isEqualTo(7);
        assertThat(b.build().lateActShare()).isEqualTo(0.10);
    }

    @Test
    void welfareCheckInterval_movesBothBoundsAtOnce_evenPastTheOldMaximum() {
        GeneratorSettings s = GeneratorSettings.builder()
                .welfareCheckInterval(Duration.ofMinutes(60), Duration.ofMinutes(90)).build();

        assertThat(s.welfareCheckMinInterval()).isEqualTo(Duration.ofMinutes(60));
        assertThat(s.welfareCheckMaxInterval()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void maps_areCopiedAndUnmodifiable() {
        Map<String, Double> languages = new LinkedHashMap<>(Map.of("es", 1.0));
        GeneratorSettings s = GeneratorSettings.builder().languages(languages).build();
        languages.put("fr", 1.0);

        assertThat(s.languages()).containsOnlyKeys("es");
        assertThatThrownBy(() -> s.languages().put("en", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                invalid("facilities 0", b -> b.facilities(0)),
                invalid("facilities 501", b -> b.facilities(501)),
                invalid("days 0", b -> b.days(0)),
                invalid("share above 1", b -> b.missedActShare(1.5)),
                invalid("share NaN", b -> b.lateActShare(Double.NaN)),
                invalid("integrity share above 1", b -> b.integrityPatternShare(1.01)),
                invalid("integrity share negative", b -> b.integrityPatternShare(-0.01)),
                invalid("negative arrivals", b -> b.arrivalsPerFacilityPerDay(-1)),
                invalid("start 1999", b -> b.startDate(LocalDate.of(1999, 12, 31))),
                invalid("zero delay", b -> b.medianInterviewDelay(Duration.ZERO)),
                invalid("welfare max below min", b -> b.welfareCheckInterval(Duration.ofMinutes(30), Duration.ofMinutes(20))),
                invalid("surge share 1", b -> b.surgeDayShare(1.0)),
                invalid("surge factor 0.5", b -> b.surgeArrivalFactor(0.5)),
                invalid("stay 0 h", b -> b.medianStayHours(0)),
                invalid("negative weight", b -> b.populationMix(Map.of(PopulationClass.SINGLE_ADULT, -1.0))),
                invalid("all weights zero", b -> b.medicalSupportMix(Map.of(MedicalSupportLevel.NONE, 0.0))),
                invalid("UNKNOWN weighed", b -> b.populationMix(Map.of(PopulationClass.UNKNOWN, 1.0))),
                invalid("bad language tag", b -> b.languages(Map.of("not a tag", 1.0))),
                invalid("emergency share above 1", b -> b.emergencyShare(1.01)),
                invalid("kept share negative", b -> b.closeWatchKeptShare(-0.1)),
                invalid("lapse share NaN", b -> b.closeWatchLapseShare(Double.NaN)),
                invalid("at-risk rounds end before they start", b -> b.atRiskRounds(Duration.ofMinutes(15),
                        LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 5))),
                invalid("at-risk interval zero", b -> b.atRiskRounds(Duration.ZERO, LocalDate.of(2021, 11, 29),
                        LocalDate.of(2025, 5, 5))));
    }

    private static Arguments invalid(String name, Consumer<GeneratorSettings.Builder> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void builder_outOfRange_throwsIllegalArgument(String name, Consumer<GeneratorSettings.Builder> change) {
        assertThatThrownBy(() -> change.accept(GeneratorSettings.builder())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builder_nulls_throwNullPointer() {
        assertThatThrownBy(() -> GeneratorSettings.builder().startDate(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GeneratorSettings.builder().languages(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EpisodeGenerator.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GeneratorSettings.builder().atRiskRounds(null, LocalDate.of(2021, 11, 29),
                LocalDate.of(2025, 5, 5))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GeneratorSettings.builder().atRiskRounds(Duration.ofMinutes(15), null,
                LocalDate.of(2025, 5, 5))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GeneratorSettings.builder().atRiskRounds(Duration.ofMinutes(15),
                LocalDate.of(2021, 11, 29), null)).isInstanceOf(NullPointerException.class);
    }
}
