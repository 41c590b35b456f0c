package gov.cbp.medical.examples.cli;

import java.time.Duration;

/** ReadableDuration for people: {@code 2d 3h}, {@code 45m}, {@code 0m}. */
final class ReadableDuration {
    private ReadableDuration() {}

    static String text(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append('d');
        }
        if (hours > 0) {
            text.append(text.length() > 0 ? " " : "").append(hours).append('h');
        }
        if (rest > 0 || text.length() == 0) {
            text.append(text.length() > 0 ? " " : "").append(rest).append('m');
        }
        return text.toString();
    }
}
