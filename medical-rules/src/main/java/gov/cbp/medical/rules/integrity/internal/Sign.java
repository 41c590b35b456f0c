package gov.cbp.medical.rules.integrity.internal;

import java.time.Instant;
import java.util.List;

/**
 * One sign a detector found: the events involved (in time order), when the first happened, and the explanation
 * after the check id.
 */
public final class Sign {
    private final List<String> eventIds;
    private final Instant at;
    private final String explanation;

    Sign(List<String> eventIds, Instant at, String explanation) {
        this.eventIds = List.copyOf(eventIds);
        this.at = at;
        this.explanation = explanation;
    }

    /** @return the event ids */
    public List<String> eventIds() {
        return eventIds;
    }

    /** @return when the first event happened */
    public Instant at() {
        return at;
    }

    /** @return the explanation, without the check id */
    public String explanation() {
        return explanation;
    }

    static List<String> ids(List<Entry> entries) {
        String[] ids = new String[entries.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = entries.get(i).id;
        }
        return List.of(ids);
    }
}
