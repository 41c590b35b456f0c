package gov.cbp.medical.model.validation.internal;

import static gov.cbp.medical.model.validation.Severity.ERROR;
import static gov.cbp.medical.model.validation.Severity.WARNING;

import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.HoldRoomAbsence;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.model.person.Age;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.model.validation.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The cross-field rules of a custody episode, in one place: the payload validator and the Bean Validation
 * constraint {@code @ConsistentEpisode} both call {@link #check}.
 *
 * <p>The rules: facility ids are unique and every facility reference resolves; book-out is not before
 * book-in; no time lies in the future; events lie within custody (an encounter observation may precede
 * book-in); event ids are unique; every event reference resolves to an earlier (or simultaneous) event of
 * the expected type; the age agrees with the population class; the date of birth is not after book-in.
 */
public final class EpisodeConsistency {
    /** Receives the problems of a check. */
    public interface Sink {
        /**
         * One problem.
         *
         * @param severity the severity
         * @param code the code
         * @param eventIndex the index of the event in {@link CustodyEpisode#events()}, or -1 if the problem is
         *     not inside an event
         * @param pointer the pointer relative to the event if {@code eventIndex >= 0}, else relative to the
         *     episode
         * @param arguments property names, limits or codes
         */
        void report(Severity severity, String code, int eventIndex, String pointer, String... arguments);
    }

    private EpisodeConsistency() {}

    /**
     * The pointer within the episode of a problem reported to a {@link Sink}.
     *
     * @param eventIndex the index of the event in the episode's event list, or -1
     * @param pointer the pointer relative to that event, or to the episode if {@code eventIndex < 0}
     * @return the pointer relative to the episode
     */
    public static String pointer(int eventIndex, String pointer) {
        return eventIndex < 0 ? pointer : "/events/" + eventIndex + pointer;
    }

    /**
     * Checks an episode.
     *
     * @param episode the episode
     * @param notAfter the latest plausible instant, or null to skip the check for future times
     * @param sink receives the problems
     */
    public static void check(CustodyEpisode episode, Instant notAfter, Sink sink) {
        Map<String, Facility> facilities = facilities(episode, sink);
        Instant bookIn = episode.bookIn().at();
        Optional<Instant> bookOut = episode.bookOut().map(BookOut::at);
        if (!facilities.containsKey(episode.bookIn().facilityId())) {
            sink.report(ERROR, "episode.facility.unknown", -1, "/bookIn/facilityId", "facilityId");
        }
        future(bookIn, notAfter, -1, "/bookIn/at", sink);
        if (bookOut.isPresent()) {
            if (bookOut.get().isBefore(bookIn)) {
                sink.report(ERROR, "episode.bookOut.beforeBookIn", -1, "/bookOut/at");
            }
            future(bookOut.get(), notAfter, -1, "/bookOut/at", sink);
        }
        detainee(episode, sink);
        events(episode, facilities, notAfter, sink);
    }

    private static Map<String, Facility> facilities(CustodyEpisode episode, Sink sink) {
        Map<String, Facility> byId = new HashMap<>();
        List<Facility> list = episode.facilities();
        for (int i = 0; i < list.size(); i++) {
            Facility facility = list.get(i);
            if (byId.putIfAbsent(facility.facilityId(), facility) != null) {
                sink.report(ERROR, "episode.facility.duplicateId", -1, "/facilities/" + i + "/facilityId");
            }
            List<SurgePeriod> periods = facility.surgePeriods();
            for (int j = 0; j < periods.size(); j++) {
                SurgePeriod period = periods.get(j);
                if (period.end().isPresent() && !period.end().get().isAfter(period.start())) {
                    sink.report(ERROR, "episode.surge.endNotAfterStart", -1,
                            "/facilities/" + i + "/surgePeriods/" + j + "/end");
                }
            }
        }
        return byId;
    }

    private static void detainee(CustodyEpisode episode, Sink sink) {
        Detainee detainee = episode.detainee();
        LocalDate bookInDate = episode.bookInLocalDate();
        if (detainee.dateOfBirth().isPresent() && detainee.dateOfBirth().get().isAfter(bookInDate)) {
            sink.report(ERROR, "episode.detainee.bornAfterBookIn", -1, "/detainee/dateOfBirth");
            return;
        }
        if (detainee.dateOfBirth().isPresent()
                && detainee.dateOfBirth().get().plusYears(Limits.MAX_AGE_YEARS).isBefore(bookInDate)) {
            sink.report(ERROR, "episode.detainee.bornTooEarly", -1, "/detainee/dateOfBirth",
                    Integer.toString(Limits.MAX_AGE_YEARS));
            return;
        }
        PopulationClass population = detainee.populationClass();
        Optional<Age> age = detainee.ageOn(bookInDate);
        if (age.isEmpty()) {
            if (population.isJuvenile()) {
                sink.report(WARNING, "episode.detainee.ageUnknown", -1, "/detainee");
            }
        } else if (population.contradicts(age.get())) {
            sink.report(age.get().isEstimated() ? WARNING : ERROR, "episode.detainee.ageClassMismatch", -1,
                    "/detainee/populationClass", population.code());
        }
        if (detainee.pregnancy().isPresent() && detainee.sex() == Sex.MALE) {
            sink.report(WARNING, "episode.detainee.pregnancySex", -1, "/detainee/pregnancy");
        }
    }

    private static void events(CustodyEpisode episode, Map<String, Facility> facilities, Instant notAfter, Sink sink) {
        List<MedicalEvent> events = episode.events();
        EventsById byId = new EventsById(events, i -> sink.report(ERROR, "episode.event.duplicateId", i, "/id"));
        Instant bookIn = episode.bookIn().at();
        Instant bookOut = episode.bookOut().map(BookOut::at).orElse(null);
        ReferenceCheck references = new ReferenceCheck(byId, facilities, sink);
        for (int i = 0; i < events.size(); i++) {
            MedicalEvent event = events.get(i);
            Instant at = event.at();
            if (at.isBefore(bookIn) && event.type() != EventType.ENCOUNTER_OBSERVATION) {
                sink.report(ERROR, "episode.event.beforeBookIn", i, "/at");
            }
            if (bookOut != null && at.isAfter(bookOut)) {
                sink.report(ERROR, "episode.event.afterBookOut", i, "/at");
            }
            future(at, notAfter, i, "/at", sink);
            if (event instanceof HoldRoomAbsence) {
                Instant returned = ((HoldRoomAbsence) event).returnedAt();
                if (returned.isBefore(at)) {
                    sink.report(ERROR, "episode.absence.returnBeforeLeaving", i, "/returnedAt");
                }
                future(returned, notAfter, i, "/returnedAt", sink);
            }
            references.eventIndex = i;
            references.at = at;
            References.visit(event, references);
            EventReferences.visitFacilities(event, references);
        }
    }

    /**
     * Checks the references of one event after another: to events (known, of the expected type, not later) and
     * to facilities (known). One instance serves every event of the episode, instead of two lambdas per event.
     */
    private static final class ReferenceCheck implements References.Visitor, BiConsumer<String, String> {
        private final EventsById byId;
        private final Map<String, Facility> facilities;
        private final Sink sink;
        int eventIndex;
        Instant at;

        ReferenceCheck(EventsById byId, Map<String, Facility> facilities, Sink sink) {
            this.byId = byId;
            this.facilities = facilities;
            this.sink = sink;
        }

        @Override
        public void reference(String property, int index, String target, EventType expected) {
            MedicalEvent referenced = byId.get(target);
            if (referenced == null) {
                sink.report(ERROR, "episode.reference.unknown", eventIndex, pointer(property, index), property);
            } else if (expected != null && referenced.type() != expected) {
                sink.report(ERROR, "episode.reference.wrongType", eventIndex, pointer(property, index), property,
                        expected.code());
            } else if (referenced.at().isAfter(at) && !byId.isRepeated(target)) {
                sink.report(ERROR, "episode.reference.later", eventIndex, pointer(property, index), property);
            }
        }

        private static String pointer(String property, int index) {
            return index < 0 ? "/" + property : "/" + property + "/" + index;
        }

        /** A facility reference: the property holding it and the facility id. */
        @Override
        public void accept(String property, String id) {
            if (!facilities.containsKey(id)) {
                sink.report(ERROR, "episode.facility.unknown", eventIndex, "/" + property, property);
            }
        }
    }

    private static void future(Instant at, Instant notAfter, int eventIndex, String pointer, Sink sink) {
        if (notAfter != null && at.isAfter(notAfter)) {
            sink.report(ERROR, "episode.time.future", eventIndex, pointer);
        }
    }
}
