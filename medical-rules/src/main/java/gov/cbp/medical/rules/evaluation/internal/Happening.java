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

    Happening(String code, Instant at, Optional<String> id, Object source) {
        this.code = code;
        this.at = at;
        this.id = id;
        this.source = source;
    }

    /** The event id, or the custody mark's code. */
    String key() {
        return id.orElse(code);
    }

    List<String> ids() {
        return id.map(List::of).orElse(List.of());
    }

    /** How explanations name it: the event type and id, or the custody mark. */
    String label() {
        return id.map(value -> code + " " + value).orElse(code);
    }

    String pointer(String field) {
        return id.map(value -> "/events[" + value + "]/" + field).orElse("/" + (code.equals("book-in") ? "bookIn" : "bookOut") + "/" + field);
    }
}
