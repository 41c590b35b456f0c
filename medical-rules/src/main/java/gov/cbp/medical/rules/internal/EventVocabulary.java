package gov.cbp.medical.rules.internal;

import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.SignificantIncidentReport;
import gov.cbp.medical.model.care.AssessmentDisposition;
import gov.cbp.medical.model.care.Credential;
import gov.cbp.medical.model.care.IncidentCategory;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.MinorClaimBasis;
import gov.cbp.medical.model.custody.ProvisionItem;
import gov.cbp.medical.model.custody.ProvisionOffered;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.intake.EncounterObservation;
import gov.cbp.medical.model.intake.HealthInterview;
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
import gov.cbp.medical.model.person.PregnancyBasis;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.IsolationEnd;
import gov.cbp.medical.model.publichealth.IsolationMode;
import gov.cbp.medical.model.publichealth.IsolationStart;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The event type codes and event fields that a standard may reference in triggers and satisfiers, with the
 * values each field accepts and how to read it from an event.
 *
 * <p>Event types are the codes of {@link EventType} (less {@code unknown}) and the custody marks
 * {@value #BOOK_IN} and {@value #BOOK_OUT}. Fields are flags ({@code true}/{@code false}), codes of a model enum,
 * or references to other events. Free-text and personal fields are deliberately absent: a standard cannot
 * reference them.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class EventVocabulary {
    /** The custody mark for book-in. */
    public static final String BOOK_IN = "book-in";
    /** The custody mark for book-out. */
    public static final String BOOK_OUT = "book-out";

    /** The kind of value a field holds. */
    public enum FieldKind {
        /** {@code true} or {@code false}. */
        FLAG,
        /** One code of a model enum. */
        CODE,
        /** The id of another event, or a list of ids. */
        REFERENCE
    }

    /** One field of one event type. */
    public static final class Field {
        private final String name;
        private final FieldKind kind;
        private final List<String> values;
        private final Function<Object, Optional<List<String>>> reader;

        Field(String name, FieldKind kind, List<String> values, Function<Object, Optional<List<String>>> reader) {
            this.name = name;
            this.kind = kind;
            this.values = values;
            this.reader = reader;
        }

        /**
         * The field name.
         *
         * @return the name
         */
        public String name() {
            return name;
        }

        /**
         * The kind.
         *
         * @return the kind
         */
        public FieldKind kind() {
            return kind;
        }

        /**
         * The accepted values: the codes, or {@code true} and {@code false}; empty for references.
         *
         * @return the values
         */
        public List<String> values() {
            return values;
        }

        /**
         * Reads the field.
         *
         * @param source the event, {@link gov.cbp.medical.model.custody.BookIn} or {@link BookOut}
         * @return the values as strings, empty if the field is not recorded
         */
        public Optional<List<String>> read(Object source) {
            return reader.apply(source);
        }
    }

    private static final Map<String, Map<String, Field>> FIELDS = build();

    private EventVocabulary() {}

    /**
     * The event type codes a standard may reference, custody marks first.
     *
     * @return the codes
     */
    public static Set<String> eventCodes() {
        return FIELDS.keySet();
    }

    /**
     * Whether a code is an event type code a standard may reference.
     *
     * @param code the code, may be null
     * @return true if known
     */
    public static boolean isEventCode(String code) {
        return code != null && FIELDS.containsKey(code);
    }

    /**
     * The vocabulary's own instance of an event type code, so that later lookups keyed by it compare by
     * identity first; any other string is returned as it is.
     *
     * @param code the code, may be null
     * @return the canonical instance, or the argument
     */
    public static String canonical(String code) {
        if (code == null) {
            return null;
        }
        for (String known : FIELDS.keySet()) {
            if (known.equals(code)) {
                return known;
            }
        }
        return code;
    }

    /**
     * The fields of an event type.
     *
     * @param eventCode the event type code
     * @return the fields by name, empty for an unknown type
     */
    public static Map<String, Field> fields(String eventCode) {
        return FIELDS.getOrDefault(eventCode, Map.of());
    }

    /**
     * A field of an event type.
     *
     * @param eventCode the event type code
     * @param name the field name
     * @return the field, empty if the type has none with that name
     */
    public static Optional<Field> field(String eventCode, String name) {
        return Optional.ofNullable(fields(eventCode).get(name));
    }

    private static Map<String, Map<String, Field>> build() {
        Map<String, Map<String, Field>> all = new LinkedHashMap<>();
        all.put(BOOK_IN, Map.of());
        type(all, BOOK_OUT, BookOut.class).code("disposition", Disposition.codes(), BookOut::disposition).done();
        type(all, EventType.HOLD_ROOM_PLACEMENT.code(), Object.class).done();
        type(all, EventType.TRANSFER.code(), Transfer.class)
                .optionalFlag("medicationTransferred", Transfer::medicationTransferred).done();
        type(all, EventType.MINOR_CLAIM.code(), MinorClaim.class).code("basis", MinorClaimBasis.codes(), MinorClaim::basis).done();
        type(all, EventType.UNACCOMPANIED_DETERMINATION.code(), Object.class).done();
        type(all, EventType.PROVISION_OFFERED.code(), ProvisionOffered.class)
                .code("item", ProvisionItem.codes(), ProvisionOffered::item)
                .flag("declined", ProvisionOffered::declined).done();
        type(all, EventType.EXCEPTION_RECORDED.code(), Object.class).done();
        type(all, EventType.ENCOUNTER_OBSERVATION.code(), EncounterObservation.class)
                .flag("concernObserved", EncounterObservation::concernObserved)
                .flag("toldToReport", EncounterObservation::toldToReport).done();
        type(all, EventType.HEALTH_INTERVIEW.code(), HealthInterview.class)
                .flag("refused", HealthInterview::refused).done();
        type(all, EventType.MEDICAL_ISSUE.code(), MedicalIssue.class)
                .code("source", IssueSource.codes(), MedicalIssue::source)
                .flag("emergency", MedicalIssue::emergency)
                .flag("highRisk", MedicalIssue::highRisk)
                .reference("interviewEventId", e -> e.interviewEventId().map(List::of)).done();
        type(all, EventType.NOTIFICATION.code(), Notification.class)
                .code("recipient", NotificationRecipient.codes(), Notification::recipient)
                .reference("subjectEventId", e -> e.subjectEventId().map(List::of)).done();
        type(all, EventType.EMS_CALL.code(), EmsCall.class)
                .reference("issueEventId", e -> e.issueEventId().map(List::of)).done();
        type(all, EventType.EMS_ARRIVAL.code(), EmsArrival.class)
                .reference("callEventId", e -> Optional.of(List.of(e.callEventId()))).done();
        type(all, EventType.MEDICAL_ASSESSMENT.code(), MedicalAssessment.class)
                .code("credential", Credential.codes(), MedicalAssessment::credential)
                .optionalCode("disposition", AssessmentDisposition.codes(), MedicalAssessment::disposition)
                .flag("refused", MedicalAssessment::refused)
                .reference("reasonEventIds", e -> e.reasonEventIds().isEmpty() ? Optional.empty()
                        : Optional.of(e.reasonEventIds())).done();
        type(all, EventType.HOSPITAL_VISIT.code(), HospitalVisit.class)
                .flag("admitted", HospitalVisit::admitted)
                .flag("hospitalWatch", HospitalVisit::hospitalWatch)
                .reference("reasonEventId", e -> e.reasonEventId().map(List::of)).done();
        type(all, EventType.HOSPITAL_DISCHARGE.code(), HospitalDischarge.class)
                .reference("visitEventId", e -> Optional.of(List.of(e.visitEventId()))).done();
        type(all, EventType.SIGNIFICANT_INCIDENT_REPORT.code(), SignificantIncidentReport.class)
                .code("category", IncidentCategory.codes(), SignificantIncidentReport::category)
                .reference("subjectEventId", e -> e.subjectEventId().map(List::of)).done();
        type(all, EventType.MONITORING_PLACEMENT.code(), MonitoringPlacement.class)
                .code("reason", MonitoringReason.codes(), MonitoringPlacement::reason)
                .reference("assessmentEventId", e -> e.assessmentEventId().map(List::of)).done();
        type(all, EventType.MONITORING_CHECK.code(), MonitoringCheck.class)
                .reference("placementEventId", e -> Optional.of(List.of(e.placementEventId())))
                .flag("medicalReevaluation", MonitoringCheck::medicalReevaluation)
                .optionalCode("outcome", CheckOutcome.codes(), MonitoringCheck::outcome).done();
        type(all, EventType.MONITORING_REMOVAL.code(), MonitoringRemoval.class)
                .reference("placementEventId", e -> Optional.of(List.of(e.placementEventId()))).done();
        type(all, EventType.WELFARE_CHECK.code(), WelfareCheck.class)
                .code("method", CheckMethod.codes(), WelfareCheck::method)
                .code("outcome", CheckOutcome.codes(), WelfareCheck::outcome).done();
        type(all, EventType.MEDICATION_REPORTED.code(), MedicationReported.class)
                .flag("reportedOnly", MedicationReported::reportedOnly).done();
        type(all, EventType.MEDICATION_REVIEW.code(), MedicationReview.class)
                .reference("medicationEventId", e -> Optional.of(List.of(e.medicationEventId())))
                .code("credential", Credential.codes(), MedicationReview::credential)
                .code("decision", MedicationDecision.codes(), MedicationReview::decision).done();
        type(all, EventType.MEDICATION_ADMINISTRATION.code(), MedicationAdministration.class)
                .reference("reviewEventId", e -> Optional.of(List.of(e.reviewEventId())))
                .code("status", AdministrationStatus.codes(), MedicationAdministration::status).done();
        type(all, EventType.INFECTIOUS_DISEASE_SCREENING.code(), InfectiousDiseaseScreening.class)
                .code("result", ScreeningResult.codes(), InfectiousDiseaseScreening::result).done();
        type(all, EventType.ISOLATION_START.code(), IsolationStart.class)
                .code("mode", IsolationMode.codes(), IsolationStart::mode)
                .reference("reasonEventId", e -> e.reasonEventId().map(List::of)).done();
        type(all, EventType.ISOLATION_END.code(), IsolationEnd.class)
                .reference("startEventId", e -> Optional.of(List.of(e.startEventId()))).done();
        type(all, EventType.PREGNANCY_IDENTIFIED.code(), PregnancyIdentified.class)
                .code("basis", PregnancyBasis.codes(), PregnancyIdentified::basis).done();
        type(all, EventType.BIRTH.code(), Birth.class)
                .code("place", BirthPlace.codes(), Birth::place)
                .flag("newbornUsCitizen", Birth::newbornUsCitizen).done();
        type(all, EventType.NEWBORN_RELEASE.code(), NewbornRelease.class)
                .reference("birthEventId", e -> Optional.of(List.of(e.birthEventId())))
                .code("releasedTo", NewbornCaregiver.codes(), NewbornRelease::releasedTo).done();
        for (EventType type : EventType.values()) {
            if (type != EventType.UNKNOWN && !all.containsKey(type.code())) {
                throw new IllegalStateException("event type without vocabulary: " + type.code());
            }
        }
        return Collections.unmodifiableMap(all);
    }

    private static <T> TypeFields<T> type(Map<String, Map<String, Field>> all, String code, Class<T> type) {
        return new TypeFields<>(all, code, type);
    }

    private static final class TypeFields<T> {
        private final Map<String, Map<String, Field>> all;
        private final String code;
        private final Class<T> type;
        private final Map<String, Field> fields = new LinkedHashMap<>();

        TypeFields(Map<String, Map<String, Field>> all, String code, Class<T> type) {
            this.all = all;
            this.code = code;
            this.type = type;
        }

        private Function<Object, Optional<List<String>>> typed(Function<T, Optional<List<String>>> reader) {
            return source -> type.isInstance(source) ? reader.apply(type.cast(source)) : Optional.empty();
        }

        TypeFields<T> flag(String name, Function<T, Boolean> getter) {
            fields.put(name, new Field(name, FieldKind.FLAG, List.of("true", "false"),
                    typed(e -> Optional.of(List.of(String.valueOf(getter.apply(e)))))));
            return this;
        }

        TypeFields<T> optionalFlag(String name, Function<T, Optional<Boolean>> getter) {
            fields.put(name, new Field(name, FieldKind.FLAG, List.of("true", "false"),
                    typed(e -> getter.apply(e).map(value -> List.of(String.valueOf(value))))));
            return this;
        }

        <E extends Enum<E> & Coded> TypeFields<T> code(String name, CodeTable<E> codes, Function<T, E> getter) {
            fields.put(name, new Field(name, FieldKind.CODE, codes.codes(),
                    typed(e -> Optional.ofNullable(getter.apply(e)).map(value -> List.of(value.code())))));
            return this;
        }

        <E extends Enum<E> & Coded> TypeFields<T> optionalCode(String name, CodeTable<E> codes,
                Function<T, Optional<E>> getter) {
            fields.put(name, new Field(name, FieldKind.CODE, codes.codes(),
                    typed(e -> getter.apply(e).map(value -> List.of(value.code())))));
            return this;
        }

        TypeFields<T> reference(String name, Function<T, Optional<List<String>>> getter) {
            fields.put(name, new Field(name, FieldKind.REFERENCE, List.of(), typed(getter)));
            return this;
        }

        void done() {
            all.put(code, Collections.unmodifiableMap(fields));
        }
    }
}
