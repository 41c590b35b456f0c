package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.standard.Standard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versions of one standard, compiled once per evaluator: which version is in force on a local date, and the
 * instants at which versions begin and end in a zone (worked out once per zone, not once per episode). Immutable
 * apart from the per-zone cache, which is thread-safe and bounded; shared by every evaluation.
 */
final class StandardVersions {
    /** More distinct zones than any catalogue of facilities uses: beyond this, boundaries are worked out each time. */
    private static final int MAX_CACHED_ZONES = 64;

    /** Every version, by effective date. */
    final List<Standard> versions;
    private final LocalDate[] from;
    /** Each version's end (exclusive), or null if open-ended. */
    private final LocalDate[] to;
    /** Each version as a definite lookup result, made once. */
    private final VersionTimeline.VersionLookup[] lookups;
    private final ConcurrentHashMap<ZoneId, Instant[]> boundaries = new ConcurrentHashMap<>();

    StandardVersions(List<Standard> versions) {
        this.versions = List.copyOf(versions);
        this.from = new LocalDate[versions.size()];
        this.to = new LocalDate[versions.size()];
        this.lookups = new VersionTimeline.VersionLookup[versions.size()];
        for (int i = 0; i < versions.size(); i++) {
            lookups[i] = new VersionTimeline.VersionLookup(Optional.of(versions.get(i)), false);
            from[i] = versions.get(i).effectiveFrom();
            to[i] = versions.get(i).effectiveTo().orElse(null);
        }
    }

    /**
     * As {@code Catalogue.inForce}: the latest version in effect by the date, unless it has ended.
     *
     * @return the version, or null if none is in force
     */
    Standard inForce(LocalDate date) {
        int candidate = -1;
        for (int i = 0; i < from.length; i++) {
            if (!from[i].isAfter(date)) {
                candidate = i;
            }
        }
        if (candidate < 0 || to[candidate] != null && !date.isBefore(to[candidate])) {
            return null;
        }
        return versions.get(candidate);
    }

    /** A version of this standard as a definite lookup result. */
    VersionTimeline.VersionLookup lookupOf(Standard version) {
        for (int i = 0; i < lookups.length; i++) {
            if (versions.get(i) == version) {
                return lookups[i];
            }
        }
        return new VersionTimeline.VersionLookup(Optional.of(version), false);
    }

    /** The instants at which a version begins or ends in a zone, sorted (not distinct); not to be modified. */
    Instant[] boundaries(ZoneId zone) {
        Instant[] cached = boundaries.get(zone);
        if (cached == null) {
            cached = computeBoundaries(zone);
            if (boundaries.size() < MAX_CACHED_ZONES) {
                boundaries.putIfAbsent(zone, cached);
            }
        }
        return cached;
    }

    private Instant[] computeBoundaries(ZoneId zone) {
        List<Instant> result = new ArrayList<>(from.length * 2);
        for (int i = 0; i < from.length; i++) {
            result.add(from[i].atStartOfDay(zone).toInstant());
            if (to[i] != null) {
                result.add(to[i].atStartOfDay(zone).toInstant());
            }
        }
        result.sort(null);
        return result.toArray(new Instant[0]);
    }
}
