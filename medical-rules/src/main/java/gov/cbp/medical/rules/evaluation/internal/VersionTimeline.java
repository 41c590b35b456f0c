package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    private static final ZoneId EARLIEST = ZoneOffset.ofHours(14);
    private static final ZoneId LATEST = ZoneOffset.ofHours(-12);

    private final EpisodeSnapshot facts;
    private final List<Standard> versions;
    private final Map<Instant, VersionLookup> lookups = new HashMap<>();
    private Instant[] cutPoints;
    /** The lookup for every instant from the first happening to the last when one version is in force throughout, else null. */
    private final VersionLookup throughout;

    VersionTimeline(EpisodeSnapshot facts, List<Standard> versions) {
        this.facts = facts;
        this.versions = versions;
        this.throughout = throughout();
    }

    /**
     * One version for everything the record shows, if the same version is in force on the local dates of the first
     * happening (book-in, or an earlier observation at the encounter) and of the last (the end of custody, or a
     * later event) in every zone the person was held in, and in the extreme zones if a facility is not known.
     * A version is in force on one run of dates, so the same version at both ends means it holds between.
     */
    private VersionLookup throughout() {
        List<ZoneId> zones = new ArrayList<>(2);
        for (Optional<Facility> stay : facts.stays()) {
            ZoneId zone = stay.isPresent() ? stay.get().timeZone() : null;
            if (zone == null) {
                addDistinct(zones, EARLIEST);
                addDistinct(zones, LATEST);
            } else {
                addDistinct(zones, zone);
            }
        }
        Standard only = null;
        for (ZoneId zone : zones) {
            for (Instant at : new Instant[] {facts.firstSeen, facts.lastSeen}) {
                Optional<Standard> version = inForce(LocalDate.ofInstant(at, zone));
                if (version.isEmpty() || only != null && version.get() != only) {
                    return null;
                }
                only = version.get();
            }
        }
        return only == null ? null : new VersionLookup(Optional.of(only), false);
    }

    private static void addDistinct(List<ZoneId> zones, ZoneId zone) {
        if (!zones.contains(zone)) {
            zones.add(zone);
        }
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
        Optional<Standard> early = inForce(LocalDate.ofInstant(at, EARLIEST));
        Optional<Standard> late = inForce(LocalDate.ofInstant(at, LATEST));
        return early.equals(late) ? new VersionLookup(early, false) : new VersionLookup(Optional.empty(), true);
    }

    /** As {@code Catalogue.inForce}: the latest version in effect by the date, unless it has ended. */
    private Optional<Standard> inForce(LocalDate date) {
        Standard candidate = null;
        for (Standard standard : versions) {
            if (!standard.effectiveFrom().isAfter(date)) {
                candidate = standard;
            }
        }
        if (candidate == null || candidate.effectiveTo().map(to -> !date.isBefore(to)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /**
     * The instants at which applicability or the version may change: the episode's breakpoints and the version
     * boundaries in the zones of the episode, sorted and distinct.
     */
    Instant[] cutPoints() {
        if (cutPoints == null) {
            List<Instant> boundaries = new ArrayList<>();
            List<ZoneId> zones = facts.zones();
            for (Standard version : versions) {
                for (ZoneId zone : zones) {
                    boundaries.add(version.effectiveFrom().atStartOfDay(zone).toInstant());
                    if (version.effectiveTo().isPresent()) {
                        boundaries.add(version.effectiveTo().get().atStartOfDay(zone).toInstant());
                    }
                }
            }
            boundaries.sort(null);
            cutPoints = merge(facts.breakpoints(), boundaries);
        }
        return cutPoints;
    }

    /** The union of two sorted lists of instants, sorted and distinct (a merge: both are already in order). */
    private static Instant[] merge(Instant[] sorted, List<Instant> others) {
        Instant[] result = new Instant[sorted.length + others.size()];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < sorted.length || j < others.size()) {
            Instant next;
            if (j >= others.size() || i < sorted.length && sorted[i].compareTo(others.get(j)) <= 0) {
                next = sorted[i++];
            } else {
                next = others.get(j++);
            }
            if (n == 0 || !result[n - 1].equals(next)) {
                result[n++] = next;
            }
        }
        return n == result.length ? result : Arrays.copyOf(result, n);
    }
}
