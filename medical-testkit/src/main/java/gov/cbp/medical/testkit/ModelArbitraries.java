package gov.cbp.medical.testkit;

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
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.HoldRoomAbsence;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.ProvisionOffered;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.model.event.EventType;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for every type of the custody medical model, and for whole valid episodes.
 *
 * <p>Single values ({@link #detainees()}, {@link #welfareChecks()}, ...) are valid in shape: every string has the
 * characters and length its property allows ({@link Limits}), every number lies in range, every enum is a
 * known code (never {@code UNKNOWN}, which the library never writes), every instant lies from 2023-01-01 to
 * 2026-06-30 (UTC). Their references to other events are arbitrary identifiers: a single event on its own is
 * valid for {@link gov.cbp.medical.model.validation.PayloadValidator#validateEvent(String)}, not for an episode.
 *
 * <p>{@link #episodes()} are whole episodes that the payload validator accepts with no problem at all (with a
 * clock after 2026-06-30): events lie within custody (only an encounter observation precedes book-in), event
 * ids are unique, every reference resolves to an earlier or simultaneous event of the right type, every
 * facility reference resolves, the age agrees with the population class, and nothing lies in the future.
 * They shrink towards fewer and shorter chains of events. {@link #realisticEpisodes()} draws episodes from the
 * {@link EpisodeGenerator} instead: realistic in content, but they shrink only by seed.
 *
 * <p>Names, identifiers and notes are synthetic. Free text may contain any character of several scripts and
 * white space; a share of strings sit exactly at their length limit.
 *
 * <p>Implementation Requirements: stateless and thread-safe; each method returns a new arbitrary.
 *
 * @since 0.1.0
 */
public final class ModelArbitraries {
    /** The earliest instant generated: 2023-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("2023-01-01T00:00:00Z");
    /** The latest instant generated: 2026-06-30T23:59:59Z. */
    public static final Instant LATEST = Instant.parse("2026-06-30T23:59:59Z");

    private ModelArbitraries() {}

    /**
     * Identifiers of records, events, subjects and staff: letters, digits and {@code . _ : / -}, 1 to
     * {@link Limits#MAX_ID_LENGTH} characters, mostly short and readable ({@code SYN-123}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> identifiers() {
        return TextArbitraries.identifiers();
    }

    /**
     * Short codes (hold rooms, form revisions, question and symptom codes): the identifier alphabet, 1 to
     * {@link Limits#MAX_CODE_LENGTH} characters.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> tokens() {
        return TextArbitraries.tokens();
    }

    /**
     * Non-personal labels such as facility and hospital names: not blank, up to
     * {@link Limits#MAX_LABEL_LENGTH} characters.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> labels() {
        return TextArbitraries.labels();
    }

    /**
     * Free text and personal identifiers (names, notes, findings): any characters of several scripts,
     * white space and punctuation included, up to {@link Limits#MAX_TEXT_LENGTH} characters (all in the Basic
     * Multilingual Plane, so characters and code points agree); mostly short synthetic notes.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> personalTexts() {
        return TextArbitraries.personalTexts();
    }

    /**
     * ICD-10-CM codes in shape (a letter, a digit, a letter or digit, then optionally a dot and one to four
     * letters or digits); real codes most of the time.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> icd10Codes() {
        return TextArbitraries.icd10Codes();
    }

    /**
     * BCP 47 language tags of the languages met in custody ({@code es}, {@code quc}, {@code ht}, ...).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> languageTags() {
        return TextArbitraries.languageTags();
    }

    /**
     * Instants from {@link #EARLIEST} to {@link #LATEST}: mostly whole seconds, some with milliseconds or
     * nanoseconds.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Instant> instants() {
        return TimeArbitraries.instants();
    }

    /**
     * Dates of birth from 1896 to 2026.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LocalDate> datesOfBirth() {
        return TimeArbitraries.datesOfBirth();
    }

    /**
     * Positive durations from one second to 14 days, some with fractions of a second.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Duration> positiveDurations() {
        return TimeArbitraries.positiveDurations();
    }

    /**
     * Dose intervals within the payload's bounds ({@link gov.cbp.medical.model.common.Limits#MIN_DOSE_INTERVAL}
     * to {@link gov.cbp.medical.model.common.Limits#MAX_DOSE_INTERVAL}): common schedules, and any whole
     * number of seconds from one minute to 14 days.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Duration> doseIntervals() {
        return TimeArbitraries.doseIntervals();
    }

    /**
     * Time zones of border facilities, and UTC.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ZoneId> zoneIds() {
        return TimeArbitraries.zoneIds();
    }

    /**
     * The known constants of a coded enum: every constant but {@code UNKNOWN}, which only stands for codes of
     * a later version and is never written by the library.
     *
     * @param type the enum class, not null
     * @param <E> the enum type
     * @return the arbitrary, shrinking towards the first constant, not null
     */
    public static <E extends Enum<E> & Coded> Arbitrary<E> coded(Class<E> type) {
        return CodedArbitraries.coded(type);
    }

    /**
     * Every constant of a coded enum, {@code UNKNOWN} included (for code that must cope with payloads of a
     * later version).
     *
     * @param type the enum class, not null
     * @param <E> the enum type
     * @return the arbitrary, not null
     */
    public static <E extends Enum<E> & Coded> Arbitrary<E> codedWithUnknown(Class<E> type) {
        return CodedArbitraries.codedWithUnknown(type);
    }

    /**
     * Provenance records, each attribute present or absent.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Provenance> provenances() {
        return CommonArbitraries.provenances();
    }

    /**
     * Interpretations, with and without language and interpreter.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Interpretation> interpretations() {
        return CommonArbitraries.interpretations();
    }

    /**
     * Ages from 0 to {@link Limits#MAX_AGE_YEARS}, exact or estimated.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Age> ages() {
        return PersonArbitraries.ages();
    }

    /**
     * Personal identifiers: synthetic names and A-numbers, and arbitrary text.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PersonalIdentifiers> personalIdentifiers() {
        return PersonArbitraries.personalIdentifiers();
    }

    /**
     * Pregnancies, with and without the weeks of gestation.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Pregnancy> pregnancies() {
        return PersonArbitraries.pregnancies();
    }

    /**
     * Language profiles.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LanguageProfile> languageProfiles() {
        return PersonArbitraries.languageProfiles();
    }

    /**
     * Detainees valid in shape. The age and population class need not agree: for a consistent detainee, use
     * an episode from {@link #episodes()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Detainee> detainees() {
        return PersonArbitraries.detainees();
    }

    /**
     * Surge periods whose end, when present, is after their start.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SurgePeriod> surgePeriods() {
        return FacilityArbitraries.surgePeriods();
    }

    /**
     * Facilities of either component, with up to three surge periods.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Facility> facilities() {
        return FacilityArbitraries.facilities();
    }

    /**
     * Book-ins (arbitrary facility reference).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BookIn> bookIns() {
        return CustodyArbitraries.bookIns();
    }

    /**
     * Book-outs.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BookOut> bookOuts() {
        return CustodyArbitraries.bookOuts();
    }

    /**
     * Answers to coded interview questions.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InterviewAnswer> interviewAnswers() {
        return IntakeArbitraries.interviewAnswers();
    }

    /**
     * Diagnostic tests.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DiagnosticTest> diagnosticTests() {
        return PublicHealthArbitraries.diagnosticTests();
    }

    /**
     * Validation problems as the validator reports them (codes, pointers and messages free of personal data).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Problem> problems() {
        return ValidationArbitraries.problems();
    }

    /**
     * Times out of the hold room; the return is any valid instant, not necessarily after the departure.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HoldRoomAbsence> holdRoomAbsences() {
        return CustodyArbitraries.holdRoomAbsences();
    }

    /**
     * Hold-room placements.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HoldRoomPlacement> holdRoomPlacements() {
        return CustodyArbitraries.holdRoomPlacements();
    }

    /**
     * Transfers.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Transfer> transfers() {
        return CustodyArbitraries.transfers();
    }

    /**
     * Claims or suspicions that a detainee is under 18.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MinorClaim> minorClaims() {
        return CustodyArbitraries.minorClaims();
    }

    /**
     * Determinations that a person is an unaccompanied child.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<UnaccompaniedDetermination> unaccompaniedDeterminations() {
        return CustodyArbitraries.unaccompaniedDeterminations();
    }

    /**
     * Provisions offered.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ProvisionOffered> provisionsOffered() {
        return CustodyArbitraries.provisionsOffered();
    }

    /**
     * Recorded exceptions.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ExceptionRecorded> exceptionsRecorded() {
        return CustodyArbitraries.exceptionsRecorded();
    }

    /**
     * Observations at encounter.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<EncounterObservation> encounterObservations() {
        return IntakeArbitraries.encounterObservations();
    }

    /**
     * Health interviews with up to twelve answers.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HealthInterview> healthInterviews() {
        return IntakeArbitraries.healthInterviews();
    }

    /**
     * Medical issues.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicalIssue> medicalIssues() {
        return CareArbitraries.medicalIssues();
    }

    /**
     * Notifications.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Notification> notifications() {
        return CareArbitraries.notifications();
    }

    /**
     * Emergency calls.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<EmsCall> emsCalls() {
        return CareArbitraries.emsCalls();
    }

    /**
     * Arrivals of emergency medical services.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<EmsArrival> emsArrivals() {
        return CareArbitraries.emsArrivals();
    }

    /**
     * Medical assessments, including refusals.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicalAssessment> medicalAssessments() {
        return CareArbitraries.medicalAssessments();
    }

    /**
     * Hospital visits.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HospitalVisit> hospitalVisits() {
        return CareArbitraries.hospitalVisits();
    }

    /**
     * Hospital discharges.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HospitalDischarge> hospitalDischarges() {
        return CareArbitraries.hospitalDischarges();
    }

    /**
     * Significant-incident reports.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SignificantIncidentReport> significantIncidentReports() {
        return CareArbitraries.significantIncidentReports();
    }

    /**
     * Placements in enhanced medical monitoring.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonitoringPlacement> monitoringPlacements() {
        return MonitoringArbitraries.monitoringPlacements();
    }

    /**
     * Monitoring checks.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonitoringCheck> monitoringChecks() {
        return MonitoringArbitraries.monitoringChecks();
    }

    /**
     * Removals from enhanced medical monitoring.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonitoringRemoval> monitoringRemovals() {
        return MonitoringArbitraries.monitoringRemovals();
    }

    /**
     * Welfare checks.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<WelfareCheck> welfareChecks() {
        return MonitoringArbitraries.welfareChecks();
    }

    /**
     * Medication reported or in possession.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicationReported> medicationsReported() {
        return MedicationArbitraries.medicationsReported();
    }

    /**
     * Medication reviews.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicationReview> medicationReviews() {
        return MedicationArbitraries.medicationReviews();
    }

    /**
     * Medication administrations.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicationAdministration> medicationAdministrations() {
        return MedicationArbitraries.medicationAdministrations();
    }

    /**
     * Infectious-disease screenings.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InfectiousDiseaseScreening> infectiousDiseaseScreenings() {
        return PublicHealthArbitraries.infectiousDiseaseScreenings();
    }

    /**
     * Starts of isolation, cohorting or quarantine.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IsolationStart> isolationStarts() {
        return PublicHealthArbitraries.isolationStarts();
    }

    /**
     * Ends of isolation.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IsolationEnd> isolationEnds() {
        return PublicHealthArbitraries.isolationEnds();
    }

    /**
     * Pregnancies identified in custody.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PregnancyIdentified> pregnanciesIdentified() {
        return MaternalArbitraries.pregnanciesIdentified();
    }

    /**
     * Births in custody.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Birth> births() {
        return MaternalArbitraries.births();
    }

    /**
     * Releases of newborns.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<NewbornRelease> newbornReleases() {
        return MaternalArbitraries.newbornReleases();
    }

    /**
     * Events of one type.
     *
     * @param type the type, not {@link EventType#UNKNOWN}, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException for {@link EventType#UNKNOWN}
     */
    public static Arbitrary<MedicalEvent> events(EventType type) {
        return EventArbitraries.events(type);
    }

    /**
     * Events of every type, each type equally likely.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicalEvent> events() {
        return EventArbitraries.events();
    }

    /**
     * Valid custody episodes: a consistent detainee, one to three facilities, a book-in from 2023 to mid-2026,
     * a stay of up to 14 days (some open, without book-out), and up to twelve chains of related
     * events drawn from every event type: interview, issue, notification, assessment, monitoring or hospital;
     * emergencies; medication review and doses; screening and isolation; pregnancy, birth, incident report and
     * newborn release; welfare checks; custody events. The payload validator reports no problem for them.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CustodyEpisode> episodes() {
        return EpisodeArbitraries.episodes();
    }

    /**
     * Realistic episodes drawn from the {@link EpisodeGenerator}'s factory with the default settings widened to
     * 8 facilities and 60 days, one person per arbitrary seed: valid, with the mix of events the settings
     * describe (missed and late acts included).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CustodyEpisode> realisticEpisodes() {
        return EpisodeArbitraries.realisticEpisodes();
    }

    /**
     * Realistic episodes drawn from the {@link EpisodeGenerator} with given settings (whose seed is replaced by
     * an arbitrary one per episode).
     *
     * @param settings the settings, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<CustodyEpisode> realisticEpisodes(GeneratorSettings settings) {
        return EpisodeArbitraries.realisticEpisodes(settings);
    }

    /**
     * The model types (other than enums) that {@link #forType(Class)} knows: every value type, every event
     * type, {@link MedicalEvent}, {@link CustodyEpisode} and {@link Problem}.
     *
     * @return the types, in a stable order, not null
     */
    public static List<Class<?>> types() {
        return ArbitrariesByType.types();
    }

    /**
     * The arbitrary of a model type: {@link #coded(Class)} for a coded enum, the named method's arbitrary for
     * the types of {@link #types()} ({@link #episodes()} for {@link CustodyEpisode}).
     *
     * @param type the type, not null
     * @param <T> the type
     * @return the arbitrary, empty if the type is not a model type
     */
    public static <T> Optional<Arbitrary<T>> forType(Class<T> type) {
        return ArbitrariesByType.forType(type);
    }
}
