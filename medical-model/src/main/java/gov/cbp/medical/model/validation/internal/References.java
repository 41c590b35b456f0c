package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.SignificantIncidentReport;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.maternal.NewbornRelease;
import gov.cbp.medical.model.medication.MedicationAdministration;
import gov.cbp.medical.model.medication.MedicationReview;
import gov.cbp.medical.model.monitoring.MonitoringCheck;
import gov.cbp.medical.model.monitoring.MonitoringPlacement;
import gov.cbp.medical.model.monitoring.MonitoringRemoval;
import gov.cbp.medical.model.publichealth.IsolationEnd;
import gov.cbp.medical.model.publichealth.IsolationStart;
import java.util.Optional;

/** The references from one event to others of its episode, with the type each must point at. */
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
        switch (event.type()) {
            case MEDICAL_ISSUE:
                optional(visitor, "interviewEventId", ((MedicalIssue) event).interviewEventId(), EventType.HEALTH_INTERVIEW);
                break;
            case NOTIFICATION:
                optional(visitor, "subjectEventId", ((Notification) event).subjectEventId(), null);
                break;
            case EMS_CALL:
                optional(visitor, "issueEventId", ((EmsCall) event).issueEventId(), EventType.MEDICAL_ISSUE);
                break;
            case EMS_ARRIVAL:
                visitor.reference("callEventId", -1, ((EmsArrival) event).callEventId(), EventType.EMS_CALL);
                break;
            case MEDICAL_ASSESSMENT:
                int i = 0;
                for (String reason : ((MedicalAssessment) event).reasonEventIds()) {
                    visitor.reference("reasonEventIds", i++, reason, null);
                }
                break;
            case HOSPITAL_VISIT:
                optional(visitor, "reasonEventId", ((HospitalVisit) event).reasonEventId(), null);
                break;
            case HOSPITAL_DISCHARGE:
                visitor.reference("visitEventId", -1, ((HospitalDischarge) event).visitEventId(), EventType.HOSPITAL_VISIT);
                break;
            case SIGNIFICANT_INCIDENT_REPORT:
                optional(visitor, "subjectEventId", ((SignificantIncidentReport) event).subjectEventId(), null);
                break;
            case MONITORING_PLACEMENT:
                optional(visitor, "assessmentEventId", ((MonitoringPlacement) event).assessmentEventId(),
                        EventType.MEDICAL_ASSESSMENT);
                break;
            case MONITORING_CHECK:
                visitor.reference("placementEventId", -1, ((MonitoringCheck) event).placementEventId(),
                        EventType.MONITORING_PLACEMENT);
                break;
            case MONITORING_REMOVAL:
                visitor.reference("placementEventId", -1, ((MonitoringRemoval) event).placementEventId(),
                        EventType.MONITORING_PLACEMENT);
                break;
            case MEDICATION_REVIEW:
                visitor.reference("medicationEventId", -1, ((MedicationReview) event).medicationEventId(),
                        EventType.MEDICATION_REPORTED);
                break;
            case MEDICATION_ADMINISTRATION:
                visitor.reference("reviewEventId", -1, ((MedicationAdministration) event).reviewEventId(),
                        EventType.MEDICATION_REVIEW);
                break;
            case ISOLATION_START:
                optional(visitor, "reasonEventId", ((IsolationStart) event).reasonEventId(), null);
                break;
            case ISOLATION_END:
                visitor.reference("startEventId", -1, ((IsolationEnd) event).startEventId(), EventType.ISOLATION_START);
                break;
            case EXCEPTION_RECORDED:
                optional(visitor, "triggerEventId", ((ExceptionRecorded) event).triggerEventId(), null);
                break;
            case NEWBORN_RELEASE:
                visitor.reference("birthEventId", -1, ((NewbornRelease) event).birthEventId(), EventType.BIRTH);
                break;
            default:
                break;
        }
    }

    private static void optional(Visitor visitor, String property, Optional<String> target, EventType expected) {
        target.ifPresent(id -> visitor.reference(property, -1, id, expected));
    }
}
