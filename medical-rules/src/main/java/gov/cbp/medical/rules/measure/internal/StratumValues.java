package gov.cbp.medical.rules.measure.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stratum values shared by the episodes of one run: the values of a (facility, local date, surge level)
 * anchor and the age bands are made once, so every episode uses the same strings, whose hash codes are
 * cached and which the strata maps compare by identity first. Grows with the number of distinct anchors (as
 * the strata themselves do), never with the number of episodes.
 *
 * <p>Not thread-safe: one per accumulator (or per explanation).
 */
public final class StratumValues {
    /** Ages at or above this are banded without the cache. */
    private static final int MAX_CACHED_AGE = 150;
    private final Map<List<Object>, String[]> anchors = new HashMap<>();
    private final Map<List<Integer>, String[]> ageBands = new IdentityHashMap<>();

    String[] anchor(List<Object> key, Function<List<Object>, String[]> values) {
        String[] found = anchors.get(key);
        if (found == null) {
            found = values.apply(key);
            anchors.put(key, found);
        }
        return found;
    }

    String ageBand(List<Integer> bands, int years) {
        if (years < 0 || years >= MAX_CACHED_AGE) {
            return EpisodeMeasureFacts.ageBand(bands, years);
        }
        String[] byYears = ageBands.get(bands);
        if (byYears == null) {
            byYears = new String[MAX_CACHED_AGE];
            ageBands.put(bands, byYears);
        }
        String band = byYears[years];
        if (band == null) {
            band = EpisodeMeasureFacts.ageBand(bands, years);
            byYears[years] = band;
        }
        return band;
    }
}
