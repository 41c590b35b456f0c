package gov.cbp.medical.rules.integrity.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * At least the check's number of entries recorded within its window whose own times span at least its spread.
 * Entries are taken in the order of recording; each burst is the longest stretch within the window from its first
 * entry, and the next burst starts after it, so no entry is in two bursts.
 */
final class Burst implements Detector {
    static final Burst INSTANCE = new Burst();
    private static final Comparator<Entry> BY_RECORDING = Comparator.comparing((Entry e) -> e.recordedAt)
            .thenComparing(e -> e.at).thenComparing(e -> e.id);

    @Override
    public List<Sign> find(IntegrityCheck check, CustodyEpisode episode, List<Entry> entries) {
        Duration window = check.window().orElseThrow();
        int minEvents = check.minEvents().orElseThrow();
        Duration minSpread = check.minSpread().orElseThrow();
        List<Entry> recorded = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.recordedAt != null && !check.exemptSystems().contains(entry.system)) {
                recorded.add(entry);
            }
        }
        recorded.sort(BY_RECORDING);
        List<Sign> signs = new ArrayList<>();
        int i = 0;
        while (i < recorded.size()) {
            Instant limit = recorded.get(i).recordedAt.plus(window);
            int j = i;
            while (j + 1 < recorded.size() && !recorded.get(j + 1).recordedAt.isAfter(limit)) {
                j++;
            }
            int count = j - i + 1;
            if (count >= minEvents) {
                List<Entry> burst = new ArrayList<>(recorded.subList(i, j + 1));
                burst.sort(Comparator.comparing((Entry e) -> e.at).thenComparing(e -> e.id));
                Instant first = burst.get(0).at;
                Duration spread = Duration.between(first, burst.get(burst.size() - 1).at);
                if (spread.compareTo(minSpread) >= 0) {
                    Duration span = Duration.between(recorded.get(i).recordedAt, recorded.get(j).recordedAt);
                    signs.add(new Sign(Sign.ids(burst), first, count + " entries recorded within " + span
                            + " for times spread over " + spread + " (at least " + minEvents + " within " + window
                            + " for " + minSpread + ")"));
                    i = j + 1;
                    continue;
                }
            }
            i++;
        }
        signs.sort(Comparator.comparing(Sign::at));
        return signs;
    }
}
