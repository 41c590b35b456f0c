package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.validation.Severity;
import java.util.Arrays;

/**
 * The state of decoding one payload: its problems, and where in the source array each bound event came
 * from (so that cross-field problems point at the event as the sender wrote it, even when invalid events
 * before it were left out).
 */
final class Decoding {
    private final ProblemCollector problems;
    private int[] sourceIndexes = new int[16];
    private int bound;

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

    /** The index in the source array of the event at a position of the bound list. */
    int sourceIndex(int boundIndex) {
        return boundIndex < bound ? sourceIndexes[boundIndex] : boundIndex;
    }
}
