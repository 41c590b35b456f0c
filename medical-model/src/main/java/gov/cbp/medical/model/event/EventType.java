package gov.cbp.medical.model.event;

import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.SignificantIncidentReport;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.HoldRoomAbsence;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.ProvisionOffered;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.model.intake.EncounterObservation;
import gov.cbp.medical.model.intake.HealthInterview;
import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.maternal.NewbornRelease;
import gov.cbp.medical.model.maternal.PregnancyIdentified;
import gov.cbp.medical.model.medication.MedicationAdministration;
import gov.cbp.medical.model.medication.MedicationReported;
import gov.cbp.medical.model.medication.MedicationReview;
import gov.cbp.medical.model.monitoring.MonitoringCheck;
import gov.cbp.medical.model.monitoring.MonitoringPlacement;
import gov.cbp.medical.model.monitoring.MonitoringRemoval;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.IsolationEnd;
import gov.cbp.medical.model.publichealth.IsolationStart;
import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * The type of a {@link MedicalEvent}; its code is the event's {@code "type"} in JSON.
 *
 * <p>The one registration of an event type: each constant names the interface of its events
 * ({@link #eventClass()}), and the build derives the rest from that interface (the JSON registration, the
 * payload decoder's shape, the reference checks, the schema and its descriptions, the {@link #fields()} a
 * standard may reference). A switch over this enum without a {@code default} makes the compiler find every
 * place that handles a type. The model's annotation processor fails the build when a constant has no
 * interface of the same name ({@code HOLD_ROOM_PLACEMENT}: {@code HoldRoomPlacement}) or an event interface no
 * constant.
 */
public enum EventType implements Coded {
    /** {@link HoldRoomPlacement}. */
    HOLD_ROOM_PLACEMENT("hold-room-placement", HoldRoomPlacement.class),
    /** {@link Transfer}. */
    TRANSFER("transfer", Transfer.class),
    /** {@link MinorClaim}. */
    MINOR_CLAIM("minor-claim", MinorClaim.class),
    /** {@link UnaccompaniedDetermination}. */
    UNACCOMPANIED_DETERMINATION("unaccompanied-determination", UnaccompaniedDetermination.class),
    /** {@link ProvisionOffered}. */
    PROVISION_OFFERED("provision-offered", ProvisionOffered.class),
    /** {@link ExceptionRecorded}. */
    EXCEPTION_RECORDED("exception-recorded", ExceptionRecorded.class),
    /** {@link EncounterObservation}. */
    ENCOUNTER_OBSERVATION("encounter-observation", EncounterObservation.class),
    /** {@link HealthInterview}. */
    HEALTH_INTERVIEW("health-interview", HealthInterview.class),
    /** {@link MedicalIssue}. */
    MEDICAL_ISSUE("medical-issue", MedicalIssue.class),
    /** {@link Notification}. */
    NOTIFICATION("notification", Notification.class),
    /** {@link EmsCall}. */
    EMS_CALL("ems-call", EmsCall.class),
    /** {@link EmsArrival}. */
    EMS_ARRIVAL("ems-arrival", EmsArrival.class),
    /** {@link MedicalAssessment}. */
    MEDICAL_ASSESSMENT("medical-assessment", MedicalAssessment.class),
    /** {@link HospitalVisit}. */
    HOSPITAL_VISIT("hospital-visit", HospitalVisit.class),
    /** {@link HospitalDischarge}. */
    HOSPITAL_DISCHARGE("hospital-discharge", HospitalDischarge.class),
    /** {@link SignificantIncidentReport}. */
    SIGNIFICANT_INCIDENT_REPORT("significant-incident-report", SignificantIncidentReport.class),
    /** {@link MonitoringPlacement}. */
    MONITORING_PLACEMENT("monitoring-placement", MonitoringPlacement.class),
    /** {@link MonitoringCheck}. */
    MONITORING_CHECK("monitoring-check", MonitoringCheck.class),
    /** {@link MonitoringRemoval}. */
    MONITORING_REMOVAL("monitoring-removal", MonitoringRemoval.class),
    /** {@link WelfareCheck}. */
    WELFARE_CHECK("welfare-check", WelfareCheck.class),
    /** {@link MedicationReported}. */
    MEDICATION_REPORTED("medication-reported", MedicationReported.class),
    /** {@link MedicationReview}. */
    MEDICATION_REVIEW("medication-review", MedicationReview.class),
    /** {@link MedicationAdministration}. */
    MEDICATION_ADMINISTRATION("medication-administration", MedicationAdministration.class),
    /** {@link InfectiousDiseaseScreening}. */
    INFECTIOUS_DISEASE_SCREENING("infectious-disease-screening", InfectiousDiseaseScreening.class),
    /** {@link IsolationStart}. */
    ISOLATION_START("isolation-start", IsolationStart.class),
    /** {@link IsolationEnd}. */
    ISOLATION_END("isolation-end", IsolationEnd.class),
    /** {@link PregnancyIdentified}. */
    PREGNANCY_IDENTIFIED("pregnancy-identified", PregnancyIdentified.class),
    /** {@link Birth}. */
    BIRTH("birth", Birth.class),
    /** {@link NewbornRelease}. */
    NEWBORN_RELEASE("newborn-release", NewbornRelease.class),
    /** {@link HoldRoomAbsence}. */
    HOLD_ROOM_ABSENCE("hold-room-absence", HoldRoomAbsence.class),
    /** A type not known to this version of the library; such events are reported and not bound. */
    UNKNOWN("unknown", MedicalEvent.class);

    private static final CodeTable<EventType> CODES = CodeTable.of(EventType.class);
    private final String code;
    private final Class<? extends MedicalEvent> eventClass;

    EventType(String code, Class<? extends MedicalEvent> eventClass) {
        this.code = code;
        this.eventClass = eventClass;
    }

    /**
     * The interface of events of this type.
     *
     * @return the interface, not null; {@link MedicalEvent} itself for {@link #UNKNOWN}
     */
    public Class<? extends MedicalEvent> eventClass() {
        return eventClass;
    }

    /**
     * The fields of this type's events that a standard may reference: flags, codes and references to other
     * events, in the order the interface declares them.
     *
     * @return an unmodifiable list, not null; empty for {@link #UNKNOWN}
     */
    public List<EventField> fields() {
        return EventFields.FIELDS.getOrDefault(this, List.of());
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The constant with a code.
     *
     * @param code the code, may be null
     * @return the constant, {@link #UNKNOWN} for an unknown code, null for null
     */
    public static EventType fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<EventType> codes() {
        return CODES;
    }
}
