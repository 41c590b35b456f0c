package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.standard.Standard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of one standard over one episode, shared by the standard's requirements: which version is in force
 * at an instant (asked again and again for the same happenings), and where it or the applicability may change.
 * One evaluation, one thread.
 */
final class VersionTimeline {
    private final EpisodeSnapshot facts;
    private final StandardVersions versions;
    /** The lookups outside the run of one version, made on first ask. */
    private Map<Instant, VersionLookup> lookups;
    private Instant[] cutPoints;
    /** The lookup for every instant from the first happening to the last when one version is in force throughout, else null. */
    private final VersionLookup throughout;

    /**
     * A standard's versions over one episode. One version serves everything the record shows if the same version is
     * in force on the local dates of the first happening (book-in, or an earlier observation at the encounter) and
     * of the last (the end of custody, or a later event) in every zone the person was held in, and in the extreme
     * zones if a facility is not known. A version is in force on one run of dates, so the same version at both ends
     * means it holds between.
     */
    VersionTimeline(EpisodeSnapshot facts, StandardVersions versions, CustodyDates dates) {
        this.facts = facts;
        this.versions = versions;
        Standard only = dates.onlyVersion(versions);
        this.throughout = only == null ? null : versions.lookupOf(only);
    }

    /** The version in force at an instant, or {@code unknown} when the facility's zone is not known and the local date matters. */
    static final class VersionLookup {
        final Optional<Standard> standard;
        final boolean unknown;

        VersionLookup(Optional<Standard> standard, boolean unknown) {
            this.standard = standard;
            this.unknown = unknown;
        }

        boolean is(Standard version) {
            return !unknown && standard.isPresent() && (standard.get() == version || standard.get().equals(version));
        }
    }

    /**
     * The one version in force from the first happening to the last, if there is one: no other version can apply
     * to any happening of the episode.
     *
     * @return the version, or null if the version changes or is unknown somewhere in custody
     */
    Standard onlyVersion() {
        return throughout == null ? null : throughout.standard.get();
    }

    VersionLookup versionAt(Instant at) {
        if (throughout != null && !at.isBefore(facts.firstSeen) && !at.isAfter(facts.lastSeen)) {
            return throughout;
        }
        if (lookups == null) {
            lookups = new HashMap<>();
        }
        VersionLookup lookup = lookups.get(at);
        if (lookup == null) {
            lookup = compute(at);
            lookups.put(at, lookup);
        }
        return lookup;
    }

    private VersionLookup compute(Instant at) {
        Optional<ZoneId> zone = facts.zoneAt(at);
        if (zone.isPresent()) {
            return new VersionLookup(inForce(LocalDate.ofInstant(at, zone.get())), false);
        }
        Optional<Standard> early = inForce(LocalDate.ofInstant(at, CustodyDates.EARLIEST));
        Optional<Standard> late = inForce(LocalDate.ofInstant(at, CustodyDates.LATEST));
        return early.equals(late) ? new VersionLookup(early, false) : new VersionLookup(Optional.empty(), true);
    }

    /** As {@code Catalogue.inForce}: the latest version in effect by the date, unless it has ended. */
    private Optional<Standard> inForce(LocalDate date) {
        return Optional.ofNullable(versions.inForce(date));
    }

    /**
     * The instants at which applicability or the version may change: the episode's breakpoints and the version
     * boundaries in the zones of the episode, sorted and distinct.
     */
    Instant[] cutPoints() {
        if (cutPoints == null) {
            List<ZoneId> zones = facts.zones();
            if (zones.size() == 1) {
                cutPoints = merge(facts.breakpoints(), versions.boundaries(zones.get(0)));
            } else {
                List<Instant> boundaries = new ArrayList<>();
                for (ZoneId zone : zones) {
                    boundaries.addAll(Arrays.asList(versions.boundaries(zone)));
                }
                boundaries.sort(null);
                cutPoints = merge(facts.breakpoints(), boundaries.toArray(new Instant[0]));
            }
        }
        return cutPoints;
    }

    /** The union of two sorted lists of instants, sorted and distinct (a merge: both are already in order). */
    private static Instant[] merge(Instant[] sorted, Instant[] others) {
        Instant[] result = new Instant[sorted.length + others.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < sorted.length || j < others.length) {
            Instant next;
            if (j >= others.length || i < sorted.length && sorted[i].compareTo(others[j]) <= 0) {
                next = sorted[i++];
            } else {
                next = others[j++];
            }
            if (n == 0 || !result[n - 1].equals(next)) {
                result[n++] = next;
            }
        }
        return n == result.length ? result : Arrays.copyOf(result, n);
    }
}
