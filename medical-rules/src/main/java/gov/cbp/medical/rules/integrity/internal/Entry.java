package gov.cbp.medical.rules.integrity.internal;

import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.monitoring.MonitoringCheck;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import java.time.Instant;

/**
 * What the detectors read of one event: its id and type, when it happened and was recorded, in which system, by
 * which observer and in which hold room. The observer id is compared, never written out.
 */
public final class Entry {
    final String id;
    final String type;
    final Instant at;
    /** When recorded, or null if not stated. */
    final Instant recordedAt;
    /** The system of record, or null if not stated. */
    final RecordSystem system;
    /** The observer (check events), else whoever recorded it; null if neither is stated. */
    final String observer;
    /** The hold room named by the event, or null. */
    final String holdRoom;

    private Entry(MedicalEvent event) {
        this.id = event.id();
        this.type = event.type().code();
        this.at = event.at();
        Provenance provenance = event.provenance().orElse(null);
        this.recordedAt = provenance == null ? null : provenance.recordedAt().orElse(null);
        this.system = provenance == null ? null : provenance.system().orElse(null);
        String by = provenance == null ? null : provenance.recordedBy().orElse(null);
        if (event instanceof WelfareCheck) {
            WelfareCheck check = (WelfareCheck) event;
            this.observer = check.observerId().orElse(by);
            this.holdRoom = check.holdRoom().orElse(null);
        } else if (event instanceof MonitoringCheck) {
            this.observer = ((MonitoringCheck) event).observerId().orElse(by);
            this.holdRoom = null;
        } else {
            this.observer = by;
            this.holdRoom = null;
        }
    }

    /**
     * The entry of an event.
     *
     * @param event the event
     * @return the entry
     */
    public static Entry of(MedicalEvent event) {
        return new Entry(event);
    }

    /** @return the event id */
    public String id() {
        return id;
    }

    /** @return the event type code */
    public String type() {
        return type;
    }

    /** @return when the event happened */
    public Instant at() {
        return at;
    }
}
