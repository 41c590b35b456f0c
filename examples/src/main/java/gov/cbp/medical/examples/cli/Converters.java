package gov.cbp.medical.examples.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for option values, with messages that say what is expected. */
final class Converters {
    private Converters() {}

    /** An ISO-8601 instant in UTC, such as {@code 2026-03-01T12:00:00Z}. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not an instant; expected ISO-8601 in UTC, such as 2026-03-01T12:00:00Z");
            }
        }
    }

    /** An ISO-8601 date, such as {@code 2026-03-01}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; expected ISO-8601, such as 2026-03-01");
            }
        }
    }

    /** An ISO-8601 duration ({@code PT8H}, {@code P1D}) or a short form: {@code 90m}, {@code 8h}, {@code 2d}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d{1,6})([smhd])");

        @Override
        public Duration convert(String value) {
            Matcher m = SHORT.matcher(value.toLowerCase(Locale.ROOT));
            Duration duration;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                switch (m.group(2)) {
                    case "s": duration = Duration.ofSeconds(n); break;
                    case "m": duration = Duration.ofMinutes(n); break;
                    case "h": duration = Duration.ofHours(n); break;
                    default: duration = Duration.ofDays(n); break;
                }
            } else {
                try {
                    duration = Duration.parse(value);
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException("'" + value
                            + "' is not a duration; expected ISO-8601 such as PT8H, or 90m, 8h, 2d");
                }
            }
            if (duration.isNegative()) {
                throw new TypeConversionException("'" + value + "' is negative; expected a duration of zero or more");
            }
            return duration;
        }
    }

    /** A finding status code, such as {@code not-met}. */
    static final class StatusConverter implements ITypeConverter<gov.cbp.medical.rules.evaluation.FindingStatus> {
        @Override
        public gov.cbp.medical.rules.evaluation.FindingStatus convert(String value) {
            try {
                return gov.cbp.medical.rules.evaluation.FindingStatus.fromCode(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a finding status; expected one of "
                        + java.util.Arrays.stream(gov.cbp.medical.rules.evaluation.FindingStatus.values())
                                .map(gov.cbp.medical.rules.evaluation.FindingStatus::code)
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
    }
}
