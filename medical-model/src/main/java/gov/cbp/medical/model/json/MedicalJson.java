package gov.cbp.medical.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.SignificantIncidentReport;
import gov.cbp.medical.model.custody.ExceptionRecorded;
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

/**
 * Jackson configuration for the model: the one place that knows how the model is written as JSON.
 *
 * <p>{@link #mapper()} binds payloads straight into the model with no checks (the fast path for data that
 * is already trusted, and the writer of payloads). To read untrusted input, use
 * {@link gov.cbp.medical.model.validation.PayloadValidator}, which checks everything and reports every
 * problem. Applications with their own {@link ObjectMapper} register {@link #module()} together with
 * Jackson's {@code JavaTimeModule} and {@code Jdk8Module}.
 *
 * <p>Output: absent optional values and empty lists are omitted; instants and durations are ISO-8601 text;
 * codes are the enums' {@code code()} values.
 */
public final class MedicalJson {
    private static final Class<?>[] EVENT_TYPES = {
            HoldRoomPlacement.class,
            Transfer.class,
            MinorClaim.class,
            UnaccompaniedDetermination.class,
            ProvisionOffered.class,
            ExceptionRecorded.class,
            EncounterObservation.class,
            HealthInterview.class,
            MedicalIssue.class,
            Notification.class,
            EmsCall.class,
            EmsArrival.class,
            MedicalAssessment.class,
            HospitalVisit.class,
            HospitalDischarge.class,
            SignificantIncidentReport.class,
            MonitoringPlacement.class,
            MonitoringCheck.class,
            MonitoringRemoval.class,
            WelfareCheck.class,
            MedicationReported.class,
            MedicationReview.class,
            MedicationAdministration.class,
            InfectiousDiseaseScreening.class,
            IsolationStart.class,
            IsolationEnd.class,
            PregnancyIdentified.class,
            Birth.class,
            NewbornRelease.class
    };

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());

    private MedicalJson() {}

    /**
     * The shared, configured mapper. Do not reconfigure it; {@link ObjectMapper#copy()} it instead.
     *
     * @return the mapper, not null; thread-safe
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Configures a mapper to read and write the model.
     *
     * @param mapper the mapper, not null
     * @return the same mapper, not null
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .registerModule(module())
                .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /**
     * The module that registers the event types and the wire codes of the model's enums.
     *
     * @return a new module, not null
     */
    public static Module module() {
        SimpleModule module = new SimpleModule("cbp-medical-model");
        module.registerSubtypes(EVENT_TYPES);
        module.setSerializerModifier(new CodedSerializers());
        module.setDeserializerModifier(new CodedDeserializers());
        return module;
    }
}
