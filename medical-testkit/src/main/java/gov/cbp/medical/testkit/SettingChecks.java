package gov.cbp.medical.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks of {@link GeneratorSettings}, each with the message the builder has always thrown: a value
 * out of range is an {@link IllegalArgumentException} that names the setting and its range (never the value).
 */
final class SettingChecks {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private SettingChecks() {}

    static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must lie in " + min + ".." + max);
        }
    }

    static void range(String name, double value, double min, double max, String range) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must lie in " + range);
        }
    }

    static void share(String name, double value) {
        range(name, value, 0, 1, "0..1");
    }

    static void duration(String name, Duration value) {
        if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException(name + " must be positive and at most 7 days");
        }
    }

    static void startDate(LocalDate date) {
        if (date.getYear() < 2000 || date.getYear() > 2099) {
            throw new IllegalArgumentException("startDate must lie in 2000-2099");
        }
    }

    static void welfareCheckInterval(Duration min, Duration max) {
        if (min.compareTo(Duration.ofMinutes(1)) < 0 || max.compareTo(min) < 0
                || max.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("welfareCheckInterval must satisfy 1 min <= min <= max <= 24 h");
        }
    }

    static void atRiskRounds(LocalDate fromInclusive, LocalDate untilExclusive) {
        if (!untilExclusive.isAfter(fromInclusive)) {
            throw new IllegalArgumentException("atRiskRounds must end after they start");
        }
    }

    /** Checks the keys of a language mix: BCP 47 tags (letters, digits and hyphens). */
    static void languageTags(Map<String, Double> weights) {
        for (String tag : weights.keySet()) {
            if (tag == null || !LANGUAGE_TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("languages: not a BCP 47 tag");
            }
        }
    }

    /**
     * Checks relative weights and copies them in their iteration order.
     *
     * @param name the setting
     * @param weights the weights
     * @param forbidden the key that must not be weighed ({@code UNKNOWN}), or null
     * @return the copy
     */
    static <K> Map<K, Double> weights(String name, Map<K, Double> weights, K forbidden) {
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
