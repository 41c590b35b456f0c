package gov.cbp.medical.rules.integrity.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of at least the check's number of consecutive spacings (between checks of one event type, in time order)
 * whose largest and smallest differ by at most its tolerance. The statistic is the range of the spacings, so one
 * irregular entry ends a run; each run is the longest from its first spacing, and the next starts at its last
 * check.
 */
final class RegularSpacing implements Detector {
    static final RegularSpacing INSTANCE = new RegularSpacing();

    @Override
    public List<Sign> find(IntegrityCheck check, CustodyEpisode episode, List<Entry> entries) {
        long tolerance = check.spacingTolerance().orElseThrow().toMillis();
        int minRun = check.minRun().orElseThrow();
        List<Sign> signs = new ArrayList<>();
        for (String type : check.events()) {
            List<Entry> series = new ArrayList<>();
            for (Entry entry : entries) {
                if (entry.type.equals(type)) {
                    series.add(entry);
                }
            }
            find(series, tolerance, minRun, signs);
        }
        signs.sort(java.util.Comparator.comparing(Sign::at));
        return signs;
    }

    private static void find(List<Entry> series, long tolerance, int minRun, List<Sign> signs) {
        int n = series.size() - 1;
        long[] spacing = new long[Math.max(n, 0)];
        for (int k = 0; k < n; k++) {
            spacing[k] = series.get(k + 1).at.toEpochMilli() - series.get(k).at.toEpochMilli();
        }
        int i = 0;
        while (i < n) {
            long min = spacing[i];
            long max = spacing[i];
            int j = i;
            while (j + 1 < n) {
                long next = spacing[j + 1];
                long lo = Math.min(min, next);
                long hi = Math.max(max, next);
                if (hi - lo > tolerance) {
                    break;
                }
                min = lo;
                max = hi;
                j++;
            }
            int run = j - i + 1;
            if (run >= minRun) {
                List<Entry> checks = series.subList(i, j + 2);
                signs.add(new Sign(Sign.ids(checks), checks.get(0).at, checks.size() + " " + checks.get(0).type
                        + "s in a row spaced " + java.time.Duration.ofMillis(min) + " to " + java.time.Duration.ofMillis(max)
                        + " apart (" + run + " spacings within " + java.time.Duration.ofMillis(tolerance)
                        + "; a run of " + minRun + " is implausible)"));
                i = j + 1;
            } else {
                i++;
            }
        }
    }
}
