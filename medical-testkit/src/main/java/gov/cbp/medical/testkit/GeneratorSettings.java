package gov.cbp.medical.testkit;

import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.person.PopulationClass;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An immutable description of the synthetic data an {@link EpisodeGenerator} produces: the seed, the
 * facilities, the period, the arrivals, the population and how well the required acts are carried out.
 *
 * <p>Shares are probabilities from 0 to 1; weights (the population mix, languages, medical support) are
 * relative and need not sum to 1. Delays are medians of log-normal distributions. Each default is listed
 * with its accessor; {@link #defaults()} holds them all. The {@linkplain #builder() builder} checks each
 * setting as it is set.
 *
 * <p>The generator judges nothing and reads no clock: to get episodes that a validator with the system
 * clock accepts, the period ({@link #startDate()} plus {@link #days()} plus the longest stay, 14 days) must
 * lie in the past. The default period (7 days from 2025-03-03) does.
 *
 * <p>Two settings are equal when they give the same episodes: every setting is compared, and the order of
 * the {@linkplain #languages() languages} too, since the draws follow it (the population and support mixes
 * are always in the order of their enums).
 *
 * <p>Implementation Requirements: immutable, thread-safe value type (an Immutables value; {@code equals},
 * {@code hashCode} and {@code toString} are generated).
 *
 * @since 0.1.0
 */
@Value.Immutable
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // the generated builder is internal (SettingsBuilder checks each setter); the public one is Builder
    typeBuilder = "Draft",
    typeInnerBuilder = "Draft",
    builder = "draft",
    defaults = @Value.Immutable(copy = false, prehash = false))
public abstract class GeneratorSettings {
    private static final Map<MedicalSupportLevel, Double> DEFAULT_MEDICAL_SUPPORT_MIX = inEnumOrder(Map.of(
            MedicalSupportLevel.ON_SITE_CONTINUOUS, 0.45,
            MedicalSupportLevel.ON_SITE_PART_TIME, 0.25,
            MedicalSupportLevel.ON_CALL, 0.20,
            MedicalSupportLevel.NONE, 0.10));
    private static final Map<PopulationClass, Double> DEFAULT_POPULATION_MIX = inEnumOrder(Map.of(
            PopulationClass.UNACCOMPANIED_CHILD, 0.12,
            PopulationClass.ACCOMPANIED_JUVENILE, 0.20,
            PopulationClass.FAMILY_UNIT_MEMBER, 0.18,
            PopulationClass.SINGLE_ADULT, 0.50));
    private static final Map<String, Double> DEFAULT_LANGUAGES = defaultLanguages();
    private static final GeneratorSettings DEFAULTS = ImmutableGeneratorSettings.draft().build();

    GeneratorSettings() {}

    /**
     * The default settings: seed 1, 4 facilities for 7 days from 2025-03-03, 20 arrivals per facility and day.
     *
     * @return the defaults, not null
     */
    public static GeneratorSettings defaults() {
        return DEFAULTS;
    }

    /**
     * A builder holding the defaults.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /**
     * A builder holding these settings, to make a changed copy.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The seed of every random choice.
     *
     * @return the seed
     */
    @Value.Default
    public long seed() {
        return 1L;
    }

    /**
     * The number of facilities.
     *
     * @return at least 1
     */
    @Value.Default
    public int facilities() {
        return 4;
    }

    /**
     * The share of facilities that are USBP stations; the rest are OFO ports of entry.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double usbpShare() {
        return 0.75;
    }

    /**
     * The relative weights of the facilities' on-site medical support levels.
     *
     * @return the weights, not null, unmodifiable
     */
    @Value.Default
    public Map<MedicalSupportLevel, Double> medicalSupportMix() {
        return DEFAULT_MEDICAL_SUPPORT_MIX;
    }

    /**
     * The first day (in each facility's time zone).
     *
     * @return the date, not null
     */
    @Value.Default
    public LocalDate startDate() {
        return LocalDate.of(2025, 3, 3);
    }

    /**
     * The number of days with arrivals.
     *
     * @return at least 1
     */
    @Value.Default
    public int days() {
        return 7;
    }

    /**
     * The mean number of people booked in per facility and ordinary day (Poisson distributed).
     *
     * @return the mean, not negative
     */
    @Value.Default
    public double arrivalsPerFacilityPerDay() {
        return 20;
    }

    /**
     * The relative weights of the population classes among the people booked in. Family-unit adults and
     * accompanied juveniles booked in at a facility on the same day are grouped into family units that arrive
     * together. Ages follow each class: unaccompanied children mostly 13 to 17 (4% under 6, 21% 6 to 12),
     * accompanied juveniles 0 to 17 (12% infants), adults 18 to 80 (most 18 to 49).
     *
     * @return the weights, not null, unmodifiable
     */
    @Value.Default
    public Map<PopulationClass, Double> populationMix() {
        return DEFAULT_POPULATION_MIX;
    }

    /**
     * The share of people whose age is an estimate rather than from a date of birth.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double estimatedAgeShare() {
        return 0.15;
    }

    /**
     * The share of females aged 15 to 45 who are pregnant.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double pregnantShare() {
        return 0.06;
    }

    /**
     * The share of pregnant people who give birth in custody (late in pregnancy, mostly at a hospital). The
     * default, 0.3, is far denser than the real world (OIG-21-49 counted about 23 births in Border Patrol
     * stations from 2016 to 2020) so that a demonstration month of a few facilities has births, newborn
     * releases and their incident reports to measure; lower it for realistic rates.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double birthInCustodyShare() {
        return 0.3;
    }

    /**
     * The relative weights of preferred languages, by BCP 47 tag.
     *
     * @return the weights in a stable order, not null, unmodifiable
     */
    @Value.Default
    public Map<String, Double> languages() {
        return DEFAULT_LANGUAGES;
    }

    /**
     * The share of people whose preferred language is not English who need an interpreter.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double interpreterNeededShare() {
        return 0.8;
    }

    /**
     * The share of people with a medical concern: observed at encounter, reported, or a positive interview
     * answer.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double medicalConcernShare() {
        return 0.08;
    }

    /**
     * The share of adults without a referral who are interviewed anyway.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double adultInterviewShare() {
        return 0.5;
    }

    /**
     * The median delay from book-in to the health interview.
     *
     * @return the delay, positive, not null
     */
    @Value.Default
    public Duration medianInterviewDelay() {
        return Duration.ofHours(2);
    }

    /**
     * The median delay from the trigger (book-in or concern) to the medical assessment.
     *
     * @return the delay, positive, not null
     */
    @Value.Default
    public Duration medianAssessmentDelay() {
        return Duration.ofHours(2);
    }

    /**
     * The probability that each required act (interview, assessment, screening, review, notification,
     * report, meal, dose) is not done at all.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double missedActShare() {
        return 0.05;
    }

    /**
     * The probability that each required act that is done is done after its deadline.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double lateActShare() {
        return 0.10;
    }

    /**
     * The shortest base interval of welfare checks; each facility draws its own base interval between this
     * and {@link #welfareCheckMaxInterval()}, and each check is jittered by up to 20%.
     *
     * @return the interval, positive, not null
     */
    @Value.Default
    public Duration welfareCheckMinInterval() {
        return Duration.ofMinutes(15);
    }

    /**
     * The longest base interval of welfare checks. Pregnant, postpartum and nursing people and infants are
     * checked on the {@linkplain #atRiskCheckInterval() at-risk rounds} instead while those are in force. With
     * the default of 50 minutes and a jitter of 20%, ordinary checks stay within the 60 minutes that this
     * library reads TEDS-WELFARE as, except on surge days (checks 20% further apart) and in the
     * {@linkplain #welfareCheckGapShare() blank stretches}.
     *
     * @return the interval, not shorter than the minimum, not null
     */
    @Value.Default
    public Duration welfareCheckMaxInterval() {
        return Duration.ofMinutes(50);
    }

    /**
     * The probability, per welfare check, that a gap of 2 to 6 hours follows (tripled on surge days).
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double welfareCheckGapShare() {
        return 0.01;
    }

    /**
     * The share of close watches whose every check comes within the interval. A close watch is a round every
     * 15 minutes or so: the {@linkplain #atRiskCheckInterval() at-risk rounds} (PPN-WELFARE) and enhanced
     * medical monitoring (EMD-EMM-CHECK). A kept watch checks the person at irregular times 55% to 95% of the
     * interval apart (about every 11 minutes for 15), so it has no lapse under fixed slots nor under a
     * maximum gap; the other watches lapse now and then ({@link #closeWatchLapseShare()}).
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double closeWatchKeptShare() {
        return 0.7;
    }

    /**
     * In a close watch that is not {@linkplain #closeWatchKeptShare() kept}, the probability, per check, that
     * the next check comes late: 5% to 150% of the interval after it was due, and one lapse in ten a blank
     * stretch of one to three hours.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double closeWatchLapseShare() {
        return 0.04;
    }

    /**
     * The interval of the at-risk rounds: how often pregnant, postpartum and nursing people and infants are
     * checked while the policy asking for it is in force ({@link #atRiskRoundsFrom()} to
     * {@link #atRiskRoundsUntil()}); outside it they are on the facility's ordinary rounds. The default mirrors
     * PPN-WELFARE of the baseline catalogue: every 15 minutes (CBP policy of 2021-11-29).
     *
     * @return the interval, positive, not null
     */
    @Value.Default
    public Duration atRiskCheckInterval() {
        return Duration.ofMinutes(15);
    }

    /**
     * The first day (in each facility's time zone) of the at-risk rounds; default 2021-11-29, the CBP policy
     * on pregnant, postpartum and nursing people and infants.
     *
     * @return the date, not null
     */
    @Value.Default
    public LocalDate atRiskRoundsFrom() {
        return LocalDate.of(2021, 11, 29);
    }

    /**
     * The day (in each facility's time zone) from which the at-risk rounds are no longer kept, exclusive;
     * default 2025-05-05, the rescission of the legacy care-and-custody policies, after which the baseline
     * catalogue no longer asks for 15-minute checks.
     *
     * @return the date, after {@link #atRiskRoundsFrom()}, not null
     */
    @Value.Default
    public LocalDate atRiskRoundsUntil() {
        return LocalDate.of(2025, 5, 5);
    }

    /**
     * The long-run share of facility days under a declared surge (in spells of several days; spells of three
     * days or more are declared crises).
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double surgeDayShare() {
        return 0.10;
    }

    /**
     * The factor on arrivals on surge days; stays and delays grow too.
     *
     * @return the factor, at least 1
     */
    @Value.Default
    public double surgeArrivalFactor() {
        return 2.0;
    }

    /**
     * The median stay in custody, in hours, on ordinary days (log-normal, from 2 to 72 hours); unaccompanied
     * children stay 1.3 times, single adults 0.9 times as long, and everyone 1.4 times as long on surge days.
     * {@link #longStayShare()} of stays last 72 hours to 14 days instead.
     *
     * @return the hours, positive
     */
    @Value.Default
    public double medianStayHours() {
        return 30;
    }

    /**
     * The share of stays longer than 72 hours (up to 14 days).
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double longStayShare() {
        return 0.10;
    }

    /**
     * The share of people transferred to another facility during the episode.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double transferShare() {
        return 0.06;
    }

    /**
     * The share of people taken to a hospital for a condition found outside an assessment (on top of the
     * referrals that assessments make).
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double hospitalVisitShare() {
        return 0.02;
    }

    /**
     * The share of people with a medical emergency in custody (collapse, seizure, difficulty breathing, heat
     * illness, chest pain): a medical issue marked as an emergency, found at a welfare check, observed or
     * reported, and the call to emergency medical services (TEDS-EMERGENCY, target 0 minutes). The call
     * mostly follows within a few minutes (median 2); {@link #lateActShare()} of calls take 10 to 30 minutes,
     * {@link #missedActShare()} are never made (the person is driven to hospital instead, later). EMS arrive 8
     * to 35 minutes after the call and take the person to hospital.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double emergencyShare() {
        return 0.005;
    }

    /**
     * The share of people with medication in their possession or reported.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double medicationShare() {
        return 0.12;
    }

    /**
     * The share of infectious-disease screenings that are positive, leading to isolation.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double infectiousPositiveShare() {
        return 0.04;
    }

    /**
     * The share of medical assessments that ask for follow-up, placing the person in enhanced medical
     * monitoring.
     *
     * @return a share from 0 to 1
     */
    @Value.Default
    public double followUpShare() {
        return 0.20;
    }

    /**
     * Whether episodes still in custody at the end of the period are left open (no book-out, events cut at
     * the end of the period) rather than completed after it.
     *
     * @return true to leave them open
     */
    @Value.Default
    public boolean openAtEnd() {
        return true;
    }

    /**
     * The share of episodes into which one record-integrity pattern is planted (a check entered hours late, a
     * burst of entries, exactly regular checks, one observer in two hold rooms, a check of a person who was
     * elsewhere), so that the RECORD-INTEGRITY checks have something to find; 0 (none) by default.
     *
     * @return the share, 0 to 1
     * @since 0.2
     */
    @Value.Default
    public double integrityPatternShare() {
        return 0;
    }

    /** The order of the languages, which the draws follow: part of equality, not of {@code toString()}. */
    @Value.Derived
    @Value.Redacted
    List<String> languageOrder() {
        return List.copyOf(languages().keySet());
    }

    /** Checks every setting, so that no invalid settings exist; the builder relies on it to check at once. */
    @Value.Check
    void check() {
        SettingChecks.range("facilities", facilities(), 1, 500);
        SettingChecks.share("usbpShare", usbpShare());
        SettingChecks.weights("medicalSupportMix", medicalSupportMix(), MedicalSupportLevel.UNKNOWN);
        SettingChecks.startDate(startDate());
        SettingChecks.range("days", days(), 1, 3650);
        SettingChecks.range("arrivalsPerFacilityPerDay", arrivalsPerFacilityPerDay(), 0, 10_000, "0..10000");
        SettingChecks.weights("populationMix", populationMix(), PopulationClass.UNKNOWN);
        SettingChecks.share("estimatedAgeShare", estimatedAgeShare());
        SettingChecks.share("pregnantShare", pregnantShare());
        SettingChecks.share("birthInCustodyShare", birthInCustodyShare());
        SettingChecks.languageTags(languages());
        SettingChecks.weights("languages", languages(), null);
        SettingChecks.share("interpreterNeededShare", interpreterNeededShare());
        SettingChecks.share("medicalConcernShare", medicalConcernShare());
        SettingChecks.share("adultInterviewShare", adultInterviewShare());
        SettingChecks.duration("medianInterviewDelay", medianInterviewDelay());
        SettingChecks.duration("medianAssessmentDelay", medianAssessmentDelay());
        SettingChecks.share("missedActShare", missedActShare());
        SettingChecks.share("lateActShare", lateActShare());
        SettingChecks.welfareCheckInterval(welfareCheckMinInterval(), welfareCheckMaxInterval());
        SettingChecks.share("welfareCheckGapShare", welfareCheckGapShare());
        SettingChecks.share("closeWatchKeptShare", closeWatchKeptShare());
        SettingChecks.share("closeWatchLapseShare", closeWatchLapseShare());
        SettingChecks.duration("atRiskCheckInterval", atRiskCheckInterval());
        SettingChecks.atRiskRounds(atRiskRoundsFrom(), atRiskRoundsUntil());
        SettingChecks.range("surgeDayShare", surgeDayShare(), 0, 0.9, "0..0.9");
        SettingChecks.range("surgeArrivalFactor", surgeArrivalFactor(), 1, 10, "1..10");
        SettingChecks.range("medianStayHours", medianStayHours(), 1, 240, "1..240");
        SettingChecks.share("longStayShare", longStayShare());
        SettingChecks.share("transferShare", transferShare());
        SettingChecks.share("hospitalVisitShare", hospitalVisitShare());
        SettingChecks.share("emergencyShare", emergencyShare());
        SettingChecks.share("medicationShare", medicationShare());
        SettingChecks.share("infectiousPositiveShare", infectiousPositiveShare());
        SettingChecks.share("followUpShare", followUpShare());
        SettingChecks.share("integrityPatternShare", integrityPatternShare());
    }

    /** Weights of an enum in the order of its constants, the order the draws follow. */
    static <K extends Enum<K>> Map<K, Double> inEnumOrder(Map<K, Double> weights) {
        return Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    private static Map<String, Double> defaultLanguages() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("es", 0.62);
        map.put("quc", 0.06);
        map.put("mam", 0.04);
        map.put("ht", 0.07);
        map.put("pt", 0.06);
        map.put("fr", 0.03);
        map.put("en", 0.08);
        map.put("ru", 0.02);
        map.put("tr", 0.02);
        return Collections.unmodifiableMap(map);
    }

    /**
     * Builds {@link GeneratorSettings}; starts from the defaults or from given settings. Each setter checks its
     * argument at once: {@link IllegalArgumentException} if it is outside the range its accessor documents,
     * {@link NullPointerException} if it is null. Not thread-safe.
     */
    public static final class Builder extends SettingsBuilder {
        Builder(GeneratorSettings start) {
            super(start);
        }
    }
}
