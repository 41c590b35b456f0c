package gov.cbp.medical.testkit;

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
import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.InterpretationMode;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.HoldRoomAbsence;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.MinorClaimBasis;
import gov.cbp.medical.model.custody.ProvisionItem;
import gov.cbp.medical.model.custody.ProvisionOffered;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
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
import gov.cbp.medical.model.person.Age;
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
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.testkit.internal.EpisodeAssembly;
import gov.cbp.medical.testkit.internal.EpisodeAssembly.Chain;
import gov.cbp.medical.testkit.internal.EpisodeAssembly.Emitter;
import gov.cbp.medical.testkit.internal.EpisodeAssembly.Frame;
import gov.cbp.medical.testkit.internal.EpisodeFactory;
import gov.cbp.medical.testkit.internal.Synthetic;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

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

    private static final Instant LATEST_BOOK_IN = Instant.parse("2026-06-01T00:00:00Z");
    private static final int MAX_STAY_MINUTES = 14 * 24 * 60;
    private static final String TOKEN_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:/-";
    private static final List<String> LANGUAGES =
            List.of("es", "quc", "mam", "ht", "pt", "fr", "en", "ru", "tr", "pt-BR", "es-MX", "zh-Hans");
    private static final List<String> ZONES = List.of("America/Phoenix", "America/Chicago",
            "America/Los_Angeles", "America/Denver", "America/New_York", "UTC");

    private ModelArbitraries() {}

    // ---------------------------------------------------------------------------------------------------------
    // Strings, instants and other building blocks

    /**
     * Identifiers of records, events, subjects and staff: letters, digits and {@code . _ : / -}, 1 to
     * {@link Limits#MAX_ID_LENGTH} characters, mostly short and readable ({@code SYN-123}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> identifiers() {
        return tokens("SYN-", Limits.MAX_ID_LENGTH);
    }

    /**
     * Short codes (hold rooms, form revisions, question and symptom codes): the identifier alphabet, 1 to
     * {@link Limits#MAX_CODE_LENGTH} characters.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> tokens() {
        return tokens("C-", Limits.MAX_CODE_LENGTH);
    }

    private static Arbitrary<String> tokens(String prefix, int max) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 999_999).map(n -> prefix + n)),
                Tuple.of(3, Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(max)),
                Tuple.of(1, Arbitraries.strings().withChars(TOKEN_CHARS).ofLength(max)));
    }

    /**
     * Non-personal labels such as facility and hospital names: not blank, up to
     * {@link Limits#MAX_LABEL_LENGTH} characters.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> labels() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(Synthetic.HOSPITALS)),
                Tuple.of(4, text(150).map(s -> "Synthetic " + s)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofLength(Limits.MAX_LABEL_LENGTH)));
    }

    /**
     * Free text and personal identifiers (names, notes, findings): any characters of several scripts,
     * white space and punctuation included, up to {@link Limits#MAX_TEXT_LENGTH} characters (all in the Basic
     * Multilingual Plane, so characters and code points agree); mostly short synthetic notes.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> personalTexts() {
        List<String> notes = new ArrayList<>();
        notes.addAll(Synthetic.OBSERVATIONS);
        notes.addAll(Synthetic.ISSUES);
        notes.addAll(Synthetic.FINDINGS);
        notes.addAll(Synthetic.MEDICATIONS);
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(notes)),
                Tuple.of(4, text(200).map(s -> "Synthetic: " + s)),
                Tuple.of(1, text(Limits.MAX_TEXT_LENGTH)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofLength(Limits.MAX_TEXT_LENGTH)));
    }

    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\u024f')
                .withCharRange('\u0391', '\u03c9')
                .withCharRange('\u0410', '\u044f')
                .withCharRange('\u4e00', '\u4e3f')
                .withChars("\n\t\r\u2019\u201c\u201d\u2014\u2026")
                .ofMaxLength(maxLength);
    }

    /**
     * ICD-10-CM codes in shape (a letter, a digit, a letter or digit, then optionally a dot and one to four
     * letters or digits); real codes most of the time.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> icd10Codes() {
        Arbitrary<String> shaped = Combinators.combine(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.chars().range('0', '9'),
                Arbitraries.chars().with("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofMaxLength(4))
                .as((a, b, c, rest) -> "" + a + b + c + (rest.isEmpty() ? "" : "." + rest));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.ICD10)), Tuple.of(1, shaped));
    }

    /**
     * BCP 47 language tags of the languages met in custody ({@code es}, {@code quc}, {@code ht}, ...).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> languageTags() {
        return Arbitraries.of(LANGUAGES);
    }

    /**
     * Instants from {@link #EARLIEST} to {@link #LATEST}: mostly whole seconds, some with milliseconds or
     * nanoseconds.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Instant> instants() {
        return instants(EARLIEST, LATEST);
    }

    private static Arbitrary<Instant> instants(Instant from, Instant to) {
        Arbitrary<Long> seconds = Arbitraries.longs().between(from.getEpochSecond(), to.getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000)),
                Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
        return Combinators.combine(seconds, nanos).as((s, n) -> Instant.ofEpochSecond(s, n));
    }

    /**
     * Dates of birth from 1896 to 2026.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LocalDate> datesOfBirth() {
        return Arbitraries.longs().between(LocalDate.of(1896, 1, 1).toEpochDay(), LocalDate.of(2026, 6, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * Positive durations from one second to 14 days, some with fractions of a second.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Duration> positiveDurations() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(4L, 6L, 8L, 12L, 24L).map(Duration::ofHours)),
                Tuple.of(4, Arbitraries.longs().between(1, 14L * 86_400).map(Duration::ofSeconds)),
                Tuple.of(1, Arbitraries.longs().between(1, 86_400_000L).map(Duration::ofMillis)));
    }

    /**
     * Dose intervals within the payload's bounds ({@link gov.cbp.medical.model.common.Limits#MIN_DOSE_INTERVAL}
     * to {@link gov.cbp.medical.model.common.Limits#MAX_DOSE_INTERVAL}): common schedules, and any whole
     * number of seconds from one minute to 14 days.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Duration> doseIntervals() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(4L, 6L, 8L, 12L, 24L).map(Duration::ofHours)),
                Tuple.of(4, Arbitraries.longs().between(60, 14L * 86_400).map(Duration::ofSeconds)),
                Tuple.of(1, Arbitraries.of(gov.cbp.medical.model.common.Limits.MIN_DOSE_INTERVAL,
                        gov.cbp.medical.model.common.Limits.MAX_DOSE_INTERVAL)));
    }

    /**
     * Time zones of border facilities, and UTC.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ZoneId> zoneIds() {
        return Arbitraries.of(ZONES).map(ZoneId::of);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Enums

    /**
     * The known constants of a coded enum: every constant but {@code UNKNOWN}, which only stands for codes of
     * a later version and is never written by the library.
     *
     * @param type the enum class, not null
     * @param <E> the enum type
     * @return the arbitrary, shrinking towards the first constant, not null
     */
    public static <E extends Enum<E> & Coded> Arbitrary<E> coded(Class<E> type) {
        CodeTable<E> table = CodeTable.of(Objects.requireNonNull(type, "type"));
        return Arbitraries.of(table.codes()).map(table::fromCode);
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
        return Arbitraries.of(Objects.requireNonNull(type, "type").getEnumConstants());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Value types

    /**
     * Provenance records, each attribute present or absent.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Provenance> provenances() {
        return Builders.withBuilder(Provenance::builder)
                .use(instants()).withProbability(0.7).in((b, v) -> b.recordedAt(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.recordedBy(v))
                .use(coded(RecordSystem.class)).withProbability(0.7).in((b, v) -> b.system(v))
                .build(Provenance.Builder::build);
    }

    /**
     * Interpretations, with and without language and interpreter.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Interpretation> interpretations() {
        return Builders.withBuilder(Interpretation::builder)
                .use(coded(InterpretationMode.class)).in((b, v) -> b.mode(v))
                .use(languageTags()).withProbability(0.6).in((b, v) -> b.language(v))
                .use(identifiers()).withProbability(0.4).in((b, v) -> b.interpreterId(v))
                .build(Interpretation.Builder::build);
    }

    /**
     * Ages from 0 to {@link Limits#MAX_AGE_YEARS}, exact or estimated.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Age> ages() {
        return Combinators.combine(Arbitraries.integers().between(0, Limits.MAX_AGE_YEARS), Arbitraries.of(false, true))
                .as(Age::of);
    }

    /**
     * Personal identifiers: synthetic names and A-numbers, and arbitrary text.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PersonalIdentifiers> personalIdentifiers() {
        Arbitrary<String> family = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.FAMILY_NAMES)),
                Tuple.of(1, personalTexts()));
        List<String> given = new ArrayList<>(Synthetic.GIVEN_NAMES_F);
        given.addAll(Synthetic.GIVEN_NAMES_M);
        Arbitrary<String> aNumbers = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 999_999_999).map(n -> String.format("A-SYN-%09d", n))),
                Tuple.of(1, personalTexts()));
        return Builders.withBuilder(PersonalIdentifiers::builder)
                .use(family).withProbability(0.9).in((b, v) -> b.familyName(v))
                .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(given)), Tuple.of(1, personalTexts())))
                .withProbability(0.9).in((b, v) -> b.givenName(v))
                .use(aNumbers).withProbability(0.8).in((b, v) -> b.aNumber(v))
                .build(PersonalIdentifiers.Builder::build);
    }

    /**
     * Pregnancies, with and without the weeks of gestation.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Pregnancy> pregnancies() {
        return Builders.withBuilder(Pregnancy::builder)
                .use(Arbitraries.integers().between(0, Limits.MAX_PREGNANCY_WEEKS)).withProbability(0.8)
                .in((b, v) -> b.weeks(v))
                .use(coded(PregnancyBasis.class)).in((b, v) -> b.basis(v))
                .build(Pregnancy.Builder::build);
    }

    /**
     * Language profiles.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LanguageProfile> languageProfiles() {
        return Combinators.combine(languageTags(), Arbitraries.of(true, false))
                .as((tag, needed) -> LanguageProfile.builder().preferred(tag).interpreterNeeded(needed).build());
    }

    /**
     * Detainees valid in shape. The age and population class need not agree: for a consistent detainee, use
     * an episode from {@link #episodes()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Detainee> detainees() {
        return Builders.withBuilder(Detainee::builder)
                .use(identifiers()).in((b, v) -> b.subjectId(v))
                .use(personalIdentifiers()).withProbability(0.8).in((b, v) -> b.identifiers(v))
                .use(datesOfBirth()).withProbability(0.6).in((b, v) -> b.dateOfBirth(v))
                .use(Arbitraries.integers().between(0, Limits.MAX_AGE_YEARS)).withProbability(0.3)
                .in((b, v) -> b.estimatedAgeYears(v))
                .use(coded(AgeBasis.class)).withProbability(0.6).in((b, v) -> b.ageBasis(v))
                .use(coded(Sex.class)).in((b, v) -> b.sex(v))
                .use(coded(PopulationClass.class)).in((b, v) -> b.populationClass(v))
                .use(identifiers()).withProbability(0.3).in((b, v) -> b.familyUnitId(v))
                .use(pregnancies()).withProbability(0.1).in((b, v) -> b.pregnancy(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.postpartum(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.nursing(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.medicallyHighRisk(v))
                .use(languageProfiles()).withProbability(0.8).in((b, v) -> b.language(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.usCitizenNewborn(v))
                .build(Detainee.Builder::build);
    }

    /**
     * Surge periods whose end, when present, is after their start.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SurgePeriod> surgePeriods() {
        return Combinators.combine(instants(), positiveDurations().optional(0.7), coded(SurgeLevel.class))
                .as((start, length, level) -> SurgePeriod.builder().start(start).end(length.map(start::plus))
                        .level(level).build());
    }

    /**
     * Facilities of either component, with up to three surge periods.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Facility> facilities() {
        return Builders.withBuilder(Facility::builder)
                .use(identifiers()).in((b, v) -> b.facilityId(v))
                .use(coded(Component.class)).in((b, v) -> b.component(v))
                .use(labels()).in((b, v) -> b.name(v))
                .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("TCA", "RGV", "SDC", "EPT", "SND", "LRD")),
                        Tuple.of(1, tokens()))).in((b, v) -> b.area(v))
                .use(zoneIds()).in((b, v) -> b.timeZone(v))
                .use(coded(MedicalSupportLevel.class)).in((b, v) -> b.medicalSupport(v))
                .use(surgePeriods().list().ofMaxSize(3)).in((b, v) -> b.surgePeriods(v))
                .build(Facility.Builder::build);
    }

    /**
     * Book-ins (arbitrary facility reference).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BookIn> bookIns() {
        return Combinators.combine(instants(), identifiers(), tokens().optional(0.7))
                .as((at, facility, room) -> BookIn.builder().at(at).facilityId(facility).holdRoom(room).build());
    }

    /**
     * Book-outs.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BookOut> bookOuts() {
        return Combinators.combine(instants(), coded(Disposition.class))
                .as((at, disposition) -> BookOut.builder().at(at).disposition(disposition).build());
    }

    /**
     * Answers to coded interview questions.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InterviewAnswer> interviewAnswers() {
        Arbitrary<String> questions = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, Synthetic.QUESTIONS).map(Synthetic::question)),
                Tuple.of(1, tokens()));
        return Combinators.combine(questions, coded(Answer.class))
                .as((q, a) -> InterviewAnswer.builder().question(q).answer(a).build());
    }

    /**
     * Diagnostic tests.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DiagnosticTest> diagnosticTests() {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.TESTS)),
                Tuple.of(1, tokens())), coded(ScreeningResult.class))
                .as((t, r) -> DiagnosticTest.builder().test(t).result(r).build());
    }

    /**
     * Validation problems as the validator reports them (codes, pointers and messages free of personal data).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Problem> problems() {
        Arbitrary<String> codes = Arbitraries.of("payload.field.required", "payload.field.type", "payload.text.tooLong",
                "episode.event.beforeBookIn", "episode.reference.unknown", "json.syntax.truncated");
        Arbitrary<String> pointers = Arbitraries.of("", "/episodeId", "/detainee/sex", "/events/0/at",
                "/events/12/reasonEventIds/0", "/facilities/1/timeZone");
        return Combinators.combine(coded(Severity.class), codes, pointers,
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80),
                Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(12).list().ofMaxSize(3))
                .as(Problem::of);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Events

    /** The attributes every event has. */
    private static final class Core {
        final String id;
        final Instant at;
        final Optional<Provenance> provenance;

        Core(String id, Instant at, Optional<Provenance> provenance) {
            this.id = id;
            this.at = at;
            this.provenance = provenance;
        }
    }

    private static Arbitrary<Core> cores() {
        return Combinators.combine(identifiers(), instants(), provenances().optional(0.3)).as(Core::new);
    }

    /**
     * Hold-room placements.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HoldRoomPlacement> holdRoomPlacements() {
        return Builders.withBuilder(HoldRoomPlacement::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(identifiers()).in((b, v) -> b.facilityId(v))
                .use(tokens()).in((b, v) -> b.holdRoom(v))
                .build(HoldRoomPlacement.Builder::build);
    }

    /**
     * Times out of the hold room; the return is any valid instant, not necessarily after the departure.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HoldRoomAbsence> holdRoomAbsences() {
        return Builders.withBuilder(HoldRoomAbsence::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(instants()).in((b, v) -> b.returnedAt(v))
                .use(coded(HoldRoomAbsence.Reason.class)).in((b, v) -> b.reason(v))
                .use(identifiers()).withProbability(0.5).in((b, v) -> b.escortedBy(v))
                .build(HoldRoomAbsence.Builder::build);
    }

    /**
     * Transfers.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Transfer> transfers() {
        return Builders.withBuilder(Transfer::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(identifiers()).in((b, v) -> b.fromFacilityId(v))
                .use(identifiers()).in((b, v) -> b.toFacilityId(v))
                .use(tokens()).withProbability(0.7).in((b, v) -> b.holdRoom(v))
                .use(Arbitraries.of(true, false)).withProbability(0.7).in((b, v) -> b.medicationTransferred(v))
                .build(Transfer.Builder::build);
    }

    /**
     * Claims or suspicions that a detainee is under 18.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MinorClaim> minorClaims() {
        return Combinators.combine(cores(), coded(MinorClaimBasis.class))
                .as((c, basis) -> MinorClaim.builder().id(c.id).at(c.at).provenance(c.provenance).basis(basis).build());
    }

    /**
     * Determinations that a person is an unaccompanied child.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<UnaccompaniedDetermination> unaccompaniedDeterminations() {
        return cores().map(c -> UnaccompaniedDetermination.builder().id(c.id).at(c.at).provenance(c.provenance).build());
    }

    /**
     * Provisions offered.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ProvisionOffered> provisionsOffered() {
        return Combinators.combine(cores(), coded(ProvisionItem.class), Arbitraries.of(false, true))
                .as((c, item, declined) -> ProvisionOffered.builder().id(c.id).at(c.at).provenance(c.provenance)
                        .item(item).declined(declined).build());
    }

    /**
     * Recorded exceptions.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ExceptionRecorded> exceptionsRecorded() {
        return Builders.withBuilder(ExceptionRecorded::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(Arbitraries.of("TVPRA-TRANSFER", "TEDS-DURATION", "TEDS-WELFARE", "EMD-SURGE"))
                .in((b, v) -> b.requirementId(v))
                .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.EXCEPTION_REASONS)),
                        Tuple.of(1, tokens()))).in((b, v) -> b.reasonCode(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.approvedBy(v))
                .use(personalTexts()).withProbability(0.7).in((b, v) -> b.note(v))
                .build(ExceptionRecorded.Builder::build);
    }

    /**
     * Observations at encounter.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<EncounterObservation> encounterObservations() {
        return Builders.withBuilder(EncounterObservation::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.observerId(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.concernObserved(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.toldToReport(v))
                .build(EncounterObservation.Builder::build);
    }

    /**
     * Health interviews with up to twelve answers.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HealthInterview> healthInterviews() {
        return Builders.withBuilder(HealthInterview::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Synthetic.FORM_REVISION)), Tuple.of(1, tokens())))
                .in((b, v) -> b.formRevision(v))
                .use(identifiers()).withProbability(0.8).in((b, v) -> b.interviewerId(v))
                .use(languageTags()).withProbability(0.8).in((b, v) -> b.language(v))
                .use(interpretations()).withProbability(0.6).in((b, v) -> b.interpretation(v))
                .use(interviewAnswers().list().ofMaxSize(12)).in((b, v) -> b.answers(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.refused(v))
                .build(HealthInterview.Builder::build);
    }

    /**
     * Medical issues.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicalIssue> medicalIssues() {
        return Builders.withBuilder(MedicalIssue::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(coded(IssueSource.class)).in((b, v) -> b.source(v))
                .use(identifiers()).withProbability(0.3).in((b, v) -> b.interviewEventId(v))
                .use(tokens()).withProbability(0.3).in((b, v) -> b.questionCode(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.emergency(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.highRisk(v))
                .use(personalTexts()).withProbability(0.8).in((b, v) -> b.description(v))
                .build(MedicalIssue.Builder::build);
    }

    /**
     * Notifications.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Notification> notifications() {
        return Combinators.combine(cores(), coded(NotificationRecipient.class), identifiers().optional(0.7))
                .as((c, recipient, subject) -> Notification.builder().id(c.id).at(c.at).provenance(c.provenance)
                        .recipient(recipient).subjectEventId(subject).build());
    }

    /**
     * Emergency calls.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<EmsCall> emsCalls() {
        return Combinators.combine(cores(), identifiers().optional(0.7))
                .as((c, issue) -> EmsCall.builder().id(c.id).at(c.at).provenance(c.provenance).issueEventId(issue)
                        .build());
    }

    /**
     * Arrivals of emergency medical services.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<EmsArrival> emsArrivals() {
        return Combinators.combine(cores(), identifiers())
                .as((c, call) -> EmsArrival.builder().id(c.id).at(c.at).provenance(c.provenance).callEventId(call)
                        .build());
    }

    /**
     * Medical assessments, including refusals.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicalAssessment> medicalAssessments() {
        return Builders.withBuilder(MedicalAssessment::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(identifiers()).withProbability(0.8).in((b, v) -> b.providerId(v))
                .use(coded(Credential.class)).in((b, v) -> b.credential(v))
                .use(identifiers().list().ofMaxSize(3)).in((b, v) -> b.reasonEventIds(v))
                .use(interpretations()).withProbability(0.5).in((b, v) -> b.interpretation(v))
                .use(personalTexts()).withProbability(0.7).in((b, v) -> b.findings(v))
                .use(icd10Codes().list().ofMaxSize(3)).in((b, v) -> b.diagnoses(v))
                .use(coded(AssessmentDisposition.class)).withProbability(0.9).in((b, v) -> b.disposition(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.refused(v))
                .build(MedicalAssessment.Builder::build);
    }

    /**
     * Hospital visits.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HospitalVisit> hospitalVisits() {
        return Builders.withBuilder(HospitalVisit::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(labels()).withProbability(0.8).in((b, v) -> b.hospitalName(v))
                .use(identifiers()).withProbability(0.6).in((b, v) -> b.reasonEventId(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.admitted(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.hospitalWatch(v))
                .use(interpretations()).withProbability(0.6).in((b, v) -> b.interpretation(v))
                .build(HospitalVisit.Builder::build);
    }

    /**
     * Hospital discharges.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HospitalDischarge> hospitalDischarges() {
        return Combinators.combine(cores(), identifiers())
                .as((c, visit) -> HospitalDischarge.builder().id(c.id).at(c.at).provenance(c.provenance)
                        .visitEventId(visit).build());
    }

    /**
     * Significant-incident reports.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<SignificantIncidentReport> significantIncidentReports() {
        return Combinators.combine(cores(), coded(IncidentCategory.class), identifiers().optional(0.7))
                .as((c, category, subject) -> SignificantIncidentReport.builder().id(c.id).at(c.at)
                        .provenance(c.provenance).category(category).subjectEventId(subject).build());
    }

    /**
     * Placements in enhanced medical monitoring.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonitoringPlacement> monitoringPlacements() {
        return Combinators.combine(cores(), coded(MonitoringReason.class), identifiers().optional(0.6))
                .as((c, reason, assessment) -> MonitoringPlacement.builder().id(c.id).at(c.at).provenance(c.provenance)
                        .reason(reason).assessmentEventId(assessment).build());
    }

    /**
     * Monitoring checks.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonitoringCheck> monitoringChecks() {
        return Builders.withBuilder(MonitoringCheck::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(identifiers()).in((b, v) -> b.placementEventId(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.observerId(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.medicalReevaluation(v))
                .use(coded(CheckOutcome.class)).withProbability(0.7).in((b, v) -> b.outcome(v))
                .build(MonitoringCheck.Builder::build);
    }

    /**
     * Removals from enhanced medical monitoring.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonitoringRemoval> monitoringRemovals() {
        return Combinators.combine(cores(), identifiers())
                .as((c, placement) -> MonitoringRemoval.builder().id(c.id).at(c.at).provenance(c.provenance)
                        .placementEventId(placement).build());
    }

    /**
     * Welfare checks.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<WelfareCheck> welfareChecks() {
        return Builders.withBuilder(WelfareCheck::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.observerId(v))
                .use(coded(CheckMethod.class)).in((b, v) -> b.method(v))
                .use(coded(CheckOutcome.class)).in((b, v) -> b.outcome(v))
                .use(tokens()).withProbability(0.7).in((b, v) -> b.holdRoom(v))
                .use(personalTexts()).withProbability(0.3).in((b, v) -> b.observations(v))
                .build(WelfareCheck.Builder::build);
    }

    /**
     * Medication reported or in possession.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicationReported> medicationsReported() {
        return Combinators.combine(cores(), Arbitraries.of(false, true), personalTexts().optional(0.8))
                .as((c, reportedOnly, medication) -> MedicationReported.builder().id(c.id).at(c.at)
                        .provenance(c.provenance).reportedOnly(reportedOnly).medication(medication).build());
    }

    /**
     * Medication reviews.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicationReview> medicationReviews() {
        return Builders.withBuilder(MedicationReview::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(identifiers()).in((b, v) -> b.medicationEventId(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.providerId(v))
                .use(coded(Credential.class)).in((b, v) -> b.credential(v))
                .use(coded(MedicationDecision.class)).in((b, v) -> b.decision(v))
                .use(doseIntervals()).withProbability(0.6).in((b, v) -> b.doseInterval(v))
                .build(MedicationReview.Builder::build);
    }

    /**
     * Medication administrations.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicationAdministration> medicationAdministrations() {
        return Builders.withBuilder(MedicationAdministration::builder)
                .use(cores()).in((b, c) -> b.id(c.id).at(c.at).provenance(c.provenance))
                .use(identifiers()).in((b, v) -> b.reviewEventId(v))
                .use(instants()).withProbability(0.7).in((b, v) -> b.scheduledAt(v))
                .use(coded(AdministrationStatus.class)).in((b, v) -> b.status(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.givenBy(v))
                .build(MedicationAdministration.Builder::build);
    }

    /**
     * Infectious-disease screenings.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<InfectiousDiseaseScreening> infectiousDiseaseScreenings() {
        Arbitrary<String> symptoms = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.SYMPTOMS)),
                Tuple.of(1, tokens()));
        return Combinators.combine(cores(), symptoms.list().ofMaxSize(4), diagnosticTests().list().ofMaxSize(3),
                coded(ScreeningResult.class))
                .as((c, found, tests, result) -> InfectiousDiseaseScreening.builder().id(c.id).at(c.at)
                        .provenance(c.provenance).symptoms(found).tests(tests).result(result).build());
    }

    /**
     * Starts of isolation, cohorting or quarantine.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IsolationStart> isolationStarts() {
        return Combinators.combine(cores(), coded(IsolationMode.class), identifiers().optional(0.7))
                .as((c, mode, reason) -> IsolationStart.builder().id(c.id).at(c.at).provenance(c.provenance).mode(mode)
                        .reasonEventId(reason).build());
    }

    /**
     * Ends of isolation.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<IsolationEnd> isolationEnds() {
        return Combinators.combine(cores(), identifiers())
                .as((c, start) -> IsolationEnd.builder().id(c.id).at(c.at).provenance(c.provenance).startEventId(start)
                        .build());
    }

    /**
     * Pregnancies identified in custody.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PregnancyIdentified> pregnanciesIdentified() {
        return Combinators.combine(cores(), Arbitraries.integers().between(0, Limits.MAX_PREGNANCY_WEEKS).optional(0.8),
                coded(PregnancyBasis.class))
                .as((c, weeks, basis) -> PregnancyIdentified.builder().id(c.id).at(c.at).provenance(c.provenance)
                        .weeks(weeks).basis(basis).build());
    }

    /**
     * Births in custody.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Birth> births() {
        return Combinators.combine(cores(), coded(BirthPlace.class), identifiers().optional(0.8),
                Arbitraries.of(true, false))
                .as((c, place, newborn, citizen) -> Birth.builder().id(c.id).at(c.at).provenance(c.provenance)
                        .place(place).newbornSubjectId(newborn).newbornUsCitizen(citizen).build());
    }

    /**
     * Releases of newborns.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<NewbornRelease> newbornReleases() {
        return Combinators.combine(cores(), identifiers(), coded(NewbornCaregiver.class))
                .as((c, birth, caregiver) -> NewbornRelease.builder().id(c.id).at(c.at).provenance(c.provenance)
                        .birthEventId(birth).releasedTo(caregiver).build());
    }

    /**
     * Events of one type.
     *
     * @param type the type, not {@link EventType#UNKNOWN}, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException for {@link EventType#UNKNOWN}
     */
    public static Arbitrary<MedicalEvent> events(EventType type) {
        Supplier<Arbitrary<? extends MedicalEvent>> supplier = EVENTS.get(Objects.requireNonNull(type, "type"));
        if (supplier == null) {
            throw new IllegalArgumentException("no arbitrary for an unknown event type");
        }
        return supplier.get().map(MedicalEvent.class::cast);
    }

    /**
     * Events of every type, each type equally likely.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MedicalEvent> events() {
        List<Arbitrary<MedicalEvent>> all = new ArrayList<>();
        for (String code : EventType.codes().codes()) {
            all.add(events(EventType.fromCode(code)));
        }
        return Arbitraries.oneOf(all);
    }

    private static final Map<EventType, Supplier<Arbitrary<? extends MedicalEvent>>> EVENTS = eventArbitraries();

    private static Map<EventType, Supplier<Arbitrary<? extends MedicalEvent>>> eventArbitraries() {
        Map<EventType, Supplier<Arbitrary<? extends MedicalEvent>>> map = new EnumMap<>(EventType.class);
        map.put(EventType.HOLD_ROOM_PLACEMENT, ModelArbitraries::holdRoomPlacements);
        map.put(EventType.TRANSFER, ModelArbitraries::transfers);
        map.put(EventType.MINOR_CLAIM, ModelArbitraries::minorClaims);
        map.put(EventType.UNACCOMPANIED_DETERMINATION, ModelArbitraries::unaccompaniedDeterminations);
        map.put(EventType.PROVISION_OFFERED, ModelArbitraries::provisionsOffered);
        map.put(EventType.EXCEPTION_RECORDED, ModelArbitraries::exceptionsRecorded);
        map.put(EventType.ENCOUNTER_OBSERVATION, ModelArbitraries::encounterObservations);
        map.put(EventType.HEALTH_INTERVIEW, ModelArbitraries::healthInterviews);
        map.put(EventType.MEDICAL_ISSUE, ModelArbitraries::medicalIssues);
        map.put(EventType.NOTIFICATION, ModelArbitraries::notifications);
        map.put(EventType.EMS_CALL, ModelArbitraries::emsCalls);
        map.put(EventType.EMS_ARRIVAL, ModelArbitraries::emsArrivals);
        map.put(EventType.MEDICAL_ASSESSMENT, ModelArbitraries::medicalAssessments);
        map.put(EventType.HOSPITAL_VISIT, ModelArbitraries::hospitalVisits);
        map.put(EventType.HOSPITAL_DISCHARGE, ModelArbitraries::hospitalDischarges);
        map.put(EventType.SIGNIFICANT_INCIDENT_REPORT, ModelArbitraries::significantIncidentReports);
        map.put(EventType.MONITORING_PLACEMENT, ModelArbitraries::monitoringPlacements);
        map.put(EventType.MONITORING_CHECK, ModelArbitraries::monitoringChecks);
        map.put(EventType.MONITORING_REMOVAL, ModelArbitraries::monitoringRemovals);
        map.put(EventType.WELFARE_CHECK, ModelArbitraries::welfareChecks);
        map.put(EventType.MEDICATION_REPORTED, ModelArbitraries::medicationsReported);
        map.put(EventType.MEDICATION_REVIEW, ModelArbitraries::medicationReviews);
        map.put(EventType.MEDICATION_ADMINISTRATION, ModelArbitraries::medicationAdministrations);
        map.put(EventType.INFECTIOUS_DISEASE_SCREENING, ModelArbitraries::infectiousDiseaseScreenings);
        map.put(EventType.ISOLATION_START, ModelArbitraries::isolationStarts);
        map.put(EventType.ISOLATION_END, ModelArbitraries::isolationEnds);
        map.put(EventType.PREGNANCY_IDENTIFIED, ModelArbitraries::pregnanciesIdentified);
        map.put(EventType.BIRTH, ModelArbitraries::births);
        map.put(EventType.NEWBORN_RELEASE, ModelArbitraries::newbornReleases);
        map.put(EventType.HOLD_ROOM_ABSENCE, ModelArbitraries::holdRoomAbsences);
        return Collections.unmodifiableMap(map);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Whole episodes

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
        return Combinators.combine(frames(), chains().list().ofMaxSize(12), Arbitraries.of(true, false))
                .as(EpisodeAssembly::assemble);
    }

    /**
     * Realistic episodes drawn from the {@link EpisodeGenerator}'s factory with the default settings widened to
     * 8 facilities and 60 days, one person per arbitrary seed: valid, with the mix of events the settings
     * describe (missed and late acts included).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CustodyEpisode> realisticEpisodes() {
        return realisticEpisodes(GeneratorSettings.builder().facilities(8).days(60).build());
    }

    /**
     * Realistic episodes drawn from the {@link EpisodeGenerator} with given settings (whose seed is replaced by
     * an arbitrary one per episode).
     *
     * @param settings the settings, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<CustodyEpisode> realisticEpisodes(GeneratorSettings settings) {
        EpisodeFactory factory = new EpisodeFactory(Objects.requireNonNull(settings, "settings"));
        return Arbitraries.longs().map(factory::single);
    }

    private static Arbitrary<Frame> frames() {
        Arbitrary<List<Facility>> facilities = facilities().list().ofMinSize(1).ofMaxSize(3)
                .uniqueElements(Facility::facilityId);
        Arbitrary<Instant> bookIns = instants(EARLIEST, LATEST_BOOK_IN);
        Arbitrary<Integer> stays = Arbitraries.integers().between(1, MAX_STAY_MINUTES)
                .withDistribution(net.jqwik.api.RandomDistribution.biased());
        Arbitrary<Optional<Disposition>> bookOuts = coded(Disposition.class).optional(6.0 / 7);
        Arbitrary<int[]> ages = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 364))
                .as((mode, seed, birthday) -> new int[] {mode, seed, birthday});
        return Combinators.combine(identifiers(), detainees(), coded(PopulationClass.class), ages, facilities, bookIns,
                stays, Combinators.combine(bookOuts, tokens().optional(0.7)).as(Tuple::of))
                .as((id, template, populationClass, age, list, bookIn, stay, out) -> {
                    Instant end = bookIn.plusSeconds(60L * stay);
                    Detainee detainee = consistent(template, populationClass, age, list.get(0).timeZone(), bookIn);
                    Optional<BookOut> bookOut = out.get1().map(d -> BookOut.builder().at(end).disposition(d).build());
                    return new Frame(id, detainee, list, bookIn, Duration.ofMinutes(stay), bookOut, out.get2());
                });
    }

    /** A detainee whose age agrees with the population class at book-in, and pregnant only if female. */
    private static Detainee consistent(Detainee template, PopulationClass populationClass, int[] age, ZoneId zone,
            Instant bookIn) {
        boolean juvenile = populationClass.isJuvenile();
        int years = juvenile ? age[1] % 18 : 18 + age[1] % 83;
        LocalDate bookInDate = LocalDate.ofInstant(bookIn, zone);
        Detainee.Builder b = template.toBuilder()
                .populationClass(populationClass)
                .dateOfBirth(Optional.empty())
                .estimatedAgeYears(Optional.empty());
        int mode = age[0] == 3 && juvenile ? 0 : age[0];
        if (mode == 0 || mode == 1) {
            b.dateOfBirth(bookInDate.minusYears(years).minusDays(age[2]));
        } else if (mode == 2) {
            b.estimatedAgeYears(years).ageBasis(AgeBasis.ESTIMATED);
        }
        if (template.sex() != Sex.FEMALE || years < 10) {
            b.pregnancy(Optional.empty());
        }
        return b.build();
    }

    private static Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(0, 720);
    }

    private static Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    private static Arbitrary<Chain> chains() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, observationChains()),
                Tuple.of(2, custodyChains()),
                Tuple.of(2, interviewChains()),
                Tuple.of(1, emergencyChains()),
                Tuple.of(1, medicationChains()),
                Tuple.of(1, screeningChains()),
                Tuple.of(1, maternalChains()),
                Tuple.of(2, welfareChains()));
    }

    private static Arbitrary<Chain> observationChains() {
        return Combinators.combine(encounterObservations(), Arbitraries.integers().between(0, 240))
                .as((template, before) -> e -> e.add(template.toBuilder().id(e.nextId())
                        .at(e.frame().bookIn().minusSeconds(60L * before)).build()));
    }

    private static Arbitrary<Chain> custodyChains() {
        Arbitrary<Chain> placements = Combinators.combine(holdRoomPlacements(), fractions(),
                Arbitraries.integers().between(0, 2))
                .as((t, start, facility) -> e -> e.add(t.toBuilder().id(e.nextId()).at(e.start(start))
                        .facilityId(facilityId(e, facility)).build()));
        Arbitrary<Chain> transfers = Combinators.combine(transfers(), fractions(), Arbitraries.integers().between(0, 2))
                .as((t, start, to) -> e -> e.add(t.toBuilder().id(e.nextId()).at(e.start(start))
                        .fromFacilityId(facilityId(e, 0)).toFacilityId(facilityId(e, to)).build()));
        Arbitrary<Chain> claims = Combinators.combine(minorClaims(), fractions(), notifications(), minutes(),
                Arbitraries.of(false, true))
                .as((claim, start, notification, delay, notify) -> e -> {
                    String id = e.add(claim.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    if (notify) {
                        e.add(notification.toBuilder().id(e.nextId()).at(e.after(delay))
                                .recipient(NotificationRecipient.HHS_ORR).subjectEventId(id).build());
                    }
                });
        Arbitrary<Chain> determinations = Combinators.combine(unaccompaniedDeterminations(), fractions(),
                exceptionsRecorded().optional(0.5), minutes())
                .as((determination, start, exception, delay) -> e -> {
                    e.add(determination.toBuilder().id(e.nextId()).at(e.start(start)).build());
                    exception.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(delay)).build()));
                });
        Arbitrary<Chain> provisions = Combinators.combine(provisionsOffered(), fractions())
                .as((t, start) -> e -> e.add(t.toBuilder().id(e.nextId()).at(e.start(start)).build()));
        Arbitrary<Chain> absences = Combinators.combine(holdRoomAbsences(), fractions(), minutes())
                .as((t, start, length) -> e -> e.add(t.toBuilder().id(e.nextId()).at(e.start(start))
                        .returnedAt(e.after(length)).build()));
        return Arbitraries.oneOf(placements, transfers, claims, determinations, provisions, absences);
    }

    private static String facilityId(Emitter e, int index) {
        List<Facility> list = e.frame().facilities();
        return list.get(index % list.size()).facilityId();
    }

    /** What follows an assessment or an emergency: nothing, enhanced monitoring, or a hospital visit. */
    @FunctionalInterface
    private interface Tail {
        /**
         * Emits the tail.
         *
         * @param e the emitter
         * @param assessmentId the assessment that asks for monitoring, or null
         * @param reasonId the event that is the reason for a hospital visit
         */
        void emit(Emitter e, String assessmentId, String reasonId);
    }

    private static Arbitrary<Tail> tails() {
        Arbitrary<Tail> monitoring = Combinators.combine(monitoringPlacements(), monitoringChecks().list().ofMaxSize(6),
                monitoringRemovals().optional(0.5), minutes().list().ofSize(8))
                .as((placement, checks, removal, delays) -> (e, assessment, reason) -> {
                    String id = e.add(placement.toBuilder().id(e.nextId()).at(e.after(delays.get(0)))
                            .assessmentEventId(Optional.ofNullable(assessment)).build()).id();
                    for (int i = 0; i < checks.size(); i++) {
                        e.add(checks.get(i).toBuilder().id(e.nextId()).at(e.after(delays.get(1 + i) / 4))
                                .placementEventId(id).build());
                    }
                    removal.ifPresent(r -> e.add(r.toBuilder().id(e.nextId()).at(e.after(delays.get(7)))
                            .placementEventId(id).build()));
                });
        Arbitrary<Tail> hospital = Combinators.combine(hospitalVisits(), hospitalDischarges().optional(0.7), minutes(),
                minutes())
                .as((visit, discharge, d1, d2) -> (e, assessment, reason) -> {
                    String id = e.add(visit.toBuilder().id(e.nextId()).at(e.after(d1))
                            .reasonEventId(Optional.ofNullable(reason)).build()).id();
                    discharge.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(d2)).visitEventId(id)
                            .build()));
                });
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just((e, a, r) -> { })), Tuple.of(2, monitoring),
                Tuple.of(1, hospital));
    }

    private static Arbitrary<Chain> interviewChains() {
        return Combinators.combine(healthInterviews(), fractions(), Arbitraries.integers().between(0, 3),
                medicalIssues(), notifications(), medicalAssessments(), tails(), minutes().list().ofSize(3))
                .as((interview, start, depth, issue, notification, assessment, tail, delays) -> e -> {
                    String interviewId = e.add(interview.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    if (depth < 1) {
                        return;
                    }
                    String issueId = e.add(issue.toBuilder().id(e.nextId()).at(e.after(delays.get(0) / 10))
                            .interviewEventId(interviewId).source(IssueSource.INTERVIEW_ANSWER).build()).id();
                    if (depth < 2) {
                        return;
                    }
                    e.add(notification.toBuilder().id(e.nextId()).at(e.after(delays.get(1) / 10))
                            .subjectEventId(issueId).build());
                    if (depth < 3) {
                        return;
                    }
                    String assessmentId = e.add(assessment.toBuilder().id(e.nextId()).at(e.after(delays.get(2)))
                            .reasonEventIds(List.of(issueId, interviewId)).build()).id();
                    tail.emit(e, assessmentId, assessmentId);
                });
    }

    private static Arbitrary<Chain> emergencyChains() {
        return Combinators.combine(medicalIssues(), fractions(), emsCalls(), emsArrivals(), tails(),
                minutes().list().ofSize(2))
                .as((issue, start, call, arrival, tail, delays) -> e -> {
                    String issueId = e.add(issue.toBuilder().id(e.nextId()).at(e.start(start)).interviewEventId(
                            Optional.empty()).emergency(true).build()).id();
                    String callId = e.add(call.toBuilder().id(e.nextId()).at(e.after(delays.get(0) / 20))
                            .issueEventId(issueId).build()).id();
                    e.add(arrival.toBuilder().id(e.nextId()).at(e.after(delays.get(1) / 10)).callEventId(callId).build());
                    tail.emit(e, null, issueId);
                });
    }

    private static Arbitrary<Chain> medicationChains() {
        return Combinators.combine(medicationsReported(), fractions(), medicationReviews().optional(0.8),
                medicationAdministrations().list().ofMaxSize(5), minutes().list().ofSize(6))
                .as((reported, start, review, doses, delays) -> e -> {
                    String reportedId = e.add(reported.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    if (review.isEmpty()) {
                        return;
                    }
                    String reviewId = e.add(review.get().toBuilder().id(e.nextId()).at(e.after(delays.get(0)))
                            .medicationEventId(reportedId).build()).id();
                    for (int i = 0; i < doses.size(); i++) {
                        e.add(doses.get(i).toBuilder().id(e.nextId()).at(e.after(delays.get(1 + i)))
                                .reviewEventId(reviewId).build());
                    }
                });
    }

    private static Arbitrary<Chain> screeningChains() {
        return Combinators.combine(infectiousDiseaseScreenings(), fractions(), isolationStarts().optional(0.7),
                isolationEnds().optional(0.5), minutes(), minutes())
                .as((screening, start, isolation, release, d1, d2) -> e -> {
                    String screeningId = e.add(screening.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    if (isolation.isEmpty()) {
                        return;
                    }
                    String startId = e.add(isolation.get().toBuilder().id(e.nextId()).at(e.after(d1 / 6))
                            .reasonEventId(screeningId).build()).id();
                    release.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(d2 * 4)).startEventId(startId)
                            .build()));
                });
    }

    private static Arbitrary<Chain> maternalChains() {
        return Combinators.combine(pregnanciesIdentified(), fractions(), births().optional(0.6),
                significantIncidentReports().optional(0.8), newbornReleases().optional(0.8), notifications(),
                minutes().list().ofSize(4))
                .as((pregnancy, start, birth, report, release, notification, delays) -> e -> {
                    String pregnancyId = e.add(pregnancy.toBuilder().id(e.nextId()).at(e.start(start)).build()).id();
                    e.add(notification.toBuilder().id(e.nextId()).at(e.after(delays.get(0) / 10))
                            .recipient(NotificationRecipient.MEDICAL_PERSONNEL).subjectEventId(pregnancyId).build());
                    if (birth.isEmpty()) {
                        return;
                    }
                    String birthId = e.add(birth.get().toBuilder().id(e.nextId()).at(e.after(delays.get(1))).build()).id();
                    report.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(delays.get(2)))
                            .category(IncidentCategory.BIRTH).subjectEventId(birthId).build()));
                    release.ifPresent(x -> e.add(x.toBuilder().id(e.nextId()).at(e.after(delays.get(3)))
                            .birthEventId(birthId).build()));
                });
    }

    private static Arbitrary<Chain> welfareChains() {
        return Combinators.combine(welfareChecks().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(1, 24), fractions(),
                Arbitraries.integers().between(5, 90).list().ofSize(24))
                .as((templates, count, start, intervals) -> e -> {
                    e.start(start);
                    for (int i = 0; i < count; i++) {
                        e.add(templates.get(i % templates.size()).toBuilder().id(e.nextId())
                                .at(e.after(i == 0 ? 0 : intervals.get(i))).build());
                    }
                });
    }

    // ---------------------------------------------------------------------------------------------------------
    // By type

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE = byType();

    private static Map<Class<?>, Supplier<Arbitrary<?>>> byType() {
        Map<Class<?>, Supplier<Arbitrary<?>>> map = new LinkedHashMap<>();
        map.put(CustodyEpisode.class, ModelArbitraries::episodes);
        map.put(Provenance.class, ModelArbitraries::provenances);
        map.put(Interpretation.class, ModelArbitraries::interpretations);
        map.put(Age.class, ModelArbitraries::ages);
        map.put(PersonalIdentifiers.class, ModelArbitraries::personalIdentifiers);
        map.put(Pregnancy.class, ModelArbitraries::pregnancies);
        map.put(LanguageProfile.class, ModelArbitraries::languageProfiles);
        map.put(Detainee.class, ModelArbitraries::detainees);
        map.put(SurgePeriod.class, ModelArbitraries::surgePeriods);
        map.put(Facility.class, ModelArbitraries::facilities);
        map.put(BookIn.class, ModelArbitraries::bookIns);
        map.put(BookOut.class, ModelArbitraries::bookOuts);
        map.put(InterviewAnswer.class, ModelArbitraries::interviewAnswers);
        map.put(DiagnosticTest.class, ModelArbitraries::diagnosticTests);
        map.put(Problem.class, ModelArbitraries::problems);
        map.put(MedicalEvent.class, ModelArbitraries::events);
        for (EventType type : EventType.values()) {
            if (type != EventType.UNKNOWN) {
                map.put(type.eventClass(), () -> events(type)); // each event type's own arbitrary
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The model types (other than enums) that {@link #forType(Class)} knows: every value type, every event
     * type, {@link MedicalEvent}, {@link CustodyEpisode} and {@link Problem}.
     *
     * @return the types, in a stable order, not null
     */
    public static List<Class<?>> types() {
        return List.copyOf(BY_TYPE.keySet());
    }

    /**
     * The arbitrary of a model type: {@link #coded(Class)} for a coded enum, the named method's arbitrary for
     * the types of {@link #types()} ({@link #episodes()} for {@link CustodyEpisode}).
     *
     * @param type the type, not null
     * @param <T> the type
     * @return the arbitrary, empty if the type is not a model type
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Optional<Arbitrary<T>> forType(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return Optional.of((Arbitrary<T>) coded((Class) type));
        }
        Supplier<Arbitrary<?>> supplier = BY_TYPE.get(type);
        return supplier == null ? Optional.empty() : Optional.of((Arbitrary<T>) supplier.get());
    }
}
