package gov.cbp.medical.rules.measure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An immutable measurement period: the local dates, in each facility's own time zone, whose book-ins are
 * measured.
 *
 * <p>An episode is in the period when the local date of its book-in, in the time zone of its book-in
 * facility, lies in [{@link #startInclusive()}, {@link #endExclusive()}). So "March 2026" means March in
 * Arizona for a station in Arizona and March in Texas for one in Texas, as the domain brief asks (section 6).
 * Either bound may be open.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMeasurementPeriod.class)
@JsonDeserialize(as = ImmutableMeasurementPeriod.class)
@JsonPropertyOrder({"startInclusive", "endExclusive", "calendar"})
public abstract class MeasurementPeriod {
    MeasurementPeriod() {}

    /**
     * The first local date of the period.
     *
     * @return the date, empty for no lower bound
     */
    public abstract Optional<LocalDate> startInclusive();

    /**
     * The local date after the last of the period.
     *
     * @return the date, empty for no upper bound
     */
    public abstract Optional<LocalDate> endExclusive();

    /**
     * How local dates are read, always {@code facility-local}: in the book-in facility's time zone.
     *
     * @return {@code "facility-local"}
     */
    @Value.Derived
    public String calendar() {
        return "facility-local";
    }

    /**
     * Whether a local date lies in the period.
     *
     * @param date the book-in's local date, not null
     * @return true if within the bounds
     */
    public boolean contains(LocalDate date) {
        return startInclusive().map(start -> !date.isBefore(start)).orElse(true)
                && endExclusive().map(date::isBefore).orElse(true);
    }

    /**
     * Whether both bounds are open.
     *
     * @return true if every date is in the period
     */
    @JsonIgnore
    public boolean isUnbounded() {
        return startInclusive().isEmpty() && endExclusive().isEmpty();
    }

    /**
     * Obtains a period.
     *
     * @param startInclusive the first date, not null
     * @param endExclusive the date after the last, not null
     * @return the period, not null
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static MeasurementPeriod of(LocalDate startInclusive, LocalDate endExclusive) {
        if (!endExclusive.isAfter(startInclusive)) {
            throw new IllegalArgumentException("endExclusive must be after startInclusive");
        }
        return ImmutableMeasurementPeriod.builder().startInclusive(startInclusive).endExclusive(endExclusive).build();
    }

    /**
     * The period of one calendar month.
     *
     * @param month the month, not null
     * @return the period, not null
     */
    public static MeasurementPeriod ofMonth(YearMonth month) {
        return of(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /**
     * The period with no bounds: every episode is measured.
     *
     * @return the period, not null
     */
    public static MeasurementPeriod unbounded() {
        return ImmutableMeasurementPeriod.builder().build();
    }

    /**
     * Reads what {@link #toString()} writes: {@code 2026-03-01/2026-04-01}, with {@code ..} for an open bound.
     *
     * @param text the text, not null
     * @return the period, not null
     * @throws java.time.format.DateTimeParseException if a date is malformed
     * @throws IllegalArgumentException if the text has no slash or the end is not after the start
     */
    public static MeasurementPeriod parse(CharSequence text) {
        String[] parts = text.toString().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected start/end");
        }
        Optional<LocalDate> start = "..".equals(parts[0]) ? Optional.empty() : Optional.of(LocalDate.parse(parts[0]));
        Optional<LocalDate> end = "..".equals(parts[1]) ? Optional.empty() : Optional.of(LocalDate.parse(parts[1]));
        if (start.isPresent() && end.isPresent()) {
            return of(start.get(), end.get());
        }
        return ImmutableMeasurementPeriod.builder().startInclusive(start).endExclusive(end).build();
    }

    /**
     * The period as {@code start/end}, {@code ..} standing for an open bound.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return startInclusive().map(LocalDate::toString).orElse("..") + "/"
                + endExclusive().map(LocalDate::toString).orElse("..");
    }
}
