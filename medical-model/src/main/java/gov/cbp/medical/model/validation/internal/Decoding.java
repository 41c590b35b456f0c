package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.validation.Severity;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The state of decoding one payload: its problems, and where in the source array each bound event came
 * from (so that cross-field problems point at the event as the sender wrote it, even when invalid events
 * before it were left out).
 */
final class Decoding {
    private final ProblemCollector problems;
    private final Map<MedicalEvent, Integer> sourceIndex = new IdentityHashMap<>();
    private boolean shifted;
    private int bound;

    Decoding(ProblemCollector problems) {
        this.problems = problems;
    }

    void add(Severity severity, String code, String pointer, String... arguments) {
        problems.add(severity, code, pointer, arguments);
    }

    void eventRead(MedicalEvent event, int index) {
        if (index != bound) {
            shifted = true;
        }
        bound++;
        sourceIndex.put(event, index);
    }

    /** The index in the source array of the event at a position of the bound list. */
    int sourceIndex(MedicalEvent event, int boundIndex) {
        if (!shifted) {
            return boundIndex;
        }
        Integer index = sourceIndex.get(event);
        return index == null ? boundIndex : index;
    }
}
