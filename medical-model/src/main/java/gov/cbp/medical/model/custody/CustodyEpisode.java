package gov.cbp.medical.model.custody;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.RecordId;
import gov.cbp.medical.model.common.RecordStyle;
import gov.cbp.medical.model.common.Text;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.person.Age;
import gov.cbp.medical.model.person.Detainee;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's stay in CBP short-term custody, from book-in to book-out, with the timeline of medical and
 * custody events.
 *
 * <p>An immutable custody episode, with the facilities involved. The episode is the unit of the payload format (format version {@value #FORMAT_VERSION}), of
 * evaluation against the standards and of quality measurement. An episode without a book-out is open.
 * The cross-field rules (events within custody, references resolve, age agrees with population class) are
 * checked by {@link gov.cbp.medical.model.validation.PayloadValidator} and, for values built in Java, by the
 * class-level {@link ConsistentEpisode} constraint; a value that breaks them can still
 * be built, so that it can be evaluated as far as its data allows.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; the derived views
 * ({@link #timeline()}, {@link #event(String)}) are computed once on first use.
 */
@Value.Immutable
@RecordStyle
@ConsistentEpisode
@JsonSerialize(as = ImmutableCustodyEpisode.class)
@JsonDeserialize(as = ImmutableCustodyEpisode.class)
public interface CustodyEpisode {
    /** The payload format version this library writes. */
    String FORMAT_VERSION = "1.0";

    /**
     * The payload format version, {@code major.minor} (this library reads 1.x).
     *
     * <p>The payload must state it (the reader reports its absence); a value built in Java defaults to the
     * version this library writes.
     *
     * @return the version, {@value #FORMAT_VERSION} by default
     */
    @Text(Text.Kind.FORMAT_VERSION)
    @Value.Default
    @Size(max = Limits.MAX_CODE_LENGTH)
    default String formatVersion() {
        return FORMAT_VERSION;
    }

    /**
     * The episode id: stable, unique among episodes, free of personal data.
     *
     * @return the id, not null
     */
    @Size(max = Limits.MAX_ID_LENGTH)
    @RecordId
    String episodeId();

    /**
     * The person in custody.
     *
     * @return the person, not null
     */
    @Valid
    Detainee detainee();

    /**
     * The facilities the episode refers to (book-in, transfers, placements).
     *
     * @return the facilities, not null
     */
    @Size(max = Limits.MAX_ITEMS)
    List<@Valid Facility> facilities();

    /**
     * When and where custody began.
     *
     * @return the book-in, not null
     */
    @Valid
    BookIn bookIn();

    /**
     * When and how custody ended; absent while the episode is open.
     *
     * @return the book-out, empty while the episode is open
     */
    Optional<@Valid BookOut> bookOut();

    /**
     * The events of the episode, in any order.
     *
     * @return the events, not null
     */
    @Size(max = Limits.MAX_EVENTS)
    List<@Valid MedicalEvent> events();

    /**
     * The events of the payload that the reader could not interpret and left out of {@link #events()}, counted
     * by event type code: {@code unknown} for a type this version of the library does not know (a newer minor
     * format version) or that is missing, the type's code for an event dropped after an error. Evaluation
     * judges only the events read, and carries these counts on (see docs/decisions.md); they are never
     * written as payload JSON.
     *
     * @return the counts by type code, sorted, empty if every event was read, not null
     * @since 0.1
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    Map<String, Integer> unreadEvents();

    /**
     * The events ordered by time, then by id.
     *
     * @return an unmodifiable list, not null
     */
    @Value.Lazy
    default List<MedicalEvent> timeline() {
        List<MedicalEvent> sorted = new ArrayList<>(events());
        sorted.sort(Comparator.comparing(MedicalEvent::at).thenComparing(MedicalEvent::id));
        return Collections.unmodifiableList(sorted);
    }

    /**
     * The events by id; where ids repeat (a validation error), the first listed wins.
     *
     * @return an unmodifiable map, not null
     */
    @Value.Lazy
    default Map<String, MedicalEvent> eventsById() {
        Map<String, MedicalEvent> byId = new HashMap<>();
        for (MedicalEvent event : events()) {
            byId.putIfAbsent(event.id(), event);
        }
        return Collections.unmodifiableMap(byId);
    }

    /**
     * The event with an id.
     *
     * @param eventId the id, not null
     * @return the event, empty if none
     */
    default Optional<MedicalEvent> event(String eventId) {
        return Optional.ofNullable(eventsById().get(eventId));
    }

    /**
     * The events of one type, ordered by time.
     *
     * @param type the event interface, such as {@code WelfareCheck.class}, not null
     * @param <T> the event type
     * @return the events, not null
     */
    default <T extends MedicalEvent> List<T> eventsOf(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (MedicalEvent event : timeline()) {
            if (type.isInstance(event)) {
                result.add(type.cast(event));
            }
        }
        return result;
    }

    /**
     * The facility with an id.
     *
     * @param facilityId the id, not null
     * @return the facility, empty if the episode lists none with that id
     */
    default Optional<Facility> facility(String facilityId) {
        for (Facility facility : facilities()) {
            if (facility.facilityId().equals(facilityId)) {
                return Optional.of(facility);
            }
        }
        return Optional.empty();
    }

    /**
     * The facility of the book-in: the first of {@link #facilities()} with the book-in's facility id.
     *
     * @return the facility, empty if the episode lists none with that id (the payload validator reports
     *     {@code episode.facility.unknown})
     * @since 0.1
     */
    default Optional<Facility> bookInFacility() {
        return facility(bookIn().facilityId());
    }

    /**
     * The time zone of the book-in facility, in which the book-in's local date and the person's age at book-in
     * are reckoned.
     *
     * @return the facility's zone, or UTC if the book-in facility is not among {@link #facilities()}; not null
     * @since 0.1
     */
    default ZoneId bookInZone() {
        Optional<Facility> facility = bookInFacility();
        return facility.isPresent() ? facility.get().timeZone() : ZoneOffset.UTC;
    }

    /**
     * The local date of the book-in: the book-in instant in {@link #bookInZone()}. A book-in at
     * {@code 2026-03-01T03:00:00Z} at a facility in {@code America/Los_Angeles} is on 2026-02-28. Measure
     * periods count an episode by this date.
     *
     * @return the date, not null
     * @since 0.1
     */
    default LocalDate bookInLocalDate() {
        return LocalDate.ofInstant(bookIn().at(), bookInZone());
    }

    /**
     * The person's age on the {@linkplain #bookInLocalDate() local date of the book-in}, as
     * {@link Detainee#ageOn(LocalDate)} reckons it.
     *
     * @return the age, empty if it is not known (see {@link Detainee#ageOn(LocalDate)})
     * @since 0.1
     */
    default Optional<Age> ageAtBookIn() {
        return detainee().ageOn(bookInLocalDate());
    }

    /**
     * The facility holding the person at an instant, following transfers.
     *
     * @param at the instant, not null
     * @return the facility, empty if it is not among {@link #facilities()}
     */
    default Optional<Facility> facilityAt(Instant at) {
        String current = bookIn().facilityId();
        for (Transfer transfer : eventsOf(Transfer.class)) {
            if (transfer.at().isAfter(at)) {
                break;
            }
            current = transfer.toFacilityId();
        }
        return facility(current);
    }

    /**
     * Whether the person is in custody at an instant: at or after book-in and before book-out.
     *
     * @param at the instant, not null
     * @return true if in custody
     */
    default boolean isInCustodyAt(Instant at) {
        return !at.isBefore(bookIn().at()) && bookOut().map(out -> at.isBefore(out.at())).orElse(true);
    }

    /**
     * The end of custody as far as it is known at an instant: the book-out, or {@code asOf} while open.
     *
     * @param asOf the instant of evaluation, not null
     * @return the earlier of the book-out and {@code asOf}, not null
     */
    default Instant custodyEndAsOf(Instant asOf) {
        return bookOut().map(BookOut::at).filter(out -> out.isBefore(asOf)).orElse(asOf);
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised from this value, to make a changed copy.
     *
     * @return the builder, not null
     */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link CustodyEpisode}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableCustodyEpisode.Builder {}
}
