package gov.cbp.medical.rules.integrity.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import java.util.List;

/** Finds the signs of one kind of integrity check in one episode; stateless. */
public interface Detector {
    /**
     * Finds the signs.
     *
     * @param check the check with its numbers
     * @param episode the episode
     * @param entries the entries of the check's event types seen at the evaluation instant, by time then id
     * @return the signs, in time order
     */
    List<Sign> find(IntegrityCheck check, CustodyEpisode episode, List<Entry> entries);

    /**
     * The detector of a kind.
     *
     * @param check the check
     * @return the detector
     */
    static Detector of(IntegrityCheck check) {
        switch (check.kind()) {
            case LATE_RECORDING:
                return LateRecording.INSTANCE;
            case BURST:
                return Burst.INSTANCE;
            case REGULAR_SPACING:
                return RegularSpacing.INSTANCE;
            case OBSERVER_IN_TWO_PLACES:
                return ObserverInTwoPlaces.INSTANCE;
            default:
                return PersonElsewhere.INSTANCE;
        }
    }
}
