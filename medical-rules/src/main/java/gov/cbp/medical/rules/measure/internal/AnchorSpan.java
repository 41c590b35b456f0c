package gov.cbp.medical.rules.measure.internal;

import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.SurgePeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The instants at one facility that share a member's anchor values: the same local date (no offset change
 * within) and the same set of surge periods in force (no period starts or ends within). An episode's members
 * mostly fall in a few such spans, so their anchor values are found by comparing instants instead of working
 * out a date and a surge level for each member.
 *
 * <p>Not thread-safe: one episode's facts own their spans.
 */
final class AnchorSpan {
    private final String facilityId;
    /** The episode's description of the facility, compared by identity; null if the episode has none. */
    private final Facility facility;
    /** Inclusive. */
    private final Instant from;
    /** Exclusive. */
    private final Instant to;
    /** The local date of every instant of the span. */
    private final LocalDate date;
    /**
     * The anchor values of every instant of the span, set once by the facts. Spans with equal values mostly
     * share one array (the accumulator's {@link StratumValues}), so the same array means the same values
     * (another array may still hold equal ones).
     */
    String[] values;
    /** The index whose numbers {@link #strata} holds, and per slot the number of the span's key or -1. */
    StratumIndex indexedBy;
    int[] strata;

    private AnchorSpan(String facilityId, Facility facility, Instant from, Instant to, LocalDate date) {
        this.facilityId = facilityId;
        this.facility = facility;
        this.from = from;
        this.to = to;
        this.date = date;
    }

    /**
     * The span around an instant at a facility.
     *
     * @param facilityId the facility id
     * @param facility the episode's description of it, or null (then the day is the UTC day)
     * @param at the instant
     * @return the span, its values not yet set
     */
    static AnchorSpan around(String facilityId, Facility facility, Instant at) {
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        ZoneOffset offset = ZoneOffset.UTC;
        if (facility != null) {
            ZoneRules rules = facility.timeZone().getRules();
            offset = rules.getOffset(at);
            // Between two transitions the offset is fixed, so the local date changes only at local midnight.
            ZoneOffsetTransition previous = rules.isFixedOffset() ? null : rules.previousTransition(at.plusNanos(1));
            ZoneOffsetTransition next = rules.isFixedOffset() ? null : rules.nextTransition(at);
            from = previous == null ? from : previous.getInstant();
            to = next == null ? to : next.getInstant();
            for (SurgePeriod period : facility.surgePeriods()) {
                from = latestAtOrBefore(from, period.start(), at);
                to = earliestAfter(to, period.start(), at);
                if (period.end().isPresent()) {
                    from = latestAtOrBefore(from, period.end().get(), at);
                    to = earliestAfter(to, period.end().get(), at);
                }
            }
        }
        LocalDate date = LocalDate.ofInstant(at, offset);
        from = latestAtOrBefore(from, date.atStartOfDay().toInstant(offset), at);
        if (date.isBefore(LocalDate.MAX)) {
            to = earliestAfter(to, date.plusDays(1).atStartOfDay().toInstant(offset), at);
        }
        return new AnchorSpan(facilityId, facility, from, to, date);
    }

    private static Instant latestAtOrBefore(Instant bound, Instant boundary, Instant at) {
        return !boundary.isAfter(at) && boundary.isAfter(bound) ? boundary : bound;
    }

    private static Instant earliestAfter(Instant bound, Instant boundary, Instant at) {
        return boundary.isAfter(at) && boundary.isBefore(bound) ? boundary : bound;
    }

    /**
     * The local date of the span's instants at its facility (in UTC when the episode does not describe it).
     *
     * @return the date
     */
    LocalDate date() {
        return date;
    }

    /**
     * Whether an instant at a facility falls in this span.
     *
     * @param id the facility id
     * @param description the episode's description of it, or null
     * @param at the instant
     * @return true if the member's anchor values are this span's
     */
    boolean holds(String id, Facility description, Instant at) {
        return description == facility && !at.isBefore(from) && at.isBefore(to) && id.equals(facilityId);
    }
}
