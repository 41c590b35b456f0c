package gov.cbp.medical.testkit;

import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.person.PopulationClass;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The setters of {@link GeneratorSettings.Builder}, apart from the value they build (as the JDK keeps
 * {@code StringBuilder}'s methods in {@code AbstractStringBuilder}).
 *
 * <p>The builder holds valid settings at every step: each setter makes the changed settings at once, so that
 * the value's own check (one place for every range and its message) rejects a bad argument where it is given
 * rather than at {@link #build()}. Weights are copied in the order the draws follow: enum weights in the order
 * of the constants, languages in the caller's order. Not thread-safe.
 */
abstract class SettingsBuilder {
    private GeneratorSettings settings;

    SettingsBuilder(GeneratorSettings start) {
        this.settings = start;
    }

    private GeneratorSettings.Builder with(UnaryOperator<ImmutableGeneratorSettings.Draft> change) {
        settings = change.apply(ImmutableGeneratorSettings.draft().from(settings)).build();
        return (GeneratorSettings.Builder) this;
    }

    /**
     * The seed; default 1.
     *
     * @param seed the seed
     * @return this builder
     */
    public GeneratorSettings.Builder seed(long seed) {
        return with(b -> b.seed(seed));
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
    public GeneratorSettings.Builder facilities(int facilities) {
        return with(b -> b.facilities(facilities));
    }

    /**
     * The share of USBP stations among the facilities; default 0.75.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder usbpShare(double share) {
        return with(b -> b.usbpShare(share));
    }

    /**
     * The weights of medical support levels; default on-site continuous 0.45, on-site part-time 0.25,
     * on call 0.20, none 0.10.
     *
     * @param mix the weights, not null, not negative, some positive, without {@code UNKNOWN}
     * @return this builder
     * @throws IllegalArgumentException if a weight is negative, all are zero, or {@code UNKNOWN} is given
     */
    public GeneratorSettings.Builder medicalSupportMix(Map<MedicalSupportLevel, Double> mix) {
        Map<MedicalSupportLevel, Double> checked = SettingChecks.weights("medicalSupportMix", mix,
                MedicalSupportLevel.UNKNOWN);
        return with(b -> b.medicalSupportMix(GeneratorSettings.inEnumOrder(checked)));
    }

    /**
     * The first day; default 2025-03-03.
     *
     * @param date the date, from 2000-01-01 to 2099-12-31, not null
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder startDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return with(b -> b.startDate(date));
    }

    /**
     * The number of days; default 7.
     *
     * @param days from 1 to 3650
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder days(int days) {
        return with(b -> b.days(days));
    }

    /**
     * The mean arrivals per facility and ordinary day; default 20.
     *
     * @param mean from 0 to 10,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder arrivalsPerFacilityPerDay(double mean) {
        return with(b -> b.arrivalsPerFacilityPerDay(mean));
    }

    /**
     * The weights of the population classes; default unaccompanied children 0.12, accompanied juveniles
     * 0.20, family-unit adults 0.18, single adults 0.50.
     *
     * @param mix the weights, not null, not negative, some positive, without {@code UNKNOWN}
     * @return this builder
     * @throws IllegalArgumentException if a weight is negative, all are zero, or {@code UNKNOWN} is given
     */
    public GeneratorSettings.Builder populationMix(Map<PopulationClass, Double> mix) {
        Map<PopulationClass, Double> checked = SettingChecks.weights("populationMix", mix, PopulationClass.UNKNOWN);
        return with(b -> b.populationMix(GeneratorSettings.inEnumOrder(checked)));
    }

    /**
     * The share of estimated ages; default 0.15.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder estimatedAgeShare(double share) {
        return with(b -> b.estimatedAgeShare(share));
    }

    /**
     * The share of pregnant females aged 15 to 45; default 0.06.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder pregnantShare(double share) {
        return with(b -> b.pregnantShare(share));
    }

    /**
     * The share of pregnant people who give birth in custody; default 0.3.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder birthInCustodyShare(double share) {
        return with(b -> b.birthInCustodyShare(share));
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
    public GeneratorSettings.Builder languages(Map<String, Double> weights) {
        Objects.requireNonNull(weights, "weights");
        SettingChecks.languageTags(weights);
        Map<String, Double> checked = SettingChecks.weights("languages", weights, null);
        return with(b -> b.languages(checked));
    }

    /**
     * The share of non-English speakers who need an interpreter; default 0.8.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder interpreterNeededShare(double share) {
        return with(b -> b.interpreterNeededShare(share));
    }

    /**
     * The share of people with a medical concern; default 0.08.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder medicalConcernShare(double share) {
        return with(b -> b.medicalConcernShare(share));
    }

    /**
     * The share of adults interviewed without a referral; default 0.5.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder adultInterviewShare(double share) {
        return with(b -> b.adultInterviewShare(share));
    }

    /**
     * The median delay to the health interview; default 2 hours.
     *
     * @param delay positive, at most 7 days, not null
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder medianInterviewDelay(Duration delay) {
        Objects.requireNonNull(delay, "medianInterviewDelay");
        return with(b -> b.medianInterviewDelay(delay));
    }

    /**
     * The median delay to the medical assessment; default 2 hours.
     *
     * @param delay positive, at most 7 days, not null
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder medianAssessmentDelay(Duration delay) {
        Objects.requireNonNull(delay, "medianAssessmentDelay");
        return with(b -> b.medianAssessmentDelay(delay));
    }

    /**
     * The probability that a required act is missed; default 0.05.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder missedActShare(double share) {
        return with(b -> b.missedActShare(share));
    }

    /**
     * The probability that a required act is late; default 0.10.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder lateActShare(double share) {
        return with(b -> b.lateActShare(share));
    }

    /**
     * The range of facilities' base welfare-check intervals; default 15 to 50 minutes.
     *
     * @param min the shortest, at least 1 minute, not null
     * @param max the longest, not shorter than {@code min}, at most 24 hours, not null
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder welfareCheckInterval(Duration min, Duration max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        return with(b -> b.welfareCheckMinInterval(min).welfareCheckMaxInterval(max));
    }

    /**
     * The probability of a gap after a welfare check; default 0.01.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder welfareCheckGapShare(double share) {
        return with(b -> b.welfareCheckGapShare(share));
    }

    /**
     * The share of close watches with every check within the interval; default 0.7.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder closeWatchKeptShare(double share) {
        return with(b -> b.closeWatchKeptShare(share));
    }

    /**
     * The share of checks followed by a lapse in a close watch that is not kept; default 0.04.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder closeWatchLapseShare(double share) {
        return with(b -> b.closeWatchLapseShare(share));
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
    public GeneratorSettings.Builder atRiskRounds(Duration every, LocalDate fromInclusive, LocalDate untilExclusive) {
        Objects.requireNonNull(every, "atRiskCheckInterval");
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(untilExclusive, "untilExclusive");
        return with(b -> b.atRiskCheckInterval(every).atRiskRoundsFrom(fromInclusive)
                .atRiskRoundsUntil(untilExclusive));
    }

    /**
     * The share of surge days; default 0.10.
     *
     * @param share from 0 to 0.9
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder surgeDayShare(double share) {
        return with(b -> b.surgeDayShare(share));
    }

    /**
     * The factor on arrivals on surge days; default 2.0.
     *
     * @param factor from 1 to 10
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder surgeArrivalFactor(double factor) {
        return with(b -> b.surgeArrivalFactor(factor));
    }

    /**
     * The median stay in hours; default 30.
     *
     * @param hours from 1 to 240
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder medianStayHours(double hours) {
        return with(b -> b.medianStayHours(hours));
    }

    /**
     * The share of stays over 72 hours; default 0.10.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder longStayShare(double share) {
        return with(b -> b.longStayShare(share));
    }

    /**
     * The share of people transferred; default 0.06. Needs at least two facilities to have an effect.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder transferShare(double share) {
        return with(b -> b.transferShare(share));
    }

    /**
     * The share of people taken to hospital outside an assessment; default 0.02.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder hospitalVisitShare(double share) {
        return with(b -> b.hospitalVisitShare(share));
    }

    /**
     * The share of people with a medical emergency in custody; default 0.005.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder emergencyShare(double share) {
        return with(b -> b.emergencyShare(share));
    }

    /**
     * The share of people with medication; default 0.12.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder medicationShare(double share) {
        return with(b -> b.medicationShare(share));
    }

    /**
     * The share of positive infectious-disease screenings; default 0.04.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder infectiousPositiveShare(double share) {
        return with(b -> b.infectiousPositiveShare(share));
    }

    /**
     * The share of assessments asking for follow-up (enhanced medical monitoring); default 0.20.
     *
     * @param share from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public GeneratorSettings.Builder followUpShare(double share) {
        return with(b -> b.followUpShare(share));
    }

    /**
     * Whether episodes in custody at the end of the period stay open; default true.
     *
     * @param open true to leave them open
     * @return this builder
     */
    public GeneratorSettings.Builder openAtEnd(boolean open) {
        return with(b -> b.openAtEnd(open));
    }

    /**
     * Sets {@link GeneratorSettings#integrityPatternShare()}.
     *
     * @param share the share, 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the share is outside 0..1
     * @since 0.2
     */
    public GeneratorSettings.Builder integrityPatternShare(double share) {
        return with(b -> b.integrityPatternShare(share));
    }

    /**
     * Builds the settings.
     *
     * @return the settings, not null
     */
    public GeneratorSettings build() {
        return settings;
    }
}
