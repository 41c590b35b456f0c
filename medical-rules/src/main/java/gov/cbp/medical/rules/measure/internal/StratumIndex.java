package gov.cbp.medical.rules.measure.internal;

import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.Stratifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small numbers for stratum keys, shared by every measure of one accumulator: each distinct stratifier (the
 * set's common ones are every measure's) is a slot, and each key met in a slot a number, so a measure's strata
 * are arrays. A member's key in a slot depends only on its episode and its anchor span, so it is worked out
 * and numbered once per span and slot, not once per measure. The numbers are this index's own: tallies of
 * other accumulators are merged by key.
 *
 * <p>Not thread-safe: one per accumulator.
 */
public final class StratumIndex {
    private final Map<Stratifier, Integer> slotsByStratifier = new HashMap<>();
    private final List<Stratifier> stratifiers = new ArrayList<>();
    private final List<Map<Object, Integer>> numbers = new ArrayList<>();
    private final List<List<Object>> keys = new ArrayList<>();

    /**
     * The slot of a stratifier, made on first use; equal stratifiers share one.
     *
     * @param stratifier the stratifier
     * @return the slot
     */
    int slot(Stratifier stratifier) {
        Integer slot = slotsByStratifier.get(stratifier);
        if (slot == null) {
            slot = stratifiers.size();
            slotsByStratifier.put(stratifier, slot);
            stratifiers.add(stratifier);
            numbers.add(new HashMap<>());
            keys.add(new ArrayList<>());
        }
        return slot;
    }

    /**
     * The number of a member's key in a slot.
     *
     * @param slot the slot
     * @param facts the member's episode
     * @param member the member finding, or null for the episode
     * @param span the member's anchor span in these facts
     * @return the number
     */
    int number(int slot, EpisodeMeasureFacts facts, Finding member, AnchorSpan span) {
        if (span.indexedBy != this) {
            span.indexedBy = this;
            span.strata = null;
        }
        int[] strata = span.strata;
        if (strata == null || slot >= strata.length) {
            int from = strata == null ? 0 : strata.length;
            strata = strata == null ? new int[stratifiers.size()] : Arrays.copyOf(strata, stratifiers.size());
            Arrays.fill(strata, from, strata.length, -1);
            span.strata = strata;
        }
        int number = strata[slot];
        if (number < 0) {
            number = number(slot, CompiledMeasure.stratumKey(stratifiers.get(slot), facts, member));
            strata[slot] = number;
        }
        return number;
    }

    /**
     * The number of a key in a slot, made on first use.
     *
     * @param slot the slot
     * @param key the key: a value, or a list of values
     * @return the number
     */
    int number(int slot, Object key) {
        Integer number = numbers.get(slot).get(key);
        if (number == null) {
            List<Object> slotKeys = keys.get(slot);
            number = slotKeys.size();
            slotKeys.add(key);
            numbers.get(slot).put(key, number);
        }
        return number;
    }

    /**
     * The key of a number.
     *
     * @param slot the slot
     * @param number the number
     * @return the key
     */
    Object key(int slot, int number) {
        return keys.get(slot).get(number);
    }
}
