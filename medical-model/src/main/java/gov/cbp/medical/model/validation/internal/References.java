package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;

/**
 * The references from one event to others of its episode, with the type each must point at: the accessors
 * marked {@link gov.cbp.medical.model.event.EventReference}, read by the generated {@code EventReferences}.
 */
final class References {
    /** Receives one reference. */
    interface Visitor {
        /**
         * One reference.
         *
         * @param property the property holding it
         * @param index the index within a list property, or -1
         * @param target the referenced event id
         * @param expected the type the target must have, or null for any
         */
        void reference(String property, int index, String target, EventType expected);
    }

    private References() {}

    static void visit(MedicalEvent event, Visitor visitor) {
        EventReferences.visit(event, visitor);
    }
}
