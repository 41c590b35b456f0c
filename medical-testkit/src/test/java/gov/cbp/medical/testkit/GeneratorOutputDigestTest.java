package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.person.PopulationClass;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator's output for a seed, pinned byte for byte: the SHA-256 of the JSON Lines of settings that
 * reach every feature (family units, transfers, isolation, births, emergencies, missed and late acts, surge
 * days, at-risk rounds starting and ending inside the period, open episodes, ports only). The digests were
 * taken from the generator before it was split by feature (issue 12); a change to the order or the bounds of
 * any random draw changes them. Change them only for a deliberate change of the synthetic world, and say so.
 */
class GeneratorOutputDigestTest {
    @Test
    void aSmallDay_isTheSameBytes() throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().seed(7).facilities(2).days(1)
                .arrivalsPerFacilityPerDay(3).build();

        assertThat(sha256(settings)).isEqualTo("78f7ed0a2ef00b7e9176b377f570648195a3f6a0afc594df56daf4ec5db41cca");
    }

    @Test
    void portsOnly_isTheSameBytes() throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().seed(3).facilities(5).usbpShare(0).days(2).build();

        assertThat(sha256(settings)).isEqualTo("baeb94dc34aefb84c27471d3bd3203984ad8ff7725fa48a83e299ccafde15625");
    }

    @Test
    void everyMixAndShareChanged_isTheSameBytes() throws IOException {
        Map<String, Double> languages = new LinkedHashMap<>();
        languages.put("en", 1.0);
        languages.put("es", 2.0);
        languages.put("fr", 0.5);
        GeneratorSettings settings = GeneratorSettings.builder().seed(2026).facilities(8).days(3).usbpShare(0.3)
                .medicalSupportMix(Map.of(MedicalSupportLevel.NONE, 1.0, MedicalSupportLevel.ON_CALL, 2.0))
                .populationMix(Map.of(PopulationClass.FAMILY_UNIT_MEMBER, 2.0, PopulationClass.ACCOMPANIED_JUVENILE,
                        3.0, PopulationClass.UNACCOMPANIED_CHILD, 1.0))
                .languages(languages).openAtEnd(false).transferShare(0.5).infectiousPositiveShare(0.5)
                .medicationShare(0.6).followUpShare(0.6).hospitalVisitShare(0.3).build();

        assertThat(sha256(settings)).isEqualTo("12666879ade6a796e253494d3055b1aab6c6addd865f1ee5236c560678e967dc");
    }

    @Test
    void lateMissedSurgingAndAtRiskRoundsEndingInThePeriod_isTheSameBytes() throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().seed(-5).facilities(3).days(10)
                .startDate(LocalDate.of(2025, 4, 28)).missedActShare(0.3).lateActShare(0.4)
                .welfareCheckInterval(Duration.ofMinutes(5), Duration.ofMinutes(90)).welfareCheckGapShare(0.2)
                .closeWatchKeptShare(0.1).closeWatchLapseShare(0.5).surgeDayShare(0.5).surgeArrivalFactor(3)
                .atRiskRounds(Duration.ofMinutes(10), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 3))
                .medianStayHours(80).longStayShare(0.4).estimatedAgeShare(0.6)
                .medianInterviewDelay(Duration.ofMinutes(30)).medianAssessmentDelay(Duration.ofHours(5))
                .adultInterviewShare(0.1).interpreterNeededShare(0.2).medicalConcernShare(0.5).build();

        assertThat(sha256(settings)).isEqualTo("007320e0cf96086e6c4b3fc7d857a84a5132c3ec32417378eae36b48d5d4f9f2");
    }

    @Test
    void theFixedEpisodes_areTheSameBytes() throws IOException {
        StringBuilder lines = new StringBuilder();
        lines.append(MedicalJson.mapper().writeValueAsString(EpisodeGenerator.shortAdultStay())).append('\n');
        lines.append(MedicalJson.mapper().writeValueAsString(EpisodeGenerator.juvenileDay())).append('\n');
        lines.append(MedicalJson.mapper().writeValueAsString(EpisodeGenerator.familyStay72h())).append('\n');

        assertThat(HexFormat.of().formatHex(digest().digest(lines.toString().getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("d61bf149ddc18b23c93d87d851772131ef0ea90cf0de71161af58fba38a96707");
    }

    private static String sha256(GeneratorSettings settings) throws IOException {
        MessageDigest digest = digest();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            EpisodeGenerator.of(settings).writeJsonLines(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
