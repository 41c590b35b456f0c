package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.EpisodeArbitraries.episodes;

import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.SignificantIncidentReport;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.ProvisionOffered;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.model.intake.EncounterObservation;
import gov.cbp.medical.model.intake.HealthInterview;
import gov.cbp.medical.model.intake.InterviewAnswer;
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
import gov.cbp.medical.model.person.Age;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.model.person.Pregnancy;
import gov.cbp.medical.model.publichealth.DiagnosticTest;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.IsolationEnd;
import gov.cbp.medical.model.publichealth.IsolationStart;
import gov.cbp.medical.model.validation.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;

/**
 * The arbitrary of each model type, for {@link ModelArbitraries#forType(Class)} and the {@code @ForAll} provider.
 */
final class ArbitrariesByType {
    private ArbitrariesByType() {}

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE = byType();

    private static Map<Class<?>, Supplier<Arbitrary<?>>> byType() {
        Map<Class<?>, Supplier<Arbitrary<?>>> map = new LinkedHashMap<>();
        map.put(CustodyEpisode.class, EpisodeArbitraries::episodes);
        map.put(Provenance.class, CommonArbitraries::provenances);
        map.put(Interpretation.class, CommonArbitraries::interpretations);
        map.put(Age.class, PersonArbitraries::ages);
        map.put(PersonalIdentifiers.class, PersonArbitraries::personalIdentifiers);
        map.put(Pregnancy.class, PersonArbitraries::pregnancies);
        map.put(LanguageProfile.class, PersonArbitraries::languageProfiles);
        map.put(Detainee.class, PersonArbitraries::detainees);
        map.put(SurgePeriod.class, FacilityArbitraries::surgePeriods);
        map.put(Facility.class, FacilityArbitraries::facilities);
        map.put(BookIn.class, CustodyArbitraries::bookIns);
        map.put(BookOut.class, CustodyArbitraries::bookOuts);
        map.put(InterviewAnswer.class, IntakeArbitraries::interviewAnswers);
        map.put(DiagnosticTest.class, PublicHealthArbitraries::diagnosticTests);
        map.put(Problem.class, ValidationArbitraries::problems);
        map.put(MedicalEvent.class, EventArbitraries::events);
        map.put(HoldRoomPlacement.class, CustodyArbitraries::holdRoomPlacements);
        map.put(Transfer.class, CustodyArbitraries::transfers);
        map.put(MinorClaim.class, CustodyArbitraries::minorClaims);
        map.put(UnaccompaniedDetermination.class, CustodyArbitraries::unaccompaniedDeterminations);
        map.put(ProvisionOffered.class, CustodyArbitraries::provisionsOffered);
        map.put(ExceptionRecorded.class, CustodyArbitraries::exceptionsRecorded);
        map.put(EncounterObservation.class, IntakeArbitraries::encounterObservations);
        map.put(HealthInterview.class, IntakeArbitraries::healthInterviews);
        map.put(MedicalIssue.class, CareArbitraries::medicalIssues);
        map.put(Notification.class, CareArbitraries::notifications);
        map.put(EmsCall.class, CareArbitraries::emsCalls);
        map.put(EmsArrival.class, CareArbitraries::emsArrivals);
        map.put(MedicalAssessment.class, CareArbitraries::medicalAssessments);
        map.put(HospitalVisit.class, CareArbitraries::hospitalVisits);
        map.put(HospitalDischarge.class, CareArbitraries::hospitalDischarges);
        map.put(SignificantIncidentReport.class, CareArbitraries::significantIncidentReports);
        map.put(MonitoringPlacement.class, MonitoringArbitraries::monitoringPlacements);
        map.put(MonitoringCheck.class, MonitoringArbitraries::monitoringChecks);
        map.put(MonitoringRemoval.class, MonitoringArbitraries::monitoringRemovals);
        map.put(WelfareCheck.class, MonitoringArbitraries::welfareChecks);
        map.put(MedicationReported.class, MedicationArbitraries::medicationsReported);
        map.put(MedicationReview.class, MedicationArbitraries::medicationReviews);
        map.put(MedicationAdministration.class, MedicationArbitraries::medicationAdministrations);
        map.put(InfectiousDiseaseScreening.class, PublicHealthArbitraries::infectiousDiseaseScreenings);
        map.put(IsolationStart.class, PublicHealthArbitraries::isolationStarts);
        map.put(IsolationEnd.class, PublicHealthArbitraries::isolationEnds);
        map.put(PregnancyIdentified.class, MaternalArbitraries::pregnanciesIdentified);
        map.put(Birth.class, MaternalArbitraries::births);
        map.put(NewbornRelease.class, MaternalArbitraries::newbornReleases);
        return Collections.unmodifiableMap(map);
    }

    static List<Class<?>> types() {
        return List.copyOf(BY_TYPE.keySet());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> Optional<Arbitrary<T>> forType(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return Optional.of((Arbitrary<T>) coded((Class) type));
        }
        Supplier<Arbitrary<?>> supplier = BY_TYPE.get(type);
        return supplier == null ? Optional.empty() : Optional.of((Arbitrary<T>) supplier.get());
    }
}
