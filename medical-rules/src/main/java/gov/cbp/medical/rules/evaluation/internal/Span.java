package gov.cbp.medical.rules.evaluation.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * A stretch of time, both ends inclusive, with the event that opened it (if any) and whether it runs on to the
 * evaluation instant (open) or was ended by something recorded (closed).
 */
final class Span {
    final Instant start;
    final Instant end;
    final Optional<String> anchorId;
    final boolean open;

    Span(Instant start, Instant end, Optional<String> anchorId, boolean open) {
        this.start = start;
        this.end = end;
        this.anchorId = anchorId;
        this.open = open;
    }
}
