package gov.cbp.medical.rules.integrity.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two entries by the same observer at most the check's window apart that place the observer in different
 * facilities, or in different hold rooms when both name one. The observer's id is compared, never written out.
 */
final class ObserverInTwoPlaces implements Detector {
    static final ObserverInTwoPlaces INSTANCE = new ObserverInTwoPlaces();

    @Override
    public List<Sign> find(IntegrityCheck check, CustodyEpisode episode, List<Entry> entries) {
        Duration window = check.window().orElseThrow();
        // made only for a pair of entries close in time, which few episodes have
        Places places = null;
        Map<String, Entry> last = new HashMap<>();
        List<Sign> signs = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.observer == null) {
                continue;
            }
            Entry previous = last.put(entry.observer, entry);
            if (previous == null || Duration.between(previous.at, entry.at).compareTo(window) > 0) {
                continue;
            }
            if (places == null) {
                places = new Places(episode);
            }
            boolean otherFacility = !places.facilityAt(previous.at).equals(places.facilityAt(entry.at));
            boolean otherRoom = previous.holdRoom != null && entry.holdRoom != null
                    && !Objects.equals(previous.holdRoom, entry.holdRoom);
            if (otherFacility || otherRoom) {
                signs.add(new Sign(List.of(previous.id, entry.id), previous.at, previous.type + " " + previous.id
                        + " and " + entry.type + " " + entry.id + " put one observer in two "
                        + (otherFacility ? "facilities " : "hold rooms ") + Duration.between(previous.at, entry.at)
                        + " apart (at most " + window + ")"));
            }
        }
        return signs;
    }
}
