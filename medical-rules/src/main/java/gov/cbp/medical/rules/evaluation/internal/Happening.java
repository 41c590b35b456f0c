package gov.cbp.medical.rules.evaluation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Something that happened at an instant: an event of the timeline, or the book-in or book-out custody mark. */
final class Happening {
    final String code;
    final Instant at;
    final Optional<String> id;
    final Object source;
    /** The event id as a list (evidence and trigger ids), made once: every finding about it asks. */
    private final List<String> ids;
    private String label;
    /**
     * The first happening of the same code, id and instant (an event recorded twice): the one a requirement's
     * candidates are keyed by. Itself unless set by {@link EpisodeSnapshot} when it lists a code's happenings.
     */
    Happening first = this;
    /** Which candidate search last keyed this happening, and the candidate's place in its list then. */
    int pass;
    int slot;

    Happening(String code, Instant at, Optional<String> id, Object source) {
        this.code = code;
        this.at = at;
        this.id = id;
        this.source = source;
        this.ids = id.isPresent() ? List.of(id.get()) : List.of();
    }

    /** The event id, or the custody mark's code. */
    String key() {
        return id.orElse(code);
    }

    List<String> ids() {
        return ids;
    }

    /** How explanations name it: the event type and id, or the custody mark. */
    String label() {
        // one evaluation, one thread: a benign lazy cache
        if (label == null) {
            label = id.isPresent() ? code + " " + id.get() : code;
        }
        return label;
    }

    String pointer(String field) {
        return id.map(value -> "/events[" + value + "]/" + field).orElse("/" + (code.equals("book-in") ? "bookIn" : "bookOut") + "/" + field);
    }
}
