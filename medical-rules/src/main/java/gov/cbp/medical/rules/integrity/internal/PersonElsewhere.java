package gov.cbp.medical.rules.integrity.internal;

import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A check recorded while the record puts the person elsewhere: more than the check's window (the grace for
 * clocks) before book-in or after book-out; naming a hold room strictly inside a hospital stay (a visit to its
 * discharge, each end moved inward by the grace: a check without a room may be the hospital watch's); or in a hold room the record names only at facilities other than the one holding
 * the person then (after a transfer, or at another facility).
 */
final class PersonElsewhere implements Detector {
    static final PersonElsewhere INSTANCE = new PersonElsewhere();

    @Override
    public List<Sign> find(IntegrityCheck check, CustodyEpisode episode, List<Entry> entries) {
        Duration grace = check.window().orElseThrow();
        Instant earliest = episode.bookIn().at().minus(grace);
        Instant latest = episode.bookOut().map(out -> out.at().plus(grace)).orElse(null);
        // the places and hospital stays matter only to entries that name a hold room: worked out at the first
        Places places = null;
        List<Instant[]> stays = null;
        List<Sign> signs = List.of();
        for (Entry entry : entries) {
            String where = null;
            if (entry.at.isBefore(earliest)) {
                where = "before book-in";
            } else if (latest != null && entry.at.isAfter(latest)) {
                where = "after book-out";
            } else if (entry.holdRoom != null) {
                if (places == null) {
                    places = new Places(episode);
                    stays = hospitalStays(episode, grace);
                }
                if (inside(stays, entry.at)) {
                    where = "during a hospital stay";
                } else if (places.isRoomElsewhere(entry.holdRoom, places.facilityAt(entry.at))) {
                    where = "in a hold room of a facility not holding the person then";
                }
            }
            if (where != null) {
                if (signs.isEmpty()) {
                    signs = new ArrayList<>();
                }
                signs.add(new Sign(List.of(entry.id), entry.at, entry.type + " " + entry.id + " recorded " + where));
            }
        }
        return signs;
    }

    private static List<Instant[]> hospitalStays(CustodyEpisode episode, Duration grace) {
        List<Instant[]> stays = new ArrayList<>();
        for (HospitalDischarge discharge : episode.eventsOf(HospitalDischarge.class)) {
            episode.event(discharge.visitEventId()).filter(HospitalVisit.class::isInstance).ifPresent(visit -> {
                Instant from = visit.at().plus(grace);
                Instant to = discharge.at().minus(grace);
                if (from.isBefore(to)) {
                    stays.add(new Instant[] {from, to});
                }
            });
        }
        return stays;
    }

    private static boolean inside(List<Instant[]> stays, Instant at) {
        for (Instant[] stay : stays) {
            if (at.isAfter(stay[0]) && at.isBefore(stay[1])) {
                return true;
            }
        }
        return false;
    }
}
