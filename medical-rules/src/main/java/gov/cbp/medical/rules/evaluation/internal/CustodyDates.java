package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.rules.standard.Standard;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local dates of the first and the last thing the record of one episode shows, in every zone the person was
 * held in (and in the extreme zones where a facility is not known): what decides whether one version of a standard
 * is in force throughout custody. Worked out once per evaluation and shared by every standard. One evaluation, one
 * thread.
 */
final class CustodyDates {
    static final ZoneId EARLIEST = ZoneOffset.ofHours(14);
    static final ZoneId LATEST = ZoneOffset.ofHours(-12);

    /** The first and last local dates, alternating: first in one zone, last in it, then the next zone. */
    final LocalDate[] ends;

    CustodyDates(EpisodeSnapshot facts) {
        List<ZoneId> zones = new ArrayList<>(2);
        for (Optional<Facility> stay : facts.stays()) {
            if (stay.isPresent()) {
                addDistinct(zones, stay.get().timeZone());
            } else {
                addDistinct(zones, EARLIEST);
                addDistinct(zones, LATEST);
            }
        }
        ends = new LocalDate[zones.size() * 2];
        for (int i = 0; i < zones.size(); i++) {
            ends[2 * i] = LocalDate.ofInstant(facts.firstSeen, zones.get(i));
            ends[2 * i + 1] = LocalDate.ofInstant(facts.lastSeen, zones.get(i));
        }
    }

    private static void addDistinct(List<ZoneId> zones, ZoneId zone) {
        if (!zones.contains(zone)) {
            zones.add(zone);
        }
    }

    /** The one version of a standard in force on every one of these dates, or null if it changes or lapses. */
    Standard onlyVersion(StandardVersions standard) {
        Standard only = null;
        for (LocalDate date : ends) {
            Standard version = standard.inForce(date);
            if (version == null || only != null && version != only) {
                return null;
            }
            only = version;
        }
        return only;
    }
}
