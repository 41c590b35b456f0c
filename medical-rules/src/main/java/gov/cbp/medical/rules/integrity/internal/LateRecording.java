package gov.cbp.medical.rules.integrity.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An entry recorded more than the check's maximum delay after its event; exactly the maximum is not late. */
final class LateRecording implements Detector {
    static final LateRecording INSTANCE = new LateRecording();

    @Override
    public List<Sign> find(IntegrityCheck check, CustodyEpisode episode, List<Entry> entries) {
        Duration max = check.maxDelay().orElseThrow();
        List<Sign> signs = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.recordedAt == null || check.exemptSystems().contains(entry.system)) {
                continue;
            }
            Duration delay = Duration.between(entry.at, entry.recordedAt);
            if (delay.compareTo(max) > 0) {
                signs.add(new Sign(List.of(entry.id), entry.at, entry.type + " " + entry.id + " recorded " + delay
                        + " after it happened, more than " + max));
            }
        }
        return signs;
    }
}
