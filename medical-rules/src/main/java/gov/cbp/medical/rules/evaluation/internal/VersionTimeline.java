package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.standard.Standard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The versions of one standard over one episode, shared by the standard's requirements: which version is in force
 * at an instant (asked again and again for the same happenings), and where it or the applicability may change.
 * One evaluation, one thread.
 */
final class VersionTimeline {
    private static final ZoneId EARLIEST = ZoneOffset.ofHours(14);
    private static final ZoneId LATEST = ZoneOffset.ofHours(-12);

    private final EpisodeFacts facts;
    private final List<Standard> versions;
    private final Map<Instant, VersionLookup> lookups = new HashMap<>();
    private Instant[] cutPoints;

    VersionTimeline(EpisodeFacts facts, List<Standard> versions) {
        this.facts = facts;
        this.versions = versions;
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

    VersionLookup versionAt(Instant at) {
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
            TreeSet<Instant> points = facts.breakpoints();
            List<ZoneId> zones = facts.zones();
            for (Standard version : versions) {
                List<LocalDate> dates = new ArrayList<>(2);
                dates.add(version.effectiveFrom());
                version.effectiveTo().ifPresent(dates::add);
                for (LocalDate date : dates) {
                    for (ZoneId zone : zones) {
                        points.add(date.atStartOfDay(zone).toInstant());
                    }
                }
            }
            cutPoints = points.toArray(new Instant[0]);
        }
        return cutPoints;
    }
}
