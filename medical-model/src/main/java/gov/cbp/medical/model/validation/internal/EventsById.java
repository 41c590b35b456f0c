package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.event.MedicalEvent;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The events of one episode by id: the first event of each id, and whether the id was used again. An
 * open-addressing table of two arrays, since the consistency checks index every event of every payload and a
 * hash map costs a node per event.
 */
final class EventsById {
    private final String[] ids;
    private final MedicalEvent[] events;
    /** Per slot: whether a later event has the same id; made at the first duplicate. */
    private boolean[] repeated;

    /**
     * Indexes the events, reporting each whose id an earlier one has.
     *
     * @param list the events, in order
     * @param duplicate receives the index of each event whose id is already taken
     */
    EventsById(List<MedicalEvent> list, IntConsumer duplicate) {
        int capacity = Integer.highestOneBit(Math.max(4, list.size() * 2 - 1)) << 1;
        ids = new String[capacity];
        events = new MedicalEvent[capacity];
        for (int i = 0; i < list.size(); i++) {
            MedicalEvent event = list.get(i);
            int slot = slot(event.id());
            if (ids[slot] == null) {
                ids[slot] = event.id();
                events[slot] = event;
            } else {
                if (repeated == null) {
                    repeated = new boolean[capacity];
                }
                repeated[slot] = true;
                duplicate.accept(i);
            }
        }
    }

    /** The first event of an id, or null. */
    MedicalEvent get(String id) {
        return events[slot(id)];
    }

    /** Whether more than one event has the id. */
    boolean isRepeated(String id) {
        return repeated != null && repeated[slot(id)];
    }

    /** The slot of an id: its own if present, else the empty one where it would go. */
    private int slot(String id) {
        int mask = ids.length - 1;
        int h = id.hashCode();
        int slot = (h ^ h >>> 16) & mask;
        while (ids[slot] != null && !ids[slot].equals(id)) {
            slot = slot + 1 & mask;
        }
        return slot;
    }
}
