package gov.cbp.medical.rules;

import gov.cbp.medical.model.care.AssessmentDisposition;
import gov.cbp.medical.model.care.Credential;
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
import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.MinorClaimBasis;
import gov.cbp.medical.model.custody.ProvisionItem;
import gov.cbp.medical.model.custody.ProvisionOffered;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
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
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Pregnancy;
import gov.cbp.medical.model.person.PregnancyBasis;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.IsolationMode;
import gov.cbp.medical.model.publichealth.IsolationStart;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.standard.Catalogue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.json.MedicalJson;

/** Small builders of synthetic episodes for the rules' tests; times are offsets from book-in at {@link #T0}. */
public final class Episodes {
    /** Book-in of every test episode. */
    public static final Instant T0 = Instant.parse("2026-03-01T14:00:00Z");
    public static final Evaluator BASELINE = Evaluator.of(Catalogue.baseline());

    private Episodes() {}

    public static Duration h(long hours) {
        return Duration.ofHours(hours);
    }

    public static Duration m(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    public static Instant at(Duration offset) {
        return T0.plus(offset);
    }

    public static Facility station(String id, MedicalSupportLevel support) {
        return Facility.builder().facilityId(id).component(Component.USBP).name("Synthetic Station " + id).area("YUM")
                .timeZone(ZoneId.of("America/Phoenix")).medicalSupport(support).build();
    }

    /** A builder of one episode. */
    public static final class Builder {
        private final Detainee.Builder detainee = Detainee.builder().subjectId("SUBJ-1").sex(Sex.FEMALE);
        private final List<Facility> facilities = new ArrayList<>();
        private Instant bookIn = T0;
        private String holdRoom = "HR-1";
        private BookOut bookOut;
        private final List<MedicalEvent> events = new ArrayList<>();
        private String id = "EP-1";
        private MedicalSupportLevel support = MedicalSupportLevel.ON_SITE_CONTINUOUS;

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder bookInAt(Instant value) {
            bookIn = value;
            return this;
        }

        public Builder age(int years) {
            detainee.dateOfBirth(LocalDate.ofInstant(bookIn, ZoneId.of("America/Phoenix")).minusYears(years).minusDays(100))
                    .ageBasis(AgeBasis.DOCUMENTED);
            return population(years < 18 ? PopulationClass.ACCOMPANIED_JUVENILE : PopulationClass.SINGLE_ADULT);
        }

        public Builder estimatedAge(int years) {
            detainee.estimatedAgeYears(years).ageBasis(AgeBasis.ESTIMATED);
            return population(years < 18 ? PopulationClass.ACCOMPANIED_JUVENILE : PopulationClass.SINGLE_ADULT);
        }

        public Builder population(PopulationClass value) {
            detainee.populationClass(value);
            return this;
        }

        public Builder pregnant() {
            detainee.pregnancy(Pregnancy.builder().basis(PregnancyBasis.SELF_REPORTED).weeks(30).build());
            return this;
        }

        public Builder nursing() {
            detainee.nursing(true);
            return this;
        }

        public Builder highRisk() {
            detainee.medicallyHighRisk(true);
            return this;
        }

        public Builder usCitizenNewborn() {
            detainee.usCitizenNewborn(true);
            return this;
        }

        public Builder language(String preferred, boolean interpreterNeeded) {
            detainee.language(LanguageProfile.builder().preferred(preferred).interpreterNeeded(interpreterNeeded).build());
            return this;
        }

        public Builder detainee(java.util.function.Consumer<Detainee.Builder> change) {
            change.accept(detainee);
            return this;
        }

        public Builder support(MedicalSupportLevel value) {
            support = value;
            return this;
        }

        public Builder facility(Facility facility) {
            facilities.add(facility);
            return this;
        }

        public Builder holdRoom(String value) {
            holdRoom = value;
            return this;
        }

        public Builder bookOut(Duration offset, Disposition disposition) {
            bookOut = BookOut.builder().at(bookIn.plus(offset)).disposition(disposition).build();
            return this;
        }

        public Builder released(Duration offset) {
            return bookOut(offset, Disposition.RELEASE);
        }

        public Builder event(MedicalEvent event) {
            events.add(event);
            return this;
        }

        public Builder events(List<? extends MedicalEvent> list) {
            events.addAll(list);
            return this;
        }

        public CustodyEpisode build() {
            List<Facility> all = new ArrayList<>(facilities);
            if (all.stream().noneMatch(f -> f.facilityId().equals("STN-1"))) {
                all.add(0, station("STN-1", support));
            }
            if (all.stream().noneMatch(f -> f.facilityId().equals("STN-2"))) {
                all.add(station("STN-2", MedicalSupportLevel.ON_SITE_CONTINUOUS));
            }
            CustodyEpisode.Builder builder = CustodyEpisode.builder().episodeId(id).detainee(detainee.build())
                    .facilities(all).bookIn(BookIn.builder().at(bookIn).facilityId("STN-1").holdRoom(holdRoom).build())
                    .events(events);
            if (bookOut != null) {
                builder.bookOut(bookOut);
            }
            return builder.build();
        }
    }

    /** An adult (30, documented) with no events. */
    public static Builder adult() {
        return new Builder().age(30);
    }

    /** A juvenile of some age (documented), accompanied. */
    public static Builder juvenile(int years) {
        return new Builder().age(years);
    }

    /** An unaccompanied child of 15. */
    public static Builder unaccompanied() {
        return new Builder().age(15).population(PopulationClass.UNACCOMPANIED_CHILD);
    }

    // ---- events; offsets from T0

    public static HealthInterview interview(String id, Duration offset) {
        return HealthInterview.builder().id(id).at(at(offset)).formRevision("2500-2019")
                .addAnswers(InterviewAnswer.builder().question("Q01").answer(Answer.NO).build()).build();
    }

    public static HealthInterview positiveInterview(String id, Duration offset) {
        return HealthInterview.builder().id(id).at(at(offset)).formRevision("2500-2019")
                .addAnswers(InterviewAnswer.builder().question("Q02").answer(Answer.YES).build()).build();
    }

    public static HealthInterview refusedInterview(String id, Duration offset) {
        return HealthInterview.builder().id(id).at(at(offset)).formRevision("2500-2019").refused(true).build();
    }

    public static HealthInterview interpretedInterview(String id, Duration offset, InterpretationMode mode) {
        return HealthInterview.builder().id(id).at(at(offset)).formRevision("2500-2019")
                .interpretation(Interpretation.builder().mode(mode).language("es").build()).build();
    }

    public static MedicalAssessment assessment(String id, Duration offset, AssessmentDisposition disposition) {
        return MedicalAssessment.builder().id(id).at(at(offset)).credential(Credential.NURSE_PRACTITIONER)
                .disposition(disposition).build();
    }

    public static MedicalAssessment assessment(String id, Duration offset) {
        return assessment(id, offset, AssessmentDisposition.CLEARED);
    }

    public static MedicalAssessment refusedAssessment(String id, Duration offset) {
        return MedicalAssessment.builder().id(id).at(at(offset)).credential(Credential.NURSE_PRACTITIONER).refused(true).build();
    }

    public static MedicalIssue issue(String id, Duration offset, IssueSource source) {
        return MedicalIssue.builder().id(id).at(at(offset)).source(source).build();
    }

    public static MedicalIssue emergency(String id, Duration offset) {
        return MedicalIssue.builder().id(id).at(at(offset)).source(IssueSource.OBSERVED).emergency(true).build();
    }

    public static MedicalIssue highRiskIssue(String id, Duration offset) {
        return MedicalIssue.builder().id(id).at(at(offset)).source(IssueSource.OBSERVED).highRisk(true).build();
    }

    public static Notification notification(String id, Duration offset, NotificationRecipient recipient, String subject) {
        Notification.Builder builder = Notification.builder().id(id).at(at(offset)).recipient(recipient);
        if (subject != null) {
            builder.subjectEventId(subject);
        }
        return builder.build();
    }

    public static EmsCall emsCall(String id, Duration offset, String issue) {
        return EmsCall.builder().id(id).at(at(offset)).issueEventId(issue).build();
    }

    public static HospitalVisit hospitalVisit(String id, Duration offset, String reason) {
        HospitalVisit.Builder builder = HospitalVisit.builder().id(id).at(at(offset));
        if (reason != null) {
            builder.reasonEventId(reason);
        }
        return builder.build();
    }

    public static HospitalVisit interpretedVisit(String id, Duration offset, InterpretationMode mode) {
        return HospitalVisit.builder().id(id).at(at(offset))
                .interpretation(Interpretation.builder().mode(mode).build()).build();
    }

    public static HospitalDischarge discharge(String id, Duration offset, String visit) {
        return HospitalDischarge.builder().id(id).at(at(offset)).visitEventId(visit).build();
    }

    public static WelfareCheck welfare(String id, Duration offset) {
        return WelfareCheck.builder().id(id).at(at(offset)).method(CheckMethod.VISUAL).outcome(CheckOutcome.NO_CONCERN).build();
    }

    /** Welfare checks every {@code every} from {@code first} up to and including {@code last}. */
    public static List<WelfareCheck> welfareEvery(Duration every, Duration first, Duration last) {
        List<WelfareCheck> checks = new ArrayList<>();
        int n = 0;
        for (Duration t = first; t.compareTo(last) <= 0; t = t.plus(every)) {
            checks.add(welfare("W" + (n++), t));
        }
        return checks;
    }

    public static ProvisionOffered provision(String id, Duration offset, ProvisionItem item) {
        return ProvisionOffered.builder().id(id).at(at(offset)).item(item).build();
    }

    public static InfectiousDiseaseScreening screening(String id, Duration offset, ScreeningResult result) {
        return InfectiousDiseaseScreening.builder().id(id).at(at(offset)).result(result).build();
    }

    public static IsolationStart isolation(String id, Duration offset, String reason) {
        return IsolationStart.builder().id(id).at(at(offset)).mode(IsolationMode.ISOLATION).reasonEventId(reason).build();
    }

    public static Transfer transfer(String id, Duration offset, String to, Boolean medicationTransferred) {
        Transfer.Builder builder = Transfer.builder().id(id).at(at(offset)).fromFacilityId("STN-1").toFacilityId(to);
        if (medicationTransferred != null) {
            builder.medicationTransferred(medicationTransferred);
        }
        return builder.build();
    }

    public static MedicationReported medication(String id, Duration offset) {
        return MedicationReported.builder().id(id).at(at(offset)).build();
    }

    public static MedicationReview review(String id, Duration offset, String medication, MedicationDecision decision,
            Duration interval) {
        MedicationReview.Builder builder = MedicationReview.builder().id(id).at(at(offset)).medicationEventId(medication)
                .credential(Credential.PHYSICIAN).decision(decision);
        if (interval != null) {
            builder.doseInterval(interval);
        }
        return builder.build();
    }

    public static MedicationAdministration dose(String id, Duration offset, String review, AdministrationStatus status) {
        return MedicationAdministration.builder().id(id).at(at(offset)).reviewEventId(review).status(status).build();
    }

    public static MonitoringPlacement placement(String id, Duration offset, String assessment) {
        MonitoringPlacement.Builder builder = MonitoringPlacement.builder().id(id).at(at(offset))
                .reason(MonitoringReason.ASSESSMENT_FOLLOW_UP);
        if (assessment != null) {
            builder.assessmentEventId(assessment);
        }
        return builder.build();
    }

    public static MonitoringCheck monitoringCheck(String id, Duration offset, String placement, boolean reevaluation) {
        return MonitoringCheck.builder().id(id).at(at(offset)).placementEventId(placement).medicalReevaluation(reevaluation).build();
    }

    public static MonitoringRemoval removal(String id, Duration offset, String placement) {
        return MonitoringRemoval.builder().id(id).at(at(offset)).placementEventId(placement).build();
    }

    public static Birth birth(String id, Duration offset, BirthPlace place, boolean usCitizen) {
        return Birth.builder().id(id).at(at(offset)).place(place).newbornUsCitizen(usCitizen).build();
    }

    public static NewbornRelease newbornRelease(String id, Duration offset, String birth) {
        return NewbornRelease.builder().id(id).at(at(offset)).birthEventId(birth).releasedTo(NewbornCaregiver.PARENT).build();
    }

    public static SignificantIncidentReport incident(String id, Duration offset, String subject) {
        return SignificantIncidentReport.builder().id(id).at(at(offset)).category(IncidentCategory.BIRTH).subjectEventId(subject).build();
    }

    public static PregnancyIdentified pregnancyIdentified(String id, Duration offset) {
        return PregnancyIdentified.builder().id(id).at(at(offset)).basis(gov.cbp.medical.model.person.PregnancyBasis.MEDICALLY_CONFIRMED).build();
    }

    public static MinorClaim minorClaim(String id, Duration offset) {
        return MinorClaim.builder().id(id).at(at(offset)).basis(MinorClaimBasis.CLAIMED).build();
    }

    public static UnaccompaniedDetermination determination(String id, Duration offset) {
        return UnaccompaniedDetermination.builder().id(id).at(at(offset)).build();
    }

    public static EncounterObservation observation(String id, Duration offset, boolean concern) {
        return EncounterObservation.builder().id(id).at(at(offset)).concernObserved(concern).toldToReport(true).build();
    }

    public static HoldRoomPlacement room(String id, Duration offset, String room) {
        return HoldRoomPlacement.builder().id(id).at(at(offset)).facilityId("STN-1").holdRoom(room).build();
    }

    public static ExceptionRecorded exception(String id, Duration offset, String requirementId) {
        return ExceptionRecorded.builder().id(id).at(at(offset)).requirementId(requirementId).reasonCode("exceptional-circumstances").build();
    }

    // ---- evaluation

    /** Evaluates with the baseline at an offset from the episode's own book-in. */
    public static EpisodeEvaluation evaluate(CustodyEpisode episode, Duration asOf) {
        return BASELINE.evaluate(episode, episode.bookIn().at().plus(asOf));
    }

    /** The one finding of a requirement; fails unless there is exactly one. */
    public static Finding only(CustodyEpisode episode, Duration asOf, String requirementId) {
        List<Finding> list = findings(episode, asOf, requirementId);
        if (list.size() != 1) {
            throw new AssertionError("expected one finding of " + requirementId + " but got " + list);
        }
        return list.get(0);
    }

    /** The episode moved by a duration: every instant, and the date of birth by the same whole days. */
    public static CustodyEpisode shift(CustodyEpisode episode, Duration by) {
        ObjectMapper mapper = MedicalJson.mapper();
        JsonNode tree = mapper.valueToTree(episode);
        shiftNode(tree, by);
        try {
            return mapper.treeToValue(tree, CustodyEpisode.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shiftNode(JsonNode node, Duration by) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isTextual() && (name.equals("at") || name.equals("start") || name.equals("end")
                        || name.equals("recordedAt") || name.equals("scheduledAt"))) {
                    object.put(name, Instant.parse(child.asText()).plus(by).toString());
                } else if (child.isTextual() && name.equals("dateOfBirth")) {
                    object.put(name, LocalDate.parse(child.asText()).plusDays(by.toDays()).toString());
                } else {
                    shiftNode(child, by);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> shiftNode(child, by));
        }
    }

    /** The episode moved to book-in on 2023-03-01 (before the 2025 rescission). */
    public static CustodyEpisode in2023(CustodyEpisode episode) {
        return shift(episode, Duration.ofDays(-1096));
    }

    public static List<Finding> findings(CustodyEpisode episode, Duration asOf, String requirementId) {
        return evaluate(episode, asOf).findings().stream().filter(f -> f.requirementId().equals(requirementId))
                .collect(Collectors.toList());
    }
}
