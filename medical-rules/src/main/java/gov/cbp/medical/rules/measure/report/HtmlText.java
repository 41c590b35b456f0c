package gov.cbp.medical.rules.measure.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * Escaping and the formats people read in the HTML report: counts with separators, rates to one decimal,
 * instants to the second in UTC, days and weeks as local dates of a facility's own calendar.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
final class HtmlText {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private HtmlText() {}

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** An id safe in an HTML id attribute and a URL fragment. */
    static String anchor(String prefix, String text) {
        return prefix + text.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A signed difference, such as {@code +3.2 pts} for rates or {@code −12 minutes} for durations. */
    static String signed(double delta, String unit) {
        String sign = delta > 0 ? "+" : delta < 0 ? "\u2212" : "\u00b1";
        return sign + String.format(Locale.ROOT, "%.1f", Math.abs(delta)) + " " + unit;
    }

    /** An instant to the second, in UTC: nanoseconds are noise to a reader. */
    static String instant(Instant instant) {
        Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
        return "<time datetime=\"" + seconds + "\">" + INSTANT.format(seconds) + "</time>";
    }

    /** The instant an ISO-8601 text names, if it names one. */
    static Optional<Instant> parseInstant(String text) {
        if (text.length() < 20 || text.charAt(10) != 'T') {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A stratum key of a time dimension as people read it; other keys as they are. */
    static String timeKey(String key) {
        return week(key).map(monday -> "Week of " + SHORT_DAY.format(monday) + " (" + key.substring(5) + ")")
                .or(() -> day(key).map(DAY::format))
                .or(() -> month(key).map(MONTH::format))
                .orElse(key);
    }

    /** A short axis label for a time key: {@code 3 Mar} for a week (its Monday) or a day. */
    static String shortTimeKey(String key) {
        return week(key).or(() -> day(key)).map(SHORT_DAY::format).orElse(key);
    }

    static String monthName(YearMonth month) {
        return MONTH.format(month);
    }

    static Optional<LocalDate> week(String key) {
        if (key.length() != 8 || key.charAt(4) != '-' || key.charAt(5) != 'W') {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(key.substring(0, 4));
            int week = Integer.parseInt(key.substring(6));
            return Optional.of(LocalDate.of(year, 6, 1).with(IsoFields.WEEK_BASED_YEAR, year)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(java.time.DayOfWeek.MONDAY));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> day(String key) {
        if (key.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(key));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<YearMonth> month(String key) {
        if (key.length() != 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(key));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A camelCase or kebab-case property name as words: {@code recordsThrough} becomes {@code Records through}. */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ')
                .toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
