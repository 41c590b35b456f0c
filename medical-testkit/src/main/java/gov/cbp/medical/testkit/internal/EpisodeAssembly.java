package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.person.Detainee;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assembles a valid episode from a frame (who, where, when) and chains of related events whose times are
 * given relative to the frame, so that any combination of generated parts is valid: every time is clamped into
 * custody, times within a chain never decrease, references point only backwards within a chain, and event ids
 * are unique by construction ({@code EV-<chain>-<n>}).
 */
public final class EpisodeAssembly {
    private EpisodeAssembly() {}

    /** Who, where and when: everything of an episode but its events. */
    public static final class Frame {
        final String episodeId;
        final Detainee detainee;
        final List<Facility> facilities;
        final Instant bookIn;
        final Duration stay;
        final Optional<BookOut> bookOut;
        final Optional<String> holdRoom;

        /**
         * A frame.
         *
         * @param episodeId the episode id
         * @param detainee the detainee, consistent with the book-in date
         * @param facilities the facilities, with unique ids; the first is the booking facility
         * @param bookIn the book-in instant
         * @param stay the time in custody (events lie within it)
         * @param bookOut the book-out at {@code bookIn + stay}, or empty for an open episode
         * @param holdRoom the hold room at book-in
         */
        public Frame(String episodeId, Detainee detainee, List<Facility> facilities, Instant bookIn, Duration stay,
                Optional<BookOut> bookOut, Optional<String> holdRoom) {
            this.episodeId = episodeId;
            this.detainee = detainee;
            this.facilities = List.copyOf(facilities);
            this.bookIn = bookIn;
            this.stay = stay;
            this.bookOut = bookOut;
            this.holdRoom = holdRoom;
        }

        /** The facilities. */
        public List<Facility> facilities() {
            return facilities;
        }

        /** The book-in instant. */
        public Instant bookIn() {
            return bookIn;
        }

        /** The end of custody (book-out, or the last instant events may take in an open episode). */
        public Instant end() {
            return bookIn.plus(stay);
        }

        @Override
        public String toString() {
            return "Frame{" + episodeId + ", bookIn=" + bookIn + ", stay=" + stay + ", facilities=" + facilities.size()
                    + ", open=" + bookOut.isEmpty() + "}";
        }
    }

    /** A chain of related events, emitted in time order. */
    @FunctionalInterface
    public interface Chain {
        /**
         * Emits the chain's events.
         *
         * @param emitter where to put them
         */
        void emit(Emitter emitter);
    }

    /** Gives a chain its ids and times and collects its events. */
    public static final class Emitter {
        private final Frame frame;
        private final int chain;
        private final List<MedicalEvent> out;
        private int next = 1;
        private Instant cursor;

        Emitter(Frame frame, int chain, List<MedicalEvent> out) {
            this.frame = frame;
            this.chain = chain;
            this.out = out;
            this.cursor = frame.bookIn;
        }

        /** The frame. */
        public Frame frame() {
            return frame;
        }

        /** A new id, unique in the episode. */
        public String nextId() {
            return "EV-" + chain + "-" + next++;
        }

        /**
         * Starts the chain at a fraction of the stay.
         *
         * @param fraction from 0 to 1
         * @return the start
         */
        public Instant start(double fraction) {
            double f = Math.max(0, Math.min(1, fraction));
            cursor = frame.bookIn.plusSeconds((long) (frame.stay.getSeconds() * f));
            return cursor;
        }

        /**
         * Moves the chain on by some minutes, never past the end of custody.
         *
         * @param minutes not negative
         * @return the new time
         */
        public Instant after(int minutes) {
            Instant next = cursor.plusSeconds(60L * Math.max(0, minutes));
            cursor = next.isAfter(frame.end()) ? frame.end() : next;
            return cursor;
        }

        /**
         * Adds an event.
         *
         * @param event the event
         * @param <T> its type
         * @return the event
         */
        public <T extends MedicalEvent> T add(T event) {
            out.add(event);
            return event;
        }
    }

    /**
     * Assembles an episode.
     *
     * @param frame the frame
     * @param chains the chains
     * @param timeOrder whether to list events by time (else chain by chain)
     * @return the episode
     */
    public static CustodyEpisode assemble(Frame frame, List<Chain> chains, boolean timeOrder) {
        List<MedicalEvent> events = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) {
            chains.get(i).emit(new Emitter(frame, i + 1, events));
        }
        if (timeOrder) {
            events.sort(Comparator.comparing(MedicalEvent::at));
        }
        BookIn.Builder bookIn = BookIn.builder().at(frame.bookIn).facilityId(frame.facilities.get(0).facilityId());
        frame.holdRoom.ifPresent(bookIn::holdRoom);
        return CustodyEpisode.builder()
                .episodeId(frame.episodeId)
                .detainee(frame.detainee)
                .facilities(frame.facilities)
                .bookIn(bookIn.build())
                .bookOut(frame.bookOut)
                .events(events)
                .build();
    }
}
