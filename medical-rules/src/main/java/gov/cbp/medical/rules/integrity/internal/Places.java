package gov.cbp.medical.rules.integrity.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the episode's record puts the person: the facility at each instant (book-in, then each transfer), and
 * the facilities at which each hold room code is named (book-in, transfers, hold-room placements).
 */
final class Places {
    /** Up to this many namings of a room are searched in a list; beyond, a map of rooms to facilities is made. */
    private static final int LISTED = 32;

    private final List<Instant> transferTimes = new ArrayList<>();
    private final List<String> transferTargets = new ArrayList<>();
    private final String bookInFacility;
    /** Each naming of a room, with the facility it was named at, in record order. */
    private final List<String> rooms = new ArrayList<>();
    private final List<String> roomFacilities = new ArrayList<>();
    private Map<String, Set<String>> facilitiesOfRoom;

    Places(CustodyEpisode episode) {
        bookInFacility = episode.bookIn().facilityId();
        episode.bookIn().holdRoom().ifPresent(room -> room(room, bookInFacility));
        for (MedicalEvent event : episode.timeline()) {
            // type codes before instanceof: an interface test costs more than an enum compare
            EventType type = event.type();
            if (type == EventType.TRANSFER && event instanceof Transfer) {
                Transfer transfer = (Transfer) event;
                transferTimes.add(transfer.at());
                transferTargets.add(transfer.toFacilityId());
                transfer.holdRoom().ifPresent(room -> room(room, transfer.toFacilityId()));
            } else if (type == EventType.HOLD_ROOM_PLACEMENT && event instanceof HoldRoomPlacement) {
                HoldRoomPlacement placement = (HoldRoomPlacement) event;
                room(placement.holdRoom(), placement.facilityId());
            }
        }
        if (rooms.size() > LISTED) {
            facilitiesOfRoom = new HashMap<>();
            for (int i = 0; i < rooms.size(); i++) {
                facilitiesOfRoom.computeIfAbsent(rooms.get(i), k -> new HashSet<>()).add(roomFacilities.get(i));
            }
        }
    }

    private void room(String room, String facility) {
        rooms.add(room);
        roomFacilities.add(facility);
    }

    /** The facility holding the person at an instant: book-in's, then each transfer's target from its time. */
    String facilityAt(Instant at) {
        String current = bookInFacility;
        for (int i = 0; i < transferTimes.size() && !transferTimes.get(i).isAfter(at); i++) {
            current = transferTargets.get(i);
        }
        return current;
    }

    /**
     * Whether the record names a hold room only at facilities other than the one given.
     *
     * @param room the hold room code, may be null
     * @param facility the facility
     * @return true if the room is known and known only elsewhere
     */
    boolean isRoomElsewhere(String room, String facility) {
        if (room == null) {
            return false;
        }
        if (facilitiesOfRoom != null) {
            Set<String> facilities = facilitiesOfRoom.get(room);
            return facilities != null && !facilities.contains(facility);
        }
        boolean known = false;
        for (int i = 0; i < rooms.size(); i++) {
            if (rooms.get(i).equals(room)) {
                if (roomFacilities.get(i).equals(facility)) {
                    return false;
                }
                known = true;
            }
        }
        return known;
    }
}
