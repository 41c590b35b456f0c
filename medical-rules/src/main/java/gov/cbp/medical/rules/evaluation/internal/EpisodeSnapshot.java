package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.HoldRoomAbsence;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.maternal.PregnancyIdentified;
import gov.cbp.medical.model.monitoring.MonitoringPlacement;
import gov.cbp.medical.model.monitoring.MonitoringRemoval;
import gov.cbp.medical.model.person.Age;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.rules.internal.EventVocabulary;
import gov.cbp.medical.rules.standard.MaternalState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the record of one episode shows as of an instant: only events at or before the instant are seen, and a
 * book-out after it is not yet known. Computed once per evaluation; read-only afterwards.
 */
final class EpisodeSnapshot {
    private static final Comparator<MedicalEvent> ORDER = Comparator.comparing(MedicalEvent::at)
            .thenComparing(MedicalEvent::id).thenComparing(e -> e.type().code());
    // the custody marks' slots come after the event types'; declared before HAPPENING_INDEX, which reads them
    private static final int BOOK_IN_INDEX = EventType.values().length;
    private static final int BOOK_OUT_INDEX = BOOK_IN_INDEX + 1;
    /** Where each code's happenings are kept in {@link #happeningsByIndex}: event types by ordinal, then the custody marks. */
    private static final Map<String, Integer> HAPPENING_INDEX = happeningIndex();

    final CustodyEpisode episode;
    final Instant asOf;
    /** The instant the records are complete through, not after {@link #asOf}: no deadline after it is judged missed. */
    final Instant recordsThrough;
    final Instant bookIn;
    final Optional<BookOut> bookOut;
    /** The book-out if known, else the evaluation instant; never before book-in. */
    final Instant custodyEnd;
    final boolean open;
    /** The earlier of book-in and the first event seen (an observation at the encounter may come first). */
    final Instant firstSeen;
    /** The later of the end of custody and the last event seen (a record may hold events after book-out). */
    final Instant lastSeen;
    final List<MedicalEvent> events;
    /** The visible events grouped by type ordinal (null for none): one pass, no class tests. */
    private final List<MedicalEvent>[] byEventType;
    private final List<Happening>[] happeningsByIndex;
    private final Map<Class<?>, List<?>> byClass = new HashMap<>();
    private List<Optional<Facility>> stays;
    private final List<MedicalEvent> placesOfStay = new ArrayList<>();
    /** The transfers seen, in time order; asked for at every facility lookup. */
    private final List<Transfer> transfers = new ArrayList<>();
    private Instant[] breakpoints;
    private List<ZoneId> zones;
    /** The book-in's hold room, read once (the model makes a new Optional at each call). */
    private final Optional<String> bookInRoom;
    private final boolean hasDateOfBirth;
    /** The place after book-in, then after each of {@link #placesOfStay}; made on first ask. */
    private Place[] places;
    private int candidatePasses;
    private List<Birth> births;
    private List<PregnancyIdentified> pregnancies;
    private LocalDate ageDate;
    private Optional<Age> ageOnDate;
    private final List<Span> absences;
    private List<Span> inFacility;
    private List<Span> inMonitoring;

    EpisodeSnapshot(CustodyEpisode episode, Instant asOf) {
        this(episode, asOf, asOf);
    }

    EpisodeSnapshot(CustodyEpisode episode, Instant asOf, Instant recordsThrough) {
        this.episode = episode;
        this.asOf = asOf;
        this.recordsThrough = recordsThrough.isAfter(asOf) ? asOf : recordsThrough;
        this.bookIn = episode.bookIn().at();
        this.bookOut = episode.bookOut().filter(out -> !out.at().isAfter(asOf));
        Instant end = bookOut.map(BookOut::at).orElse(asOf);
        this.custodyEnd = end.isBefore(bookIn) ? bookIn : end;
        this.open = bookOut.isEmpty();
        List<MedicalEvent> visible = visibleEvents(episode.timeline(), asOf);
        this.events = visible;
        this.bookInRoom = episode.bookIn().holdRoom();
        this.hasDateOfBirth = episode.detainee().dateOfBirth().isPresent();
        this.firstSeen = visible.isEmpty() || !visible.get(0).at().isBefore(bookIn) ? bookIn : visible.get(0).at();
        Instant lastEvent = visible.isEmpty() ? custodyEnd : visible.get(visible.size() - 1).at();
        this.lastSeen = lastEvent.isAfter(custodyEnd) ? lastEvent : custodyEnd;
        @SuppressWarnings("unchecked")
        List<MedicalEvent>[] grouped = new List[BOOK_IN_INDEX];
        for (MedicalEvent event : visible) {
            EventType type = event.type();
            int index = type.ordinal();
            if (grouped[index] == null) {
                grouped[index] = new ArrayList<>();
            }
            grouped[index].add(event);
            // type codes before instanceof: an interface test costs more than an enum compare
            if (type == EventType.HOLD_ROOM_PLACEMENT && event instanceof HoldRoomPlacement) {
                placesOfStay.add(event);
            } else if (type == EventType.TRANSFER && event instanceof Transfer) {
                placesOfStay.add(event);
                transfers.add((Transfer) event);
            }
        }
        this.byEventType = grouped;
        @SuppressWarnings("unchecked")
        List<Happening>[] happenings = new List[BOOK_OUT_INDEX + 1];
        this.happeningsByIndex = happenings;
        happenings[BOOK_IN_INDEX] = bookIn.isAfter(asOf) ? List.of()
                : List.of(new Happening(EventVocabulary.BOOK_IN, bookIn, Optional.empty(), episode.bookIn()));
        happenings[BOOK_OUT_INDEX] = bookOut.isEmpty() ? List.of()
                : List.of(new Happening(EventVocabulary.BOOK_OUT, bookOut.get().at(), Optional.empty(), bookOut.get()));
        this.absences = computeAbsences();
    }

    /**
     * The events at or before an instant in {@link #ORDER}: a prefix of the episode's timeline (kept by the episode,
     * sorted by time and id), re-sorted only when two events share a time and an id.
     */
    private static List<MedicalEvent> visibleEvents(List<MedicalEvent> timeline, Instant asOf) {
        int seen = 0;
        boolean ties = false;
        while (seen < timeline.size() && !timeline.get(seen).at().isAfter(asOf)) {
            if (seen > 0 && timeline.get(seen).at().equals(timeline.get(seen - 1).at())
                    && timeline.get(seen).id().equals(timeline.get(seen - 1).id())) {
                ties = true;
            }
            seen++;
        }
        if (seen == timeline.size() && !ties) {
            return timeline;
        }
        List<MedicalEvent> visible = new ArrayList<>(timeline.subList(0, seen));
        if (ties) {
            visible.sort(ORDER);
        }
        return Collections.unmodifiableList(visible);
    }

    private static Map<String, Integer> happeningIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (EventType type : EventType.values()) {
            index.put(type.code(), type.ordinal());
        }
        index.put(EventVocabulary.BOOK_IN, BOOK_IN_INDEX);
        index.put(EventVocabulary.BOOK_OUT, BOOK_OUT_INDEX);
        return Map.copyOf(index);
    }

    /** Where the happenings of a code are kept, for {@link #happenings(int, String)}; -1 for a code without any. */
    static int happeningIndex(String code) {
        Integer index = HAPPENING_INDEX.get(code);
        return index == null ? -1 : index;
    }

    /** Numbers {@link DeadlineRule}'s candidate searches, which mark the happenings they key. */
    int nextCandidatePass() {
        return ++candidatePasses;
    }

    /** The happenings of one code, in time order; made on first ask. */
    List<Happening> happenings(String code) {
        return happenings(happeningIndex(code), code);
    }

    /** The happenings of one code found beforehand with {@link #happeningIndex(String)}. */
    List<Happening> happenings(int index, String code) {
        if (index < 0) {
            return List.of();
        }
        List<Happening> happenings = happeningsByIndex[index];
        if (happenings == null) {
            List<MedicalEvent> group = byEventType[index];
            if (group == null) {
                happenings = List.of();
            } else {
                happenings = new ArrayList<>(group.size());
                Happening previous = null;
                for (MedicalEvent event : group) {
                    Happening happening = new Happening(code, event.at(), Optional.of(event.id()), event);
                    // a group is in time then id order, so events sharing an instant and an id are neighbours
                    if (previous != null && previous.at.equals(happening.at) && previous.id.equals(happening.id)) {
                        happening.first = previous.first;
                    }
                    happenings.add(happening);
                    previous = happening;
                }
            }
            happeningsByIndex[index] = happenings;
        }
        return happenings;
    }

    /** The events of one type, in time order; computed once per type. Not thread-safe: one evaluation, one thread. */
    @SuppressWarnings("unchecked")
    <T extends MedicalEvent> List<T> eventsOf(Class<T> type) {
        List<?> cached = byClass.get(type);
        if (cached == null) {
            cached = computeEventsOf(type);
            byClass.put(type, cached);
        }
        return (List<T>) cached;
    }

    private <T extends MedicalEvent> List<T> computeEventsOf(Class<T> type) {
        // a model type is one event type: find the groups whose events are of the class asked for
        List<T> result = null;
        int groups = 0;
        for (List<MedicalEvent> group : byEventType) {
            if (group == null || !type.isInstance(group.get(0))) {
                continue;
            }
            groups++;
            for (MedicalEvent event : group) {
                if (type.isInstance(event)) {
                    if (result == null) {
                        result = new ArrayList<>(group.size());
                    }
                    result.add(type.cast(event));
                }
            }
        }
        if (result == null) {
            return List.of();
        }
        if (groups > 1) {
            // a supertype of several event types: back to timeline order
            result.sort(ORDER);
        }
        return Collections.unmodifiableList(result);
    }

    /** The instants of the transfers seen, in time order. */
    List<Instant> transferTimes() {
        List<Instant> times = new ArrayList<>(transfers.size());
        for (Transfer transfer : transfers) {
            times.add(transfer.at());
        }
        return times;
    }

    /** The facility holding the person at an instant, following the transfers seen. */
    Optional<Facility> facilityAt(Instant at) {
        List<Optional<Facility>> stays = stays();
        int seen = 0;
        while (seen < transfers.size() && !transfers.get(seen).at().isAfter(at)) {
            seen++;
        }
        return stays.get(seen);
    }

    /** The facility after book-in and after each transfer, resolved once. */
    List<Optional<Facility>> stays() {
        if (stays == null) {
            stays = new ArrayList<>(transfers.size() + 1);
            stays.add(episode.bookInFacility());
            for (Transfer transfer : transfers) {
                stays.add(episode.facility(transfer.toFacilityId()));
            }
        }
        return stays;
    }

    /** Where the person was at an instant, as findings record it: facility id and hold room, null if unknown. */
    static final class Place {
        final String facilityId;
        final String holdRoom;

        Place(String facilityId, String holdRoom) {
            this.facilityId = facilityId;
            this.holdRoom = holdRoom;
        }
    }

    /**
     * The place at an instant: the facility as {@link #facilityAt} finds it, and the hold room of the latest
     * placement, transfer or book-in at or before it. Every finding asks, so the places after book-in and after
     * each of {@link #placesOfStay} are worked out once.
     */
    Place placeAt(Instant at) {
        if (places == null) {
            places = new Place[placesOfStay.size() + 1];
            List<Optional<Facility>> stays = stays();
            int transfersSeen = 0;
            Optional<String> room = bookInRoom;
            places[0] = new Place(stays.get(0).map(Facility::facilityId).orElse(null), room.orElse(null));
            for (int i = 0; i < placesOfStay.size(); i++) {
                MedicalEvent event = placesOfStay.get(i);
                if (event instanceof HoldRoomPlacement) {
                    room = Optional.of(((HoldRoomPlacement) event).holdRoom());
                } else if (event instanceof Transfer) {
                    room = ((Transfer) event).holdRoom();
                }
                if (event.type() == EventType.TRANSFER) {
                    // the transfers are the places of stay of that type, in the same order
                    transfersSeen++;
                }
                places[i + 1] = new Place(stays.get(transfersSeen).map(Facility::facilityId).orElse(null), room.orElse(null));
            }
        }
        int seen = 0;
        while (seen < placesOfStay.size() && !placesOfStay.get(seen).at().isAfter(at)) {
            seen++;
        }
        return places[seen];
    }

    /** The zone of the facility at an instant. */
    Optional<ZoneId> zoneAt(Instant at) {
        return facilityAt(at).map(Facility::timeZone);
    }

    /** Times away at a hospital: from each visit to its discharge, or to the end of custody. */
    private List<Span> computeAbsences() {
        List<Span> result = new ArrayList<>();
        for (HospitalVisit visit : eventsOf(HospitalVisit.class)) {
            Optional<Instant> discharge = Optional.empty();
            for (HospitalDischarge candidate : eventsOf(HospitalDischarge.class)) {
                if (candidate.visitEventId().equals(visit.id()) && !candidate.at().isBefore(visit.at())) {
                    discharge = Optional.of(candidate.at());
                    break;
                }
            }
            result.add(new Span(visit.at(), discharge.orElse(custodyEnd), Optional.of(visit.id()), discharge.isEmpty()));
        }
        return result;
    }

    List<Span> absences() {
        return absences;
    }

    boolean isAwayAt(Instant at) {
        for (Span absence : absences) {
            if (!at.isBefore(absence.start) && at.isBefore(absence.end)) {
                return true;
            }
        }
        return false;
    }

    /** Custody at the facility: book-in to the end of custody, less the hospital absences and the times out of the hold room. */
    List<Span> inFacility() {
        if (inFacility == null) {
            List<Span> away = new ArrayList<>(absences);
            for (HoldRoomAbsence absence : eventsOf(HoldRoomAbsence.class)) {
                if (absence.returnedAt().isAfter(absence.at())) {
                    away.add(new Span(absence.at(), absence.returnedAt(), Optional.of(absence.id()), false));
                }
            }
            inFacility = Collections.unmodifiableList(subtractAbsences(new Span(bookIn, custodyEnd, Optional.empty(), open), away));
        }
        return inFacility;
    }

    /** Enhanced monitoring: each placement to its removal or the end of custody, less the hospital absences. */
    List<Span> inMonitoring() {
        if (inMonitoring == null) {
            inMonitoring = Collections.unmodifiableList(computeInMonitoring());
        }
        return inMonitoring;
    }

    private List<Span> computeInMonitoring() {
        List<Span> result = new ArrayList<>();
        for (MonitoringPlacement placement : eventsOf(MonitoringPlacement.class)) {
            if (placement.at().isAfter(custodyEnd)) {
                continue;
            }
            Instant end = custodyEnd;
            boolean closedByRemoval = false;
            for (MonitoringRemoval removal : eventsOf(MonitoringRemoval.class)) {
                if (removal.placementEventId().equals(placement.id()) && !removal.at().isBefore(placement.at())) {
                    if (removal.at().isBefore(end)) {
                        end = removal.at();
                    }
                    closedByRemoval = true;
                    break;
                }
            }
            Instant start = placement.at().isBefore(bookIn) ? bookIn : placement.at();
            result.addAll(subtractAbsences(new Span(start, end, Optional.of(placement.id()), open && !closedByRemoval), absences));
        }
        return result;
    }

    private static List<Span> subtractAbsences(Span span, List<Span> absences) {
        List<Span> result = new ArrayList<>();
        Instant start = span.start;
        Optional<String> anchor = span.anchorId;
        List<Span> sorted = new ArrayList<>(absences);
        sorted.sort(Comparator.comparing(a -> a.start));
        for (Span absence : sorted) {
            if (!absence.end.isAfter(start) || absence.start.isAfter(span.end)) {
                continue;
            }
            if (absence.start.isAfter(start)) {
                result.add(new Span(start, absence.start, anchor, false));
            }
            start = absence.end;
            if (absence.open) {
                return result;
            }
        }
        if (!start.isAfter(span.end)) {
            result.add(new Span(start, span.end, anchor, span.open));
        }
        return result;
    }

    /** The instants at which an applicability criterion may change, sorted and distinct; computed once. */
    Instant[] breakpoints() {
        if (breakpoints == null) {
            // a list sorted once, not a tree: a few points, asked for once
            List<Instant> points = new ArrayList<>();
            for (Transfer transfer : transfers) {
                points.add(transfer.at());
            }
            for (PregnancyIdentified pregnancy : eventsOf(PregnancyIdentified.class)) {
                points.add(pregnancy.at());
            }
            for (Birth birth : eventsOf(Birth.class)) {
                points.add(birth.at());
            }
            for (Facility facility : episode.facilities()) {
                for (SurgePeriod period : facility.surgePeriods()) {
                    points.add(period.start());
                    period.end().ifPresent(points::add);
                }
            }
            episode.detainee().dateOfBirth().ifPresent(dob -> {
                for (Facility facility : episode.facilities()) {
                    LocalDate first = LocalDate.ofInstant(bookIn, facility.timeZone());
                    LocalDate last = LocalDate.ofInstant(custodyEnd, facility.timeZone());
                    for (int year = first.getYear(); year <= last.getYear(); year++) {
                        LocalDate birthday = dob.withYear(year);
                        points.add(birthday.atStartOfDay(facility.timeZone()).toInstant());
                    }
                }
            });
            breakpoints = sortedDistinct(points);
        }
        return breakpoints;
    }

    private static Instant[] sortedDistinct(List<Instant> points) {
        points.sort(null);
        Instant[] result = new Instant[points.size()];
        int n = 0;
        for (Instant point : points) {
            if (n == 0 || !result[n - 1].equals(point)) {
                result[n++] = point;
            }
        }
        return n == result.length ? result : Arrays.copyOf(result, n);
    }

    /** The zones of the episode's facilities. */
    List<ZoneId> zones() {
        if (zones == null) {
            List<ZoneId> distinct = new ArrayList<>(2);
            for (Facility facility : episode.facilities()) {
                if (!distinct.contains(facility.timeZone())) {
                    distinct.add(facility.timeZone());
                }
            }
            zones = Collections.unmodifiableList(distinct);
        }
        return zones;
    }

    /** The exceptions recorded for a requirement, in time order. */
    List<ExceptionRecorded> exceptions(String requirementId) {
        List<ExceptionRecorded> result = new ArrayList<>();
        for (ExceptionRecorded exception : eventsOf(ExceptionRecorded.class)) {
            if (exception.requirementId().equals(requirementId)) {
                result.add(exception);
            }
        }
        return result;
    }

    /** The person's age at an instant, with the data missing if unknown. */
    Optional<Age> ageAt(Instant at) {
        Optional<ZoneId> zone = zoneAt(at);
        if (hasDateOfBirth && zone.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.ofInstant(at, zone.isPresent() ? zone.get() : ZoneOffset.UTC);
        // asked for many instants of the same few days: keep the last day's answer
        if (!date.equals(ageDate)) {
            ageOnDate = episode.detainee().ageOn(date);
            ageDate = date;
        }
        return ageOnDate;
    }

    /** Whether the person is under 18 by population class alone, when the age is not recorded. */
    Tri juvenileByClass() {
        PopulationClass populationClass = episode.detainee().populationClass();
        return populationClass.isJuvenile() ? Tri.YES : populationClass.isAdult() ? Tri.NO : Tri.UNKNOWN;
    }

    /** Whether the person is in a maternal state at an instant. */
    Tri maternal(MaternalState state, Instant at) {
        Detainee detainee = episode.detainee();
        if (births == null) {
            // asked at every instant a maternal requirement is judged: looked up once
            births = eventsOf(Birth.class);
            pregnancies = eventsOf(PregnancyIdentified.class);
        }
        boolean born = anyAtOrBefore(births, at);
        switch (state) {
            case PREGNANT:
                boolean known = detainee.pregnancy().isPresent() || anyAtOrBefore(pregnancies, at);
                return Tri.of(known && !born);
            case POSTPARTUM:
                return Tri.of(detainee.postpartum() || born);
            case NURSING:
                return Tri.of(detainee.nursing());
            case INFANT:
                Optional<Age> age = ageAt(at);
                if (age.isPresent()) {
                    return Tri.of(age.get().years() == 0);
                }
                return juvenileByClass() == Tri.NO ? Tri.NO : Tri.UNKNOWN;
            default:
                throw new IllegalStateException("unhandled maternal state");
        }
    }

    private static boolean anyAtOrBefore(List<? extends MedicalEvent> events, Instant at) {
        // events are in time order: the first one decides
        return !events.isEmpty() && !events.get(0).at().isAfter(at);
    }
}
