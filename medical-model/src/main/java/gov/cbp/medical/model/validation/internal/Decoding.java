package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The state of decoding one payload: its problems, and where in the source array each bound event came
 * from (so that cross-field problems point at the event as the sender wrote it, even when invalid events
 * before it were left out).
 */
final class Decoding {
    private final ProblemCollector problems;
    private int[] sourceIndexes = new int[16];
    private int bound;
    /**
     * Lists other than the events from which elements were dropped: the source pointer of the list to the
     * source index of each bound element. Null until an element is dropped: the common case costs nothing.
     */
    private Map<String, int[]> dropped;
    /** The events not bound, by type code; null while none. */
    private Map<String, Integer> unread;

    Decoding(ProblemCollector problems) {
        this.problems = problems;
    }

    void add(Severity severity, String code, String pointer, String... arguments) {
        problems.add(severity, code, pointer, arguments);
    }

    /** Records that the next bound event came from a position of the source array. */
    void eventRead(int sourceIndex) {
        if (bound == sourceIndexes.length) {
            sourceIndexes = Arrays.copyOf(sourceIndexes, bound * 2);
        }
        sourceIndexes[bound++] = sourceIndex;
    }

    /**
     * Records that some elements of a list were not bound.
     *
     * @param listPointer the source pointer of the list
     * @param kept the source index of each bound element, in order
     */
    void listRead(String listPointer, int[] kept) {
        if (dropped == null) {
            dropped = new HashMap<>();
        }
        dropped.put(listPointer, kept);
    }

    /**
     * The source pointer of a pointer into the bound value: each index into a list from which elements were
     * dropped is replaced by the element's index in the input. The event index must be a source index already.
     */
    String sourcePointer(String boundPointer) {
        if (dropped == null || boundPointer.isEmpty()) {
            return boundPointer;
        }
        StringBuilder out = new StringBuilder(boundPointer.length() + 4);
        int start = 1;
        while (start <= boundPointer.length()) {
            int end = boundPointer.indexOf('/', start);
            if (end < 0) {
                end = boundPointer.length();
            }
            String segment = boundPointer.substring(start, end);
            int[] kept = dropped.get(out.toString());
            if (kept != null && !segment.isEmpty() && segment.chars().allMatch(Character::isDigit) && segment.length() < 10
                    && Integer.parseInt(segment) < kept.length) {
                segment = Integer.toString(kept[Integer.parseInt(segment)]);
            }
            out.append('/').append(segment);
            start = end + 1;
        }
        return out.toString();
    }

    /** Counts an event of the input that was not bound. */
    void eventUnread(String typeCode) {
        if (unread == null) {
            unread = new java.util.TreeMap<>();
        }
        unread.merge(typeCode, 1, Integer::sum);
    }

    /** The events not bound, by type code, sorted; empty if none. */
    Map<String, Integer> unreadEvents() {
        return unread == null ? Map.of() : unread;
    }

    /** The index in the source array of the event at a position of the bound list. */
    int sourceIndex(int boundIndex) {
        return boundIndex < bound ? sourceIndexes[boundIndex] : boundIndex;
    }
}
