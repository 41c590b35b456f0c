package gov.cbp.medical.testkit;

import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Events by {@link EventType}: one arbitrary per event type, from the arbitraries of its feature. */
final class EventArbitraries {
    private EventArbitraries() {}

    static Arbitrary<MedicalEvent> events(EventType type) {
        Supplier<Arbitrary<? extends MedicalEvent>> supplier = EVENTS.get(Objects.requireNonNull(type, "type"));
        if (supplier == null) {
            throw new IllegalArgumentException("no arbitrary for an unknown event type");
        }
        return supplier.get().map(MedicalEvent.class::cast);
    }

    static Arbitrary<MedicalEvent> events() {
        List<Arbitrary<MedicalEvent>> all = new ArrayList<>();
        for (String code : EventType.codes().codes()) {
            all.add(events(EventType.fromCode(code)));
        }
        return Arbitraries.oneOf(all);
    }

    private static final Map<EventType, Supplier<Arbitrary<? extends MedicalEvent>>> EVENTS = eventArbitraries();

    private static Map<EventType, Supplier<Arbitrary<? extends MedicalEvent>>> eventArbitraries() {
        Map<EventType, Supplier<Arbitrary<? extends MedicalEvent>>> map = new EnumMap<>(EventType.class);
        map.put(EventType.HOLD_ROOM_PLACEMENT, CustodyArbitraries::holdRoomPlacements);
        map.put(EventType.TRANSFER, CustodyArbitraries::transfers);
        map.put(EventType.MINOR_CLAIM, CustodyArbitraries::minorClaims);
        map.put(EventType.UNACCOMPANIED_DETERMINATION, CustodyArbitraries::unaccompaniedDeterminations);
        map.put(EventType.PROVISION_OFFERED, CustodyArbitraries::provisionsOffered);
        map.put(EventType.EXCEPTION_RECORDED, CustodyArbitraries::exceptionsRecorded);
        map.put(EventType.ENCOUNTER_OBSERVATION, IntakeArbitraries::encounterObservations);
        map.put(EventType.HEALTH_INTERVIEW, IntakeArbitraries::healthInterviews);
        map.put(EventType.MEDICAL_ISSUE, CareArbitraries::medicalIssues);
        map.put(EventType.NOTIFICATION, CareArbitraries::notifications);
        map.put(EventType.EMS_CALL, CareArbitraries::emsCalls);
        map.put(EventType.EMS_ARRIVAL, CareArbitraries::emsArrivals);
        map.put(EventType.MEDICAL_ASSESSMENT, CareArbitraries::medicalAssessments);
        map.put(EventType.HOSPITAL_VISIT, CareArbitraries::hospitalVisits);
        map.put(EventType.HOSPITAL_DISCHARGE, CareArbitraries::hospitalDischarges);
        map.put(EventType.SIGNIFICANT_INCIDENT_REPORT, CareArbitraries::significantIncidentReports);
        map.put(EventType.MONITORING_PLACEMENT, MonitoringArbitraries::monitoringPlacements);
        map.put(EventType.MONITORING_CHECK, MonitoringArbitraries::monitoringChecks);
        map.put(EventType.MONITORING_REMOVAL, MonitoringArbitraries::monitoringRemovals);
        map.put(EventType.WELFARE_CHECK, MonitoringArbitraries::welfareChecks);
        map.put(EventType.MEDICATION_REPORTED, MedicationArbitraries::medicationsReported);
        map.put(EventType.MEDICATION_REVIEW, MedicationArbitraries::medicationReviews);
        map.put(EventType.MEDICATION_ADMINISTRATION, MedicationArbitraries::medicationAdministrations);
        map.put(EventType.INFECTIOUS_DISEASE_SCREENING, PublicHealthArbitraries::infectiousDiseaseScreenings);
        map.put(EventType.ISOLATION_START, PublicHealthArbitraries::isolationStarts);
        map.put(EventType.ISOLATION_END, PublicHealthArbitraries::isolationEnds);
        map.put(EventType.PREGNANCY_IDENTIFIED, MaternalArbitraries::pregnanciesIdentified);
        map.put(EventType.BIRTH, MaternalArbitraries::births);
        map.put(EventType.NEWBORN_RELEASE, MaternalArbitraries::newbornReleases);
        map.put(EventType.HOLD_ROOM_ABSENCE, CustodyArbitraries::holdRoomAbsences);
        return Collections.unmodifiableMap(map);
    }
}
