package gov.cbp.medical.model.event;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The type of a {@link MedicalEvent}; its code is the event's {@code "type"} in JSON. */
public enum EventType implements Coded {
    /** {@link gov.cbp.medical.model.custody.HoldRoomPlacement}. */
    HOLD_ROOM_PLACEMENT("hold-room-placement"),
    /** {@link gov.cbp.medical.model.custody.Transfer}. */
    TRANSFER("transfer"),
    /** {@link gov.cbp.medical.model.custody.MinorClaim}. */
    MINOR_CLAIM("minor-claim"),
    /** {@link gov.cbp.medical.model.custody.UnaccompaniedDetermination}. */
    UNACCOMPANIED_DETERMINATION("unaccompanied-determination"),
    /** {@link gov.cbp.medical.model.custody.ProvisionOffered}. */
    PROVISION_OFFERED("provision-offered"),
    /** {@link gov.cbp.medical.model.custody.ExceptionRecorded}. */
    EXCEPTION_RECORDED("exception-recorded"),
    /** {@link gov.cbp.medical.model.intake.EncounterObservation}. */
    ENCOUNTER_OBSERVATION("encounter-observation"),
    /** {@link gov.cbp.medical.model.intake.HealthInterview}. */
    HEALTH_INTERVIEW("health-interview"),
    /** {@link gov.cbp.medical.model.care.MedicalIssue}. */
    MEDICAL_ISSUE("medical-issue"),
    /** {@link gov.cbp.medical.model.care.Notification}. */
    NOTIFICATION("notification"),
    /** {@link gov.cbp.medical.model.care.EmsCall}. */
    EMS_CALL("ems-call"),
    /** {@link gov.cbp.medical.model.care.EmsArrival}. */
    EMS_ARRIVAL("ems-arrival"),
    /** {@link gov.cbp.medical.model.care.MedicalAssessment}. */
    MEDICAL_ASSESSMENT("medical-assessment"),
    /** {@link gov.cbp.medical.model.care.HospitalVisit}. */
    HOSPITAL_VISIT("hospital-visit"),
    /** {@link gov.cbp.medical.model.care.HospitalDischarge}. */
    HOSPITAL_DISCHARGE("hospital-discharge"),
    /** {@link gov.cbp.medical.model.care.SignificantIncidentReport}. */
    SIGNIFICANT_INCIDENT_REPORT("significant-incident-report"),
    /** {@link gov.cbp.medical.model.monitoring.MonitoringPlacement}. */
    MONITORING_PLACEMENT("monitoring-placement"),
    /** {@link gov.cbp.medical.model.monitoring.MonitoringCheck}. */
    MONITORING_CHECK("monitoring-check"),
    /** {@link gov.cbp.medical.model.monitoring.MonitoringRemoval}. */
    MONITORING_REMOVAL("monitoring-removal"),
    /** {@link gov.cbp.medical.model.monitoring.WelfareCheck}. */
    WELFARE_CHECK("welfare-check"),
    /** {@link gov.cbp.medical.model.medication.MedicationReported}. */
    MEDICATION_REPORTED("medication-reported"),
    /** {@link gov.cbp.medical.model.medication.MedicationReview}. */
    MEDICATION_REVIEW("medication-review"),
    /** {@link gov.cbp.medical.model.medication.MedicationAdministration}. */
    MEDICATION_ADMINISTRATION("medication-administration"),
    /** {@link gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening}. */
    INFECTIOUS_DISEASE_SCREENING("infectious-disease-screening"),
    /** {@link gov.cbp.medical.model.publichealth.IsolationStart}. */
    ISOLATION_START("isolation-start"),
    /** {@link gov.cbp.medical.model.publichealth.IsolationEnd}. */
    ISOLATION_END("isolation-end"),
    /** {@link gov.cbp.medical.model.maternal.PregnancyIdentified}. */
    PREGNANCY_IDENTIFIED("pregnancy-identified"),
    /** {@link gov.cbp.medical.model.maternal.Birth}. */
    BIRTH("birth"),
    /** {@link gov.cbp.medical.model.maternal.NewbornRelease}. */
    NEWBORN_RELEASE("newborn-release"),
    /** A type not known to this version of the library; such events are reported and not bound. */
    UNKNOWN("unknown");

    private static final CodeTable<EventType> CODES = CodeTable.of(EventType.class);
    private final String code;

    EventType(String code) {
        this.code = code;
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
