package gov.cbp.medical.testkit;

import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.person.PopulationClass;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable description of the synthetic data an {@link EpisodeGenerator} produces: the seed, the
 * facilities, the period, the arrivals, the population and how well the required acts are carried out.
 *
 * <p>Shares are probabilities from 0 to 1; weights (the population mix, languages, medical support) are
 * relative and need not sum to 1. Delays are medians of log-normal distributions. Each default is listed
 * with its builder method; {@link #defaults()} holds them all.
 *
 * <p>The generator judges nothing and reads no clock: to get episodes that a validator with the system
 * clock accepts, the period ({@link #startDate()} plus {@link #days()} plus the longest stay, 14 days) must
 * lie in the past. The default period (7 days from 2025-03-03) does.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
public final class GeneratorSettings {
    private static final GeneratorSettings DEFAULTS = new Builder().build();

    private final long seed;
    private final int facilities;
    private final double usbpShare;
    private final Map<MedicalSupportLevel, Double> medicalSupportMix;
    private final LocalDate startDate;
    private final int days;
    private final double arrivalsPerFacilityPerDay;
    private final Map<PopulationClass, Double> populationMix;
    private final double estimatedAgeShare;
    private final double pregnantShare;
    private final double birthInCustodyShare;
    private final Map<String, Double> languages;
    private final double interpreterNeededShare;
    private final double medicalConcernShare;
    private final double adultInterviewShare;
    private final Duration medianInterviewDelay;
    private final Duration medianAssessmentDelay;
    private final double missedActShare;
    private final double lateActShare;
    private final Duration welfareCheckMinInterval;
    private final Duration welfareCheckMaxInterval;
    private final double welfareCheckGapShare;
    private final double closeWatchKeptShare;
    private final double closeWatchLapseShare;
    private final Duration atRiskCheckInterval;
    private final LocalDate atRiskRoundsFrom;
    private final LocalDate atRiskRoundsUntil;
    private final double surgeDayShare;
    private final double surgeArrivalFactor;
    private final double medianStayHours;
    private final double longStayShare;
    private final double transferShare;
    private final double hospitalVisitShare;
    private final double emergencyShare;
    private final double medicationShare;
    private final double infectiousPositiveShare;
    private final double followUpShare;
    private final boolean openAtEnd;
    private final double integrityPatternShare;

    private GeneratorSettings(Builder b) {
        this.seed = b.seed;
        this.facilities = b.facilities;
        this.usbpShare = b.usbpShare;
        this.medicalSupportMix = Collections.unmodifiableMap(new EnumMap<>(b.medicalSupportMix));
        this.startDate = b.startDate;
        this.days = b.days;
        this.arrivalsPerFacilityPerDay = b.arrivalsPerFacilityPerDay;
        this.populationMix = Collections.unmodifiableMap(new EnumMap<>(b.populationMix));
        this.estimatedAgeShare = b.estimatedAgeShare;
        this.pregnantShare = b.pregnantShare;
        this.birthInCustodyShare = b.birthInCustodyShare;
        this.languages = Collections.unmodifiableMap(new LinkedHashMap<>(b.languages));
        this.interpreterNeededShare = b.interpreterNeededShare;
        this.medicalConcernShare = b.medicalConcernShare;
        this.adultInterviewShare = b.adultInterviewShare;
        this.medianInterviewDelay = b.medianInterviewDelay;
        this.medianAssessmentDelay = b.medianAssessmentDelay;
        this.missedActShare = b.missedActShare;
        this.lateActShare = b.lateActShare;
        this.welfareCheckMinInterval = b.welfareCheckMinInterval;
        this.welfareCheckMaxInterval = b.welfareCheckMaxInterval;
        this.welfareCheckGapShare = b.welfareCheckGapShare;
        this.closeWatchKeptShare = b.closeWatchKeptShare;
        this.closeWatchLapseShare = b.closeWatchLapseShare;
        this.atRiskCheckInterval = b.atRiskCheckInterval;
        this.atRiskRoundsFrom = b.atRiskRoundsFrom;
        this.atRiskRoundsUntil = b.atRiskRoundsUntil;
        this.surgeDayShare = b.surgeDayShare;
        this.surgeArrivalFactor = b.surgeArrivalFactor;
        this.medianStayHours = b.medianStayHours;
        this.longStayShare = b.longStayShare;
        this.transferShare = b.transferShare;
        this.hospitalVisitShare = b.hospitalVisitShare;
        this.emergencyShare = b.emergencyShare;
        this.medicationShare = b.medicationShare;
        this.infectiousPositiveShare = b.infectiousPositiveShare;
        this.followUpShare = b.followUpShare;
        this.openAtEnd = b.openAtEnd;
        this.integrityPatternShare = b.integrityPatternShare;
    }

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
        return new Builder();
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
    public long seed() {
        return seed;
    }

    /**
     * The number of facilities.
     *
     * @return at least 1
     */
    public int facilities() {
        return facilities;
    }

    /**
     * The share of facilities that are USBP stations; the rest are OFO ports of entry.
     *
     * @return a share from 0 to 1
     */
    public double usbpShare() {
        return usbpShare;
    }

    /**
     * The relative weights of the facilities' on-site medical support levels.
     *
     * @return the weights, not null, unmodifiable
     */
    public Map<MedicalSupportLevel, Double> medicalSupportMix() {
        return medicalSupportMix;
    }

    /**
     * The first day (in each facility's time zone).
     *
     * @return the date, not null
     */
    public LocalDate startDate() {
        return startDate;
    }

    /**
     * The number of days with arrivals.
     *
     * @return at least 1
     */
    public int days() {
        return days;
    }

    /**
     * The mean number of people booked in per facility and ordinary day (Poisson distributed).
     *
     * @return the mean, not negative
     */
    public double arrivalsPerFacilityPerDay() {
        return arrivalsPerFacilityPerDay;
    }

    /**
     * The relative weights of the population classes among the people booked in. Family-unit adults and
     * accompanied juveniles booked in at a facility on the same day are grouped into family units that arrive
     * together. Ages follow each class: unaccompanied children mostly 13 to 17 (4% under 6, 21% 6 to 12),
     * accompanied juveniles 0 to 17 (12% infants), adults 18 to 80 (most 18 to 49).
     *
     * @return the weights, not null, unmodifiable
     */
    public Map<PopulationClass, Double> populationMix() {
        return populationMix;
    }

    /**
     * The share of people whose age is an estimate rather than from a date of birth.
     *
     * @return a share from 0 to 1
     */
    public double estimatedAgeShare() {
        return estimatedAgeShare;
    }

    /**
     * The share of females aged 15 to 45 who are pregnant.
     *
     * @return a share from 0 to 1
     */
    public double pregnantShare() {
        return pregnantShare;
    }

    /**
     * The share of pregnant people who give birth in custody (late in pregnancy, mostly at a hospital). The
     * default, 0.3, is far denser than the real world (OIG-21-49 counted about 23 births in Border Patrol
     * stations from 2016 to 2020) so that a demonstration month of a few facilities has births, newborn
     * releases and their incident reports to measure; lower it for realistic rates.
     *
     * @return a share from 0 to 1
     */
    public double birthInCustodyShare() {
        return birthInCustodyShare;
    }

    /**
     * The relative weights of preferred languages, by BCP 47 tag.
     *
     * @return the weights in a stable order, not null, unmodifiable
     */
    public Map<String, Double> languages() {
        return languages;
    }

    /**
     * The share of people whose preferred language is not English who need an interpreter.
     *
     * @return a share from 0 to 1
     */
    public double interpreterNeededShare() {
        return interpreterNeededShare;
    }

    /**
     * The share of people with a medical concern: observed at encounter, reported, or a positive interview
     * answer.
     *
     * @return a share from 0 to 1
     */
    public double medicalConcernShare() {
        return medicalConcernShare;
    }

    /**
     * The share of adults without a referral who are interviewed anyway.
     *
     * @return a share from 0 to 1
     */
    public double adultInterviewShare() {
        return adultInterviewShare;
    }

    /**
     * The median delay from book-in to the health interview.
     *
     * @return the delay, positive, not null
     */
    public Duration medianInterviewDelay() {
        return medianInterviewDelay;
    }

    /**
     * The median delay from the trigger (book-in or concern) to the medical assessment.
     *
     * @return the delay, positive, not null
     */
    public Duration medianAssessmentDelay() {
        return medianAssessmentDelay;
    }

    /**
     * The probability that each required act (interview, assessment, screening, review, notification,
     * report, meal, dose) is not done at all.
     *
     * @return a share from 0 to 1
     */
    public double missedActShare() {
        return missedActShare;
    }

    /**
     * The probability that each required act that is done is done after its deadline.
     *
     * @return a share from 0 to 1
     */
    public double lateActShare() {
        return lateActShare;
    }

    /**
     * The shortest base interval of welfare checks; each facility draws its own base interval between this
     * and {@link #welfareCheckMaxInterval()}, and each check is jittered by up to 20%.
     *
     * @return the interval, positive, not null
     */
    public Duration welfareCheckMinInterval() {
        return welfareCheckMinInterval;
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
    public Duration welfareCheckMaxInterval() {
        return welfareCheckMaxInterval;
    }

    /**
     * The probability, per welfare check, that a gap of 2 to 6 hours follows (tripled on surge days).
     *
     * @return a share from 0 to 1
     */
    public double welfareCheckGapShare() {
        return welfareCheckGapShare;
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
    public double closeWatchKeptShare() {
        return closeWatchKeptShare;
    }

    /**
     * In a close watch that is not {@linkplain #closeWatchKeptShare() kept}, the probability, per check, that
     * the next check comes late: 5% to 150% of the interval after it was due, and one lapse in ten a blank
     * stretch of one to three hours.
     *
     * @return a share from 0 to 1
     */
    public double closeWatchLapseShare() {
        return closeWatchLapseShare;
    }

    /**
     * The interval of the at-risk rounds: how often pregnant, postpartum and nursing people and infants are
     * checked while the policy asking for it is in force ({@link #atRiskRoundsFrom()} to
     * {@link #atRiskRoundsUntil()}); outside it they are on the facility's ordinary rounds. The default mirrors
     * PPN-WELFARE of the baseline catalogue: every 15 minutes (CBP policy of 2021-11-29).
     *
     * @return the interval, positive, not null
     */
    public Duration atRiskCheckInterval() {
        return atRiskCheckInterval;
    }

    /**
     * The first day (in each facility's time zone) of the at-risk rounds; default 2021-11-29, the CBP policy
     * on pregnant, postpartum and nursing people and infants.
     *
     * @return the date, not null
     */
    public LocalDate atRiskRoundsFrom() {
        return atRiskRoundsFrom;
    }

    /**
     * The day (in each facility's time zone) from which the at-risk rounds are no longer kept, exclusive;
     * default 2025-05-05, the rescission of the legacy care-and-custody policies, after which the baseline
     * catalogue no longer asks for 15-minute checks.
     *
     * @return the date, after {@link #atRiskRoundsFrom()}, not null
     */
    public LocalDate atRiskRoundsUntil() {
        return atRiskRoundsUntil;
    }

    /**
     * The long-run share of facility days under a declared surge (in spells of several days; spells of three
     * days or more are declared crises).
     *
     * @return a share from 0 to 1
     */
    public double surgeDayShare() {
        return surgeDayShare;
    }

    /**
     * The factor on arrivals on surge days; stays and delays grow too.
     *
     * @return the factor, at least 1
     */
    public double surgeArrivalFactor() {
        return surgeArrivalFactor;
    }

    /**
     * The median stay in custody, in hours, on ordinary days (log-normal, from 2 to 72 hours); unaccompanied
     * children stay 1.3 times, single adults 0.9 times as long, and everyone 1.4 times as long on surge days.
     * {@link #longStayShare()} of stays last 72 hours to 14 days instead.
     *
     * @return the hours, positive
     */
    public double medianStayHours() {
        return medianStayHours;
    }

    /**
     * The share of stays longer than 72 hours (up to 14 days).
     *
     * @return a share from 0 to 1
     */
    public double longStayShare() {
        return longStayShare;
    }

    /**
     * The share of people transferred to another facility during the episode.
     *
     * @return a share from 0 to 1
     */
    public double transferShare() {
        return transferShare;
    }

    /**
     * The share of people taken to a hospital for a condition found outside an assessment (on top of the
     * referrals that assessments make).
     *
     * @return a share from 0 to 1
     */
    public double hospitalVisitShare() {
        return hospitalVisitShare;
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
    public double emergencyShare() {
        return emergencyShare;
    }

    /**
     * The share of people with medication in their possession or reported.
     *
     * @return a share from 0 to 1
     */
    public double medicationShare() {
        return medicationShare;
    }

    /**
     * The share of infectious-disease screenings that are positive, leading to isolation.
     *
     * @return a share from 0 to 1
     */
    public double infectiousPositiveShare() {
        return infectiousPositiveShare;
    }

    /**
     * The share of medical assessments that ask for follow-up, placing the person in enhanced medical
     * monitoring.
     *
     * @return a share from 0 to 1
     */
    public double followUpShare() {
        return followUpShare;
    }

    /**
     * Whether episodes still in custody at the end of the period are left open (no book-out, events cut at
     * the end of the period) rather than completed after it.
     *
     * @return true to leave them open
     */
    public boolean openAtEnd() {
        return openAtEnd;
    }

    /**
     * The share of episodes into which one record-integrity pattern is planted (a check entered hours late, a
     * burst of entries, exactly regular checks, one observer in two hold rooms, a check of a person who was
     * elsewhere), so that the RECORD-INTEGRITY checks have something to find; 0 (none) by default.
     *
     * @return the share, 0 to 1
     * @since 0.2
     */
    public double integrityPatternShare() {
        return integrityPatternShare;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof GeneratorSettings)) {
            return false;
        }
        return toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /**
     * Every setting by name.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "GeneratorSettings{seed=" + seed + ", facilities=" + facilities + ", usbpShare=" + usbpShare
                + ", medicalSupportMix=" + medicalSupportMix + ", startDate=" + startDate + ", days=" + days
                + ", arrivalsPerFacilityPerDay=" + arrivalsPerFacilityPerDay + ", populationMix=" + populationMix
                + ", estimatedAgeShare=" + estimatedAgeShare + ", pregnantShare=" + pregnantShare
                + ", birthInCustodyShare=" + birthInCustodyShare + ", languages=" + languages
                + ", interpreterNeededShare=" + interpreterNeededShare + ", medicalConcernShare=" + medicalConcernShare
                + ", adultInterviewShare=" + adultInterviewShare + ", medianInterviewDelay=" + medianInterviewDelay
                + ", medianAssessmentDelay=" + medianAssessmentDelay + ", missedActShare=" + missedActShare
                + ", lateActShare=" + lateActShare + ", welfareCheckMinInterval=" + welfareCheckMinInterval
                + ", welfareCheckMaxInterval=" + welfareCheckMaxInterval + ", welfareCheckGapShare="
                + welfareCheckGapShare + ", closeWatchKeptShare=" + closeWatchKeptShare + ", closeWatchLapseShare="
                + closeWatchLapseShare + ", atRiskCheckInterval=" + atRiskCheckInterval + ", atRiskRoundsFrom="
                + atRiskRoundsFrom + ", atRiskRoundsUntil=" + atRiskRoundsUntil + ", surgeDayShare=" + surgeDayShare + ", surgeArrivalFactor="
                + surgeArrivalFactor + ", medianStayHours=" + medianStayHours + ", longStayShare=" + longStayShare
                + ", transferShare=" + transferShare + ", hospitalVisitShare=" + hospitalVisitShare
                + ", emergencyShare=" + emergencyShare
                + ", medicationShare=" + medicationShare + ", infectiousPositiveShare=" + infectiousPositiveShare
                + ", followUpShare=" + followUpShare + ", openAtEnd=" + openAtEnd
                + (integrityPatternShare > 0 ? ", integrityPatternShare=" + integrityPatternShare : "") + "}";
    }

    /**
     * Builds {@link GeneratorSettings}; starts from the defaults. Each setter checks its argument at once.
     * Not thread-safe.
     */
    public static final class Builder {
        private long seed = 1L;
        private int facilities = 4;
        private double usbpShare = 0.75;
        private Map<MedicalSupportLevel, Double> medicalSupportMix = new EnumMap<>(Map.of(
                MedicalSupportLevel.ON_SITE_CONTINUOUS, 0.45,
                MedicalSupportLevel.ON_SITE_PART_TIME, 0.25,
                MedicalSupportLevel.ON_CALL, 0.20,
                MedicalSupportLevel.NONE, 0.10));
        private LocalDate startDate = LocalDate.of(2025, 3, 3);
        private int days = 7;
        private double arrivalsPerFacilityPerDay = 20;
        private Map<PopulationClass, Double> populationMix = new EnumMap<>(Map.of(
                PopulationClass.UNACCOMPANIED_CHILD, 0.12,
                PopulationClass.ACCOMPANIED_JUVENILE, 0.20,
                PopulationClass.FAMILY_UNIT_MEMBER, 0.18,
                PopulationClass.SINGLE_ADULT, 0.50));
        private double estimatedAgeShare = 0.15;
        private double pregnantShare = 0.06;
        private double birthInCustodyShare = 0.3;
        private Map<String, Double> languages = defaultLanguages();
        private double interpreterNeededShare = 0.8;
        private double medicalConcernShare = 0.08;
        private double adultInterviewShare = 0.5;
        private Duration medianInterviewDelay = Duration.ofHours(2);
        private Duration medianAssessmentDelay = Duration.ofHours(2);
        private double missedActShare = 0.05;
        private double lateActShare = 0.10;
        private Duration welfareCheckMinInterval = Duration.ofMinutes(15);
        private Duration welfareCheckMaxInterval = Duration.ofMinutes(50);
        private double welfareCheckGapShare = 0.01;
        private double closeWatchKeptShare = 0.7;
        private double closeWatchLapseShare = 0.04;
        private Duration atRiskCheckInterval = Duration.ofMinutes(15);
        private LocalDate atRiskRoundsFrom = LocalDate.of(2021, 11, 29);
        private LocalDate atRiskRoundsUntil = LocalDate.of(2025, 5, 5);
        private double surgeDayShare = 0.10;
        private double surgeArrivalFactor = 2.0;
        private double medianStayHours = 30;
        private double longStayShare = 0.10;
        private double transferShare = 0.06;
        private double hospitalVisitShare = 0.02;
        private double emergencyShare = 0.005;
        private double medicationShare = 0.12;
        private double infectiousPositiveShare = 0.04;
        private double followUpShare = 0.20;
        private boolean openAtEnd = true;
        private double integrityPatternShare = 0;

        private Builder() {}

        private Builder(GeneratorSettings s) {
            seed = s.seed;
            facilities = s.facilities;
            usbpShare = s.usbpShare;
            medicalSupportMix = new EnumMap<>(s.medicalSupportMix);
            startDate = s.startDate;
            days = s.days;
            arrivalsPerFacilityPerDay = s.arrivalsPerFacilityPerDay;
            populationMix = new EnumMap<>(s.populationMix);
            estimatedAgeShare = s.estimatedAgeShare;
            pregnantShare = s.pregnantShare;
            birthInCustodyShare = s.birthInCustodyShare;
            languages = new LinkedHashMap<>(s.languages);
            interpreterNeededShare = s.interpreterNeededShare;
            medicalConcernShare = s.medicalConcernShare;
            adultInterviewShare = s.adultInterviewShare;
            medianInterviewDelay = s.medianInterviewDelay;
            medianAssessmentDelay = s.medianAssessmentDelay;
            missedActShare = s.missedActShare;
            lateActShare = s.lateActShare;
            welfareCheckMinInterval = s.welfareCheckMinInterval;
            welfareCheckMaxInterval = s.welfareCheckMaxInterval;
            welfareCheckGapShare = s.welfareCheckGapShare;
            closeWatchKeptShare = s.closeWatchKeptShare;
            closeWatchLapseShare = s.closeWatchLapseShare;
            atRiskCheckInterval = s.atRiskCheckInterval;
            atRiskRoundsFrom = s.atRiskRoundsFrom;
            atRiskRoundsUntil = s.atRiskRoundsUntil;
            surgeDayShare = s.surgeDayShare;
            surgeArrivalFactor = s.surgeArrivalFactor;
            medianStayHours = s.medianStayHours;
            longStayShare = s.longStayShare;
            transferShare = s.transferShare;
            hospitalVisitShare = s.hospitalVisitShare;
            emergencyShare = s.emergencyShare;
            medicationShare = s.medicationShare;
            infectiousPositiveShare = s.infectiousPositiveShare;
            followUpShare = s.followUpShare;
            openAtEnd = s.openAtEnd;
            integrityPatternShare = s.integrityPatternShare;
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
            return map;
        }

        /**
         * The seed; default 1.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The number of facilities; default 4. Facilities cycle through a catalogue of sixteen USBP stations and
         * OFO ports in the four border time zones (America/Los_Angeles, America/Phoenix, America/Denver,
         * America/Chicago).
         *
         * @param facilities from 1 to 500
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder facilities(int facilities) {
            this.facilities = range("facilities", facilities, 1, 500);
            return this;
        }

        /**
         * The share of USBP stations among the facilities; default 0.75.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder usbpShare(double share) {
            this.usbpShare = share("usbpShare", share);
            return this;
        }

        /**
         * The weights of medical support levels; default on-site continuous 0.45, on-site part-time 0.25,
         * on call 0.20, none 0.10.
         *
         * @param mix the weights, not null, not negative, some positive, without {@code UNKNOWN}
         * @return this builder
         * @throws IllegalArgumentException if a weight is negative, all are zero, or {@code UNKNOWN} is given
         */
        public Builder medicalSupportMix(Map<MedicalSupportLevel, Double> mix) {
            this.medicalSupportMix = new EnumMap<>(weights("medicalSupportMix", mix, MedicalSupportLevel.UNKNOWN));
            return this;
        }

        /**
         * The first day; default 2025-03-03.
         *
         * @param date the date, from 2000-01-01 to 2099-12-31, not null
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder startDate(LocalDate date) {
            Objects.requireNonNull(date, "date");
            if (date.getYear() < 2000 || date.getYear() > 2099) {
                throw new IllegalArgumentException("startDate must lie in 2000-2099");
            }
            this.startDate = date;
            return this;
        }

        /**
         * The number of days; default 7.
         *
         * @param days from 1 to 3650
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder days(int days) {
            this.days = range("days", days, 1, 3650);
            return this;
        }

        /**
         * The mean arrivals per facility and ordinary day; default 20.
         *
         * @param mean from 0 to 10,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder arrivalsPerFacilityPerDay(double mean) {
            if (!(mean >= 0 && mean <= 10_000)) {
                throw new IllegalArgumentException("arrivalsPerFacilityPerDay must lie in 0..10000");
            }
            this.arrivalsPerFacilityPerDay = mean;
            return this;
        }

        /**
         * The weights of the population classes; default unaccompanied children 0.12, accompanied juveniles
         * 0.20, family-unit adults 0.18, single adults 0.50.
         *
         * @param mix the weights, not null, not negative, some positive, without {@code UNKNOWN}
         * @return this builder
         * @throws IllegalArgumentException if a weight is negative, all are zero, or {@code UNKNOWN} is given
         */
        public Builder populationMix(Map<PopulationClass, Double> mix) {
            this.populationMix = new EnumMap<>(weights("populationMix", mix, PopulationClass.UNKNOWN));
            return this;
        }

        /**
         * The share of estimated ages; default 0.15.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder estimatedAgeShare(double share) {
            this.estimatedAgeShare = share("estimatedAgeShare", share);
            return this;
        }

        /**
         * The share of pregnant females aged 15 to 45; default 0.06.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder pregnantShare(double share) {
            this.pregnantShare = share("pregnantShare", share);
            return this;
        }

        /**
         * The share of pregnant people who give birth in custody; default 0.3.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder birthInCustodyShare(double share) {
            this.birthInCustodyShare = share("birthInCustodyShare", share);
            return this;
        }

        /**
         * The weights of preferred languages; default es 0.62, quc 0.06, mam 0.04, ht 0.07, pt 0.06, fr 0.03,
         * en 0.08, ru 0.02, tr 0.02.
         *
         * @param weights BCP 47 tags (letters, digits and hyphens) to weights, not null, not negative, some
         *     positive; iteration order is kept
         * @return this builder
         * @throws IllegalArgumentException if a tag is malformed, a weight negative, or all zero
         */
        public Builder languages(Map<String, Double> weights) {
            Map<String, Double> copy = new LinkedHashMap<>();
            Objects.requireNonNull(weights, "weights").forEach((tag, weight) -> {
                if (tag == null || !tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
                    throw new IllegalArgumentException("languages: not a BCP 47 tag");
                }
                copy.put(tag, weight);
            });
            this.languages = weights("languages", copy, null);
            return this;
        }

        /**
         * The share of non-English speakers who need an interpreter; default 0.8.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder interpreterNeededShare(double share) {
            this.interpreterNeededShare = share("interpreterNeededShare", share);
            return this;
        }

        /**
         * The share of people with a medical concern; default 0.08.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder medicalConcernShare(double share) {
            this.medicalConcernShare = share("medicalConcernShare", share);
            return this;
        }

        /**
         * The share of adults interviewed without a referral; default 0.5.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder adultInterviewShare(double share) {
            this.adultInterviewShare = share("adultInterviewShare", share);
            return this;
        }

        /**
         * The median delay to the health interview; default 2 hours.
         *
         * @param delay positive, at most 7 days, not null
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder medianInterviewDelay(Duration delay) {
            this.medianInterviewDelay = duration("medianInterviewDelay", delay);
            return this;
        }

        /**
         * The median delay to the medical assessment; default 2 hours.
         *
         * @param delay positive, at most 7 days, not null
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder medianAssessmentDelay(Duration delay) {
            this.medianAssessmentDelay = duration("medianAssessmentDelay", delay);
            return this;
        }

        /**
         * The probability that a required act is missed; default 0.05.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder missedActShare(double share) {
            this.missedActShare = share("missedActShare", share);
            return this;
        }

        /**
         * The probability that a required act is late; default 0.10.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder lateActShare(double share) {
            this.lateActShare = share("lateActShare", share);
            return this;
        }

        /**
         * The range of facilities' base welfare-check intervals; default 15 to 50 minutes.
         *
         * @param min the shortest, at least 1 minute, not null
         * @param max the longest, not shorter than {@code min}, at most 24 hours, not null
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder welfareCheckInterval(Duration min, Duration max) {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.compareTo(Duration.ofMinutes(1)) < 0 || max.compareTo(min) < 0
                    || max.compareTo(Duration.ofHours(24)) > 0) {
                throw new IllegalArgumentException("welfareCheckInterval must satisfy 1 min <= min <= max <= 24 h");
            }
            this.welfareCheckMinInterval = min;
            this.welfareCheckMaxInterval = max;
            return this;
        }

        /**
         * The probability of a gap after a welfare check; default 0.01.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder welfareCheckGapShare(double share) {
            this.welfareCheckGapShare = share("welfareCheckGapShare", share);
            return this;
        }

        /**
         * The share of close watches with every check within the interval; default 0.7.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder closeWatchKeptShare(double share) {
            this.closeWatchKeptShare = share("closeWatchKeptShare", share);
            return this;
        }

        /**
         * The share of checks followed by a lapse in a close watch that is not kept; default 0.04.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder closeWatchLapseShare(double share) {
            this.closeWatchLapseShare = share("closeWatchLapseShare", share);
            return this;
        }

        /**
         * The at-risk rounds: their interval and the days they are kept; default every 15 minutes from
         * 2021-11-29 until 2025-05-05 (exclusive).
         *
         * @param every the interval, positive, at most 7 days, not null
         * @param fromInclusive the first day, not null
         * @param untilExclusive the day they end, after the first day, not null
         * @return this builder
         * @throws IllegalArgumentException if the interval is out of range or the days are not in order
         */
        public Builder atRiskRounds(Duration every, LocalDate fromInclusive, LocalDate untilExclusive) {
            Duration interval = duration("atRiskCheckInterval", every);
            Objects.requireNonNull(fromInclusive, "fromInclusive");
            Objects.requireNonNull(untilExclusive, "untilExclusive");
            if (!untilExclusive.isAfter(fromInclusive)) {
                throw new IllegalArgumentException("atRiskRounds must end after they start");
            }
            this.atRiskCheckInterval = interval;
            this.atRiskRoundsFrom = fromInclusive;
            this.atRiskRoundsUntil = untilExclusive;
            return this;
        }

        /**
         * The share of surge days; default 0.10.
         *
         * @param share from 0 to 0.9
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder surgeDayShare(double share) {
            if (!(share >= 0 && share <= 0.9)) {
                throw new IllegalArgumentException("surgeDayShare must lie in 0..0.9");
            }
            this.surgeDayShare = share;
            return this;
        }

        /**
         * The factor on arrivals on surge days; default 2.0.
         *
         * @param factor from 1 to 10
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder surgeArrivalFactor(double factor) {
            if (!(factor >= 1 && factor <= 10)) {
                throw new IllegalArgumentException("surgeArrivalFactor must lie in 1..10");
            }
            this.surgeArrivalFactor = factor;
            return this;
        }

        /**
         * The median stay in hours; default 30.
         *
         * @param hours from 1 to 240
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder medianStayHours(double hours) {
            if (!(hours >= 1 && hours <= 240)) {
                throw new IllegalArgumentException("medianStayHours must lie in 1..240");
            }
            this.medianStayHours = hours;
            return this;
        }

        /**
         * The share of stays over 72 hours; default 0.10.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder longStayShare(double share) {
            this.longStayShare = share("longStayShare", share);
            return this;
        }

        /**
         * The share of people transferred; default 0.06. Needs at least two facilities to have an effect.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder transferShare(double share) {
            this.transferShare = share("transferShare", share);
            return this;
        }

        /**
         * The share of people taken to hospital outside an assessment; default 0.02.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder hospitalVisitShare(double share) {
            this.hospitalVisitShare = share("hospitalVisitShare", share);
            return this;
        }

        /**
         * The share of people with a medical emergency in custody; default 0.005.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder emergencyShare(double share) {
            this.emergencyShare = share("emergencyShare", share);
            return this;
        }

        /**
         * The share of people with medication; default 0.12.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder medicationShare(double share) {
            this.medicationShare = share("medicationShare", share);
            return this;
        }

        /**
         * The share of positive infectious-disease screenings; default 0.04.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder infectiousPositiveShare(double share) {
            this.infectiousPositiveShare = share("infectiousPositiveShare", share);
            return this;
        }

        /**
         * The share of assessments asking for follow-up (enhanced medical monitoring); default 0.20.
         *
         * @param share from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder followUpShare(double share) {
            this.followUpShare = share("followUpShare", share);
            return this;
        }

        /**
         * Whether episodes in custody at the end of the period stay open; default true.
         *
         * @param open true to leave them open
         * @return this builder
         */
        public Builder openAtEnd(boolean open) {
            this.openAtEnd = open;
            return this;
        }

        /**
         * Sets {@link GeneratorSettings#integrityPatternShare()}.
         *
         * @param share the share, 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if the share is outside 0..1
         * @since 0.2
         */
        public Builder integrityPatternShare(double share) {
            this.integrityPatternShare = share("integrityPatternShare", share);
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings, not null
         */
        public GeneratorSettings build() {
            return new GeneratorSettings(this);
        }

        private static int range(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must lie in " + min + ".." + max);
            }
            return value;
        }

        private static double share(String name, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(name + " must lie in 0..1");
            }
            return value;
        }

        private static Duration duration(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofDays(7)) > 0) {
                throw new IllegalArgumentException(name + " must be positive and at most 7 days");
            }
            return value;
        }

        private static <K> Map<K, Double> weights(String name, Map<K, Double> weights, K forbidden) {
            Objects.requireNonNull(weights, name);
            double sum = 0;
            Map<K, Double> copy = new LinkedHashMap<>();
            for (Map.Entry<K, Double> e : weights.entrySet()) {
                Objects.requireNonNull(e.getKey(), name);
                if (e.getKey().equals(forbidden)) {
                    throw new IllegalArgumentException(name + " must not weigh UNKNOWN");
                }
                Double w = e.getValue();
                if (w == null || !(w >= 0) || w.isInfinite()) {
                    throw new IllegalArgumentException(name + " weights must be finite and not negative");
                }
                sum += w;
                copy.put(e.getKey(), w);
            }
            if (!(sum > 0)) {
                throw new IllegalArgumentException(name + " needs a positive weight");
            }
            return copy;
        }
    }
}
