package gov.cbp.medical.rules.evaluation.internal;

import java.util.ArrayList;
import java.util.List;

/** The outcome of a three-valued test with the reason it failed, the data it missed and whether an estimated age decided it. */
final class Judgement {
    static final Judgement YES = new Judgement(Tri.YES, null, List.of(), false);

    final Tri value;
    final String reason;
    final List<String> missing;
    final boolean estimatedAge;

    private Judgement(Tri value, String reason, List<String> missing, boolean estimatedAge) {
        this.value = value;
        this.reason = reason;
        this.missing = missing;
        this.estimatedAge = estimatedAge;
    }

    static Judgement no(String reason) {
        return new Judgement(Tri.NO, reason, List.of(), false);
    }

    static Judgement unknown(String... missing) {
        return new Judgement(Tri.UNKNOWN, null, List.of(missing), false);
    }

    Judgement estimated(boolean estimated) {
        return estimated && !estimatedAge ? new Judgement(value, reason, missing, true) : this;
    }

    Judgement and(Judgement other) {
        if (value == Tri.NO) {
            return this;
        }
        if (other.value == Tri.NO) {
            return other;
        }
        // the common case allocates nothing: a plain YES adds neither missing data nor an estimated age
        if (other == YES || other.value == Tri.YES && other.missing.isEmpty() && !other.estimatedAge) {
            return this;
        }
        if (this == YES) {
            return other;
        }
        List<String> all = new ArrayList<>(missing);
        for (String item : other.missing) {
            if (!all.contains(item)) {
                all.add(item);
            }
        }
        return new Judgement(value.and(other.value), null, List.copyOf(all), estimatedAge || other.estimatedAge);
    }
}
