package gov.cbp.medical.rules.evaluation.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** Short, exact renderings of durations for explanations: {@code 2d03h}, {@code 1h05m}, {@code 45m}, {@code 30s}; or {@code 51h05m} in a rule written in hours. */
final class CompactDuration {
    private CompactDuration() {}

    static String text(Duration duration) {
        return text(duration, ChronoUnit.DAYS);
    }

    /**
     * A duration with {@code largest} as its largest unit, the unit its rule is written in: {@code 72h} for a
     * 72-hour rule (not {@code 3d}), {@code 135m} for a 60-minute rule.
     */
    static String text(Duration duration, ChronoUnit largest) {
        boolean negative = duration.isNegative();
        // Duration.abs() negates through BigDecimal; seconds and nanos negate exactly by hand
        Duration d = negative ? Duration.ofSeconds(-duration.getSeconds(), -duration.getNano()) : duration;
        long days = largest == ChronoUnit.DAYS ? d.toDays() : 0;
        long hours = largest == ChronoUnit.DAYS ? d.toHoursPart() : largest == ChronoUnit.HOURS ? d.toHours() : 0;
        long minutes = largest == ChronoUnit.MINUTES ? d.toMinutes() : d.toMinutesPart();
        int seconds = d.toSecondsPart();
        // built by hand: String.format dominated the cost of explanations
        StringBuilder text = new StringBuilder(12);
        if (negative) {
            text.append('-');
        }
        if (days > 0) {
            text.append(days).append('d');
            if (hours > 0 || minutes > 0) {
                twoDigits(text, hours).append('h');
            }
            if (minutes > 0) {
                twoDigits(text, minutes).append('m');
            }
        } else if (hours > 0) {
            text.append(hours).append('h');
            if (minutes > 0 || seconds > 0) {
                twoDigits(text, minutes).append('m');
            }
            if (seconds > 0) {
                twoDigits(text, seconds).append('s');
            }
        } else if (minutes > 0) {
            text.append(minutes).append('m');
            if (seconds > 0) {
                twoDigits(text, seconds).append('s');
            }
        } else if (seconds > 0) {
            text.append(seconds).append('s');
        } else {
            text.append(d.isZero() ? "0m" : "<1s");
        }
        return text.toString();
    }

    /** As {@code %02d} for the parts of a duration, which are never negative and below 100. */
    private static StringBuilder twoDigits(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }
}
