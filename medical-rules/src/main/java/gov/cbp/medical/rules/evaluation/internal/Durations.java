package gov.cbp.medical.rules.evaluation.internal;

import java.time.Duration;

/** Short, exact renderings of durations for explanations: {@code 2d03h}, {@code 1h05m}, {@code 45m}, {@code 30s}. */
final class Durations {
    private Durations() {}

    static String text(Duration duration) {
        boolean negative = duration.isNegative();
        Duration d = duration.abs();
        long days = d.toDays();
        int hours = d.toHoursPart();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        String text;
        if (days > 0) {
            text = days + "d" + (hours > 0 || minutes > 0 ? String.format("%02dh", hours) : "")
                    + (minutes > 0 ? String.format("%02dm", minutes) : "");
        } else if (hours > 0) {
            text = hours + "h" + (minutes > 0 || seconds > 0 ? String.format("%02dm", minutes) : "")
                    + (seconds > 0 ? String.format("%02ds", seconds) : "");
        } else if (minutes > 0) {
            text = minutes + "m" + (seconds > 0 ? String.format("%02ds", seconds) : "");
        } else if (seconds > 0) {
            text = seconds + "s";
        } else {
            text = d.isZero() ? "0m" : "<1s";
        }
        return negative ? "-" + text : text;
    }
}
