package gov.cbp.medical.model.validation.internal;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Time-zone lookup that answers null instead of throwing. */
final class Zones {
    private Zones() {}

    /** The zone with an id, or null if there is none. */
    static ZoneId of(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
