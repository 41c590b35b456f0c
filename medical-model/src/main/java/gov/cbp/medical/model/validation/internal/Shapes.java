package gov.cbp.medical.model.validation.internal;

import static gov.cbp.medical.model.validation.internal.Need.OPTIONAL;
import static gov.cbp.medical.model.validation.internal.Need.REQUIRED;

import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.care.AssessmentDisposition;
import gov.cbp.medical.model.care.Credential;
import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.IncidentCategory;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.care.SignificantIncidentReport;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.InterpretationMode;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.MinorClaimBasis;
import gov.cbp.medical.model.custody.ProvisionItem;
import gov.cbp.medical.model.custody.ProvisionOffered;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.facility.SurgeLevel;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.model.intake.Answer;
import gov.cbp.medical.model.intake.EncounterObservation;
import gov.cbp.medical.model.intake.HealthInterview;
import gov.cbp.medical.model.intake.InterviewAnswer;
import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.maternal.BirthPlace;
import gov.cbp.medical.model.maternal.NewbornCaregiver;
import gov.cbp.medical.model.maternal.NewbornRelease;
import gov.cbp.medical.model.maternal.PregnancyIdentified;
import gov.cbp.medical.model.medication.AdministrationStatus;
import gov.cbp.medical.model.medication.MedicationAdministration;
import gov.cbp.medical.model.medication.MedicationDecision;
import gov.cbp.medical.model.medication.MedicationReported;
import gov.cbp.medical.model.medication.MedicationReview;
import gov.cbp.medical.model.monitoring.CheckMethod;
import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.MonitoringCheck;
import gov.cbp.medical.model.monitoring.MonitoringPlacement;
import gov.cbp.medical.model.monitoring.MonitoringReason;
import gov.cbp.medical.model.monitoring.MonitoringRemoval;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Pregnancy;
import gov.cbp.medical.model.person.PregnancyBasis;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.model.publichealth.DiagnosticTest;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.IsolationEnd;
import gov.cbp.medical.model.publichealth.IsolationMode;
import gov.cbp.medical.model.publichealth.IsolationStart;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import java.util.EnumMap;
import java.util.Map;

/**
 * The JSON shape of every model type: which properties it has, of which kind, which are required.
 *
 * <p>One declaration serves two readers: {@link TreeFields} decodes and checks a payload against it, and
 * {@link SchemaFields} records it as the published JSON Schema, so the schema cannot drift from the checks.
 */
final class Shapes {
    static final Shape<Provenance> PROVENANCE =
            Shape.of("Provenance", f -> {
                    Provenance.Builder b = Provenance.builder();
                    f.instant("recordedAt", OPTIONAL, b::recordedAt);
                    f.text("recordedBy", OPTIONAL, Text.STAFF_ID, b::recordedBy);
                    f.coded("system", OPTIONAL, RecordSystem.codes(), b::system);
                    return f.complete() ? b.build() : null;
                });
    static final Shape<Interpretation> INTERPRETATION =
            Shape.of("Interpretation", f -> {
                    Interpretation.Builder b = Interpretation.builder();
                    f.coded("mode", REQUIRED, InterpretationMode.codes(), b::mode);
                    f.text("language", OPTIONAL, Text.CODE, b::language);
                    f.text("interpreterId", OPTIONAL, Text.STAFF_ID, b::interpreterId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<PersonalIdentifiers> PERSONAL_IDENTIFIERS =
            Shape.of("PersonalIdentifiers", f -> {
                    PersonalIdentifiers.Builder b = PersonalIdentifiers.builder();
                    f.text("familyName", OPTIONAL, Text.PERSONAL, b::familyName);
                    f.text("givenName", OPTIONAL, Text.PERSONAL, b::givenName);
                    f.text("aNumber", OPTIONAL, Text.PERSONAL, b::aNumber);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<Pregnancy> PREGNANCY =
            Shape.of("Pregnancy", f -> {
                    Pregnancy.Builder b = Pregnancy.builder();
                    f.integer("weeks", OPTIONAL, 0, 45, b::weeks);
                    f.coded("basis", REQUIRED, PregnancyBasis.codes(), b::basis);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<LanguageProfile> LANGUAGE_PROFILE =
            Shape.of("LanguageProfile", f -> {
                    LanguageProfile.Builder b = LanguageProfile.builder();
                    f.text("preferred", REQUIRED, Text.CODE, b::preferred);
                    f.bool("interpreterNeeded", OPTIONAL, b::interpreterNeeded);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<Detainee> DETAINEE =
            Shape.of("Detainee", f -> {
                    Detainee.Builder b = Detainee.builder();
                    f.text("subjectId", REQUIRED, Text.IDENTIFIER, b::subjectId);
                    f.object("identifiers", OPTIONAL, PERSONAL_IDENTIFIERS, b::identifiers);
                    f.date("dateOfBirth", OPTIONAL, b::dateOfBirth);
                    f.integer("estimatedAgeYears", OPTIONAL, 0, 130, b::estimatedAgeYears);
                    f.coded("ageBasis", OPTIONAL, AgeBasis.codes(), b::ageBasis);
                    f.coded("sex", REQUIRED, Sex.codes(), b::sex);
                    f.coded("populationClass", REQUIRED, PopulationClass.codes(), b::populationClass);
                    f.text("familyUnitId", OPTIONAL, Text.IDENTIFIER, b::familyUnitId);
                    f.object("pregnancy", OPTIONAL, PREGNANCY, b::pregnancy);
                    f.bool("postpartum", OPTIONAL, b::postpartum);
                    f.bool("nursing", OPTIONAL, b::nursing);
                    f.bool("medicallyHighRisk", OPTIONAL, b::medicallyHighRisk);
                    f.object("language", OPTIONAL, LANGUAGE_PROFILE, b::language);
                    f.bool("usCitizenNewborn", OPTIONAL, b::usCitizenNewborn);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<SurgePeriod> SURGE_PERIOD =
            Shape.of("SurgePeriod", f -> {
                    SurgePeriod.Builder b = SurgePeriod.builder();
                    f.instant("start", REQUIRED, b::start);
                    f.instant("end", OPTIONAL, b::end);
                    f.coded("level", REQUIRED, SurgeLevel.codes(), b::level);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<Facility> FACILITY =
            Shape.of("Facility", f -> {
                    Facility.Builder b = Facility.builder();
                    f.text("facilityId", REQUIRED, Text.IDENTIFIER, b::facilityId);
                    f.coded("component", REQUIRED, Component.codes(), b::component);
                    f.text("name", REQUIRED, Text.LABEL, b::name);
                    f.text("area", REQUIRED, Text.CODE, b::area);
                    f.zone("timeZone", REQUIRED, b::timeZone);
                    f.coded("medicalSupport", REQUIRED, MedicalSupportLevel.codes(), b::medicalSupport);
                    f.objects("surgePeriods", OPTIONAL, SURGE_PERIOD, b::addAllSurgePeriods);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<BookIn> BOOK_IN =
            Shape.of("BookIn", f -> {
                    BookIn.Builder b = BookIn.builder();
                    f.instant("at", REQUIRED, b::at);
                    f.text("facilityId", REQUIRED, Text.FACILITY_REFERENCE, b::facilityId);
                    f.text("holdRoom", OPTIONAL, Text.CODE, b::holdRoom);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<BookOut> BOOK_OUT =
            Shape.of("BookOut", f -> {
                    BookOut.Builder b = BookOut.builder();
                    f.instant("at", REQUIRED, b::at);
                    f.coded("disposition", REQUIRED, Disposition.codes(), b::disposition);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<HoldRoomPlacement> HOLD_ROOM_PLACEMENT =
            Shape.of("HoldRoomPlacement", f -> {
                    HoldRoomPlacement.Builder b = HoldRoomPlacement.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("facilityId", REQUIRED, Text.FACILITY_REFERENCE, b::facilityId);
                    f.text("holdRoom", REQUIRED, Text.CODE, b::holdRoom);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<Transfer> TRANSFER =
            Shape.of("Transfer", f -> {
                    Transfer.Builder b = Transfer.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("fromFacilityId", REQUIRED, Text.FACILITY_REFERENCE, b::fromFacilityId);
                    f.text("toFacilityId", REQUIRED, Text.FACILITY_REFERENCE, b::toFacilityId);
                    f.text("holdRoom", OPTIONAL, Text.CODE, b::holdRoom);
                    f.bool("medicationTransferred", OPTIONAL, b::medicationTransferred);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<MinorClaim> MINOR_CLAIM =
            Shape.of("MinorClaim", f -> {
                    MinorClaim.Builder b = MinorClaim.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.coded("basis", REQUIRED, MinorClaimBasis.codes(), b::basis);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<UnaccompaniedDetermination> UNACCOMPANIED_DETERMINATION =
            Shape.of("UnaccompaniedDetermination", f -> {
                    UnaccompaniedDetermination.Builder b = UnaccompaniedDetermination.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<ProvisionOffered> PROVISION_OFFERED =
            Shape.of("ProvisionOffered", f -> {
                    ProvisionOffered.Builder b = ProvisionOffered.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.coded("item", REQUIRED, ProvisionItem.codes(), b::item);
                    f.bool("declined", OPTIONAL, b::declined);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<ExceptionRecorded> EXCEPTION_RECORDED =
            Shape.of("ExceptionRecorded", f -> {
                    ExceptionRecorded.Builder b = ExceptionRecorded.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("requirementId", REQUIRED, Text.CODE, b::requirementId);
                    f.text("triggerEventId", OPTIONAL, Text.REFERENCE, b::triggerEventId);
                    f.text("reasonCode", REQUIRED, Text.CODE, b::reasonCode);
                    f.text("approvedBy", OPTIONAL, Text.STAFF_ID, b::approvedBy);
                    f.text("note", OPTIONAL, Text.PERSONAL, b::note);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<InterviewAnswer> INTERVIEW_ANSWER =
            Shape.of("InterviewAnswer", f -> {
                    InterviewAnswer.Builder b = InterviewAnswer.builder();
                    f.text("question", REQUIRED, Text.CODE, b::question);
                    f.coded("answer", REQUIRED, Answer.codes(), b::answer);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<EncounterObservation> ENCOUNTER_OBSERVATION =
            Shape.of("EncounterObservation", f -> {
                    EncounterObservation.Builder b = EncounterObservation.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("observerId", OPTIONAL, Text.STAFF_ID, b::observerId);
                    f.bool("concernObserved", OPTIONAL, b::concernObserved);
                    f.bool("toldToReport", OPTIONAL, b::toldToReport);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<HealthInterview> HEALTH_INTERVIEW =
            Shape.of("HealthInterview", f -> {
                    HealthInterview.Builder b = HealthInterview.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("formRevision", REQUIRED, Text.CODE, b::formRevision);
                    f.text("interviewerId", OPTIONAL, Text.STAFF_ID, b::interviewerId);
                    f.text("language", OPTIONAL, Text.CODE, b::language);
                    f.object("interpretation", OPTIONAL, INTERPRETATION, b::interpretation);
                    f.objects("answers", OPTIONAL, INTERVIEW_ANSWER, b::addAllAnswers);
                    f.bool("refused", OPTIONAL, b::refused);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<MedicalIssue> MEDICAL_ISSUE =
            Shape.of("MedicalIssue", f -> {
                    MedicalIssue.Builder b = MedicalIssue.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.coded("source", REQUIRED, IssueSource.codes(), b::source);
                    f.text("interviewEventId", OPTIONAL, Text.REFERENCE, b::interviewEventId);
                    f.text("questionCode", OPTIONAL, Text.CODE, b::questionCode);
                    f.bool("emergency", OPTIONAL, b::emergency);
                    f.bool("highRisk", OPTIONAL, b::highRisk);
                    f.text("description", OPTIONAL, Text.PERSONAL, b::description);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<Notification> NOTIFICATION =
            Shape.of("Notification", f -> {
                    Notification.Builder b = Notification.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.coded("recipient", REQUIRED, NotificationRecipient.codes(), b::recipient);
                    f.text("subjectEventId", OPTIONAL, Text.REFERENCE, b::subjectEventId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<EmsCall> EMS_CALL =
            Shape.of("EmsCall", f -> {
                    EmsCall.Builder b = EmsCall.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("issueEventId", OPTIONAL, Text.REFERENCE, b::issueEventId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<EmsArrival> EMS_ARRIVAL =
            Shape.of("EmsArrival", f -> {
                    EmsArrival.Builder b = EmsArrival.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("callEventId", REQUIRED, Text.REFERENCE, b::callEventId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<MedicalAssessment> MEDICAL_ASSESSMENT =
            Shape.of("MedicalAssessment", f -> {
                    MedicalAssessment.Builder b = MedicalAssessment.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("providerId", OPTIONAL, Text.STAFF_ID, b::providerId);
                    f.coded("credential", REQUIRED, Credential.codes(), b::credential);
                    f.texts("reasonEventIds", OPTIONAL, Text.REFERENCE, b::addAllReasonEventIds);
                    f.object("interpretation", OPTIONAL, INTERPRETATION, b::interpretation);
                    f.text("findings", OPTIONAL, Text.PERSONAL, b::findings);
                    f.texts("diagnoses", OPTIONAL, Text.ICD10, b::addAllDiagnoses);
                    f.coded("disposition", OPTIONAL, AssessmentDisposition.codes(), b::disposition);
                    f.bool("refused", OPTIONAL, b::refused);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<HospitalVisit> HOSPITAL_VISIT =
            Shape.of("HospitalVisit", f -> {
                    HospitalVisit.Builder b = HospitalVisit.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("hospitalName", OPTIONAL, Text.LABEL, b::hospitalName);
                    f.text("reasonEventId", OPTIONAL, Text.REFERENCE, b::reasonEventId);
                    f.bool("admitted", OPTIONAL, b::admitted);
                    f.bool("hospitalWatch", OPTIONAL, b::hospitalWatch);
                    f.object("interpretation", OPTIONAL, INTERPRETATION, b::interpretation);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<HospitalDischarge> HOSPITAL_DISCHARGE =
            Shape.of("HospitalDischarge", f -> {
                    HospitalDischarge.Builder b = HospitalDischarge.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("visitEventId", REQUIRED, Text.REFERENCE, b::visitEventId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<SignificantIncidentReport> SIGNIFICANT_INCIDENT_REPORT =
            Shape.of("SignificantIncidentReport", f -> {
                    SignificantIncidentReport.Builder b = SignificantIncidentReport.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.coded("category", REQUIRED, IncidentCategory.codes(), b::category);
                    f.text("subjectEventId", OPTIONAL, Text.REFERENCE, b::subjectEventId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<MonitoringPlacement> MONITORING_PLACEMENT =
            Shape.of("MonitoringPlacement", f -> {
                    MonitoringPlacement.Builder b = MonitoringPlacement.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.coded("reason", REQUIRED, MonitoringReason.codes(), b::reason);
                    f.text("assessmentEventId", OPTIONAL, Text.REFERENCE, b::assessmentEventId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<MonitoringCheck> MONITORING_CHECK =
            Shape.of("MonitoringCheck", f -> {
                    MonitoringCheck.Builder b = MonitoringCheck.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("placementEventId", REQUIRED, Text.REFERENCE, b::placementEventId);
                    f.text("observerId", OPTIONAL, Text.STAFF_ID, b::observerId);
                    f.bool("medicalReevaluation", OPTIONAL, b::medicalReevaluation);
                    f.coded("outcome", OPTIONAL, CheckOutcome.codes(), b::outcome);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<MonitoringRemoval> MONITORING_REMOVAL =
            Shape.of("MonitoringRemoval", f -> {
                    MonitoringRemoval.Builder b = MonitoringRemoval.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("placementEventId", REQUIRED, Text.REFERENCE, b::placementEventId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<WelfareCheck> WELFARE_CHECK =
            Shape.of("WelfareCheck", f -> {
                    WelfareCheck.Builder b = WelfareCheck.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("observerId", OPTIONAL, Text.STAFF_ID, b::observerId);
                    f.coded("method", REQUIRED, CheckMethod.codes(), b::method);
                    f.coded("outcome", REQUIRED, CheckOutcome.codes(), b::outcome);
                    f.text("holdRoom", OPTIONAL, Text.CODE, b::holdRoom);
                    f.text("observations", OPTIONAL, Text.PERSONAL, b::observations);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<MedicationReported> MEDICATION_REPORTED =
            Shape.of("MedicationReported", f -> {
                    MedicationReported.Builder b = MedicationReported.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.bool("reportedOnly", OPTIONAL, b::reportedOnly);
                    f.text("medication", OPTIONAL, Text.PERSONAL, b::medication);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<MedicationReview> MEDICATION_REVIEW =
            Shape.of("MedicationReview", f -> {
                    MedicationReview.Builder b = MedicationReview.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("medicationEventId", REQUIRED, Text.REFERENCE, b::medicationEventId);
                    f.text("providerId", OPTIONAL, Text.STAFF_ID, b::providerId);
                    f.coded("credential", REQUIRED, Credential.codes(), b::credential);
                    f.coded("decision", REQUIRED, MedicationDecision.codes(), b::decision);
                    f.duration("doseInterval", OPTIONAL, b::doseInterval);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<MedicationAdministration> MEDICATION_ADMINISTRATION =
            Shape.of("MedicationAdministration", f -> {
                    MedicationAdministration.Builder b = MedicationAdministration.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("reviewEventId", REQUIRED, Text.REFERENCE, b::reviewEventId);
                    f.instant("scheduledAt", OPTIONAL, b::scheduledAt);
                    f.coded("status", REQUIRED, AdministrationStatus.codes(), b::status);
                    f.text("givenBy", OPTIONAL, Text.STAFF_ID, b::givenBy);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<DiagnosticTest> DIAGNOSTIC_TEST =
            Shape.of("DiagnosticTest", f -> {
                    DiagnosticTest.Builder b = DiagnosticTest.builder();
                    f.text("test", REQUIRED, Text.CODE, b::test);
                    f.coded("result", REQUIRED, ScreeningResult.codes(), b::result);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<InfectiousDiseaseScreening> INFECTIOUS_DISEASE_SCREENING =
            Shape.of("InfectiousDiseaseScreening", f -> {
                    InfectiousDiseaseScreening.Builder b = InfectiousDiseaseScreening.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.texts("symptoms", OPTIONAL, Text.CODE, b::addAllSymptoms);
                    f.objects("tests", OPTIONAL, DIAGNOSTIC_TEST, b::addAllTests);
                    f.coded("result", REQUIRED, ScreeningResult.codes(), b::result);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<IsolationStart> ISOLATION_START =
            Shape.of("IsolationStart", f -> {
                    IsolationStart.Builder b = IsolationStart.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.coded("mode", REQUIRED, IsolationMode.codes(), b::mode);
                    f.text("reasonEventId", OPTIONAL, Text.REFERENCE, b::reasonEventId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<IsolationEnd> ISOLATION_END =
            Shape.of("IsolationEnd", f -> {
                    IsolationEnd.Builder b = IsolationEnd.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("startEventId", REQUIRED, Text.REFERENCE, b::startEventId);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<PregnancyIdentified> PREGNANCY_IDENTIFIED =
            Shape.of("PregnancyIdentified", f -> {
                    PregnancyIdentified.Builder b = PregnancyIdentified.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.integer("weeks", OPTIONAL, 0, 45, b::weeks);
                    f.coded("basis", REQUIRED, PregnancyBasis.codes(), b::basis);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<Birth> BIRTH =
            Shape.of("Birth", f -> {
                    Birth.Builder b = Birth.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.coded("place", REQUIRED, BirthPlace.codes(), b::place);
                    f.text("newbornSubjectId", OPTIONAL, Text.IDENTIFIER, b::newbornSubjectId);
                    f.bool("newbornUsCitizen", OPTIONAL, b::newbornUsCitizen);
                    return f.complete() ? b.build() : null;
                });

    static final Shape<NewbornRelease> NEWBORN_RELEASE =
            Shape.of("NewbornRelease", f -> {
                    NewbornRelease.Builder b = NewbornRelease.builder();
                    f.text("id", REQUIRED, Text.IDENTIFIER, b::id);
                    f.instant("at", REQUIRED, b::at);
                    f.object("provenance", OPTIONAL, PROVENANCE, b::provenance);
                    f.text("birthEventId", REQUIRED, Text.REFERENCE, b::birthEventId);
                    f.coded("releasedTo", REQUIRED, NewbornCaregiver.codes(), b::releasedTo);
                    return f.complete() ? b.build() : null;
                });

    /** The shape of each event type, by its discriminator. */
    static final Map<EventType, Shape<? extends MedicalEvent>> EVENTS = events();

    private static Map<EventType, Shape<? extends MedicalEvent>> events() {
        Map<EventType, Shape<? extends MedicalEvent>> shapes = new EnumMap<>(EventType.class);
        shapes.put(EventType.HOLD_ROOM_PLACEMENT, HOLD_ROOM_PLACEMENT);
        shapes.put(EventType.TRANSFER, TRANSFER);
        shapes.put(EventType.MINOR_CLAIM, MINOR_CLAIM);
        shapes.put(EventType.UNACCOMPANIED_DETERMINATION, UNACCOMPANIED_DETERMINATION);
        shapes.put(EventType.PROVISION_OFFERED, PROVISION_OFFERED);
        shapes.put(EventType.EXCEPTION_RECORDED, EXCEPTION_RECORDED);
        shapes.put(EventType.ENCOUNTER_OBSERVATION, ENCOUNTER_OBSERVATION);
        shapes.put(EventType.HEALTH_INTERVIEW, HEALTH_INTERVIEW);
        shapes.put(EventType.MEDICAL_ISSUE, MEDICAL_ISSUE);
        shapes.put(EventType.NOTIFICATION, NOTIFICATION);
        shapes.put(EventType.EMS_CALL, EMS_CALL);
        shapes.put(EventType.EMS_ARRIVAL, EMS_ARRIVAL);
        shapes.put(EventType.MEDICAL_ASSESSMENT, MEDICAL_ASSESSMENT);
        shapes.put(EventType.HOSPITAL_VISIT, HOSPITAL_VISIT);
        shapes.put(EventType.HOSPITAL_DISCHARGE, HOSPITAL_DISCHARGE);
        shapes.put(EventType.SIGNIFICANT_INCIDENT_REPORT, SIGNIFICANT_INCIDENT_REPORT);
        shapes.put(EventType.MONITORING_PLACEMENT, MONITORING_PLACEMENT);
        shapes.put(EventType.MONITORING_CHECK, MONITORING_CHECK);
        shapes.put(EventType.MONITORING_REMOVAL, MONITORING_REMOVAL);
        shapes.put(EventType.WELFARE_CHECK, WELFARE_CHECK);
        shapes.put(EventType.MEDICATION_REPORTED, MEDICATION_REPORTED);
        shapes.put(EventType.MEDICATION_REVIEW, MEDICATION_REVIEW);
        shapes.put(EventType.MEDICATION_ADMINISTRATION, MEDICATION_ADMINISTRATION);
        shapes.put(EventType.INFECTIOUS_DISEASE_SCREENING, INFECTIOUS_DISEASE_SCREENING);
        shapes.put(EventType.ISOLATION_START, ISOLATION_START);
        shapes.put(EventType.ISOLATION_END, ISOLATION_END);
        shapes.put(EventType.PREGNANCY_IDENTIFIED, PREGNANCY_IDENTIFIED);
        shapes.put(EventType.BIRTH, BIRTH);
        shapes.put(EventType.NEWBORN_RELEASE, NEWBORN_RELEASE);
        return shapes;
    }

    private Shapes() {}
}
