package gov.cbp.medical.model.event;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.care.Credential;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.custody.HoldRoomAbsence;
import gov.cbp.medical.model.custody.Transfer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link EventType} names each type's interface, and its fields are derived from that interface. */
class EventTypeTest {
    static final Instant AT = Instant.parse("2026-03-01T15:00:00Z");

    static MedicalIssue issue(boolean emergency) {
        return MedicalIssue.builder().id("I1").at(AT).source(IssueSource.SELF_REPORTED).interviewEventId("H1")
                .emergency(emergency).description("personal text").build();
    }

    @Test
    void fields_areTheFlagsCodesAndReferencesInAccessorOrder_neverText() {
        assertThat(EventType.MEDICAL_ISSUE.fields()).extracting(EventField::name)
                .containsExactly("source", "interviewEventId", "emergency", "highRisk");
        assertThat(EventType.MEDICAL_ISSUE.fields()).extracting(EventField::kind).containsExactly(
                EventField.Kind.CODE, EventField.Kind.REFERENCE, EventField.Kind.FLAG, EventField.Kind.FLAG);
        assertThat(EventType.MEDICAL_ISSUE.fields().get(1).targets()).containsExactly(EventType.HEALTH_INTERVIEW);
        assertThat(EventType.MEDICAL_ISSUE.fields().get(0).values()).isEqualTo(IssueSource.codes().codes());
        assertThat(EventType.HOLD_ROOM_PLACEMENT.fields()).isEmpty();
        assertThat(EventType.UNKNOWN.fields()).isEmpty();
        assertThat(EventType.HOLD_ROOM_ABSENCE.fields()).extracting(EventField::name).containsExactly("reason");
    }

    @Test
    void read_givesTheValueAsText_andNothingForAnotherType() {
        List<EventField> fields = EventType.MEDICAL_ISSUE.fields();
        MedicalIssue issue = issue(true);
        assertThat(fields.get(0).read(issue)).contains(List.of("self-reported"));
        assertThat(fields.get(1).read(issue)).contains(List.of("H1"));
        assertThat(fields.get(2).read(issue)).contains(List.of("true"));
        assertThat(fields.get(3).read(issue)).contains(List.of("false"));
        HoldRoomAbsence absence = HoldRoomAbsence.builder().id("A1").at(AT).returnedAt(AT.plusSeconds(600))
                .reason(HoldRoomAbsence.Reason.INTERVIEW).build();
        assertThat(fields.get(0).read(absence)).isEmpty();
        assertThat(fields.get(0)).hasToString("medical-issue.source");
    }

    @Test
    void read_absentOptionalsAndEmptyLists_areEmpty() {
        Transfer transfer = Transfer.builder().id("T1").at(AT).fromFacilityId("A").toFacilityId("B").build();
        assertThat(EventType.TRANSFER.fields().get(0).name()).isEqualTo("medicationTransferred");
        assertThat(EventType.TRANSFER.fields().get(0).read(transfer)).isEmpty();
        MedicalAssessment assessment = MedicalAssessment.builder().id("M1").at(AT).credential(Credential.PHYSICIAN).build();
        EventField reasons = EventType.MEDICAL_ASSESSMENT.fields().stream().filter(f -> f.name().equals("reasonEventIds"))
                .findFirst().orElseThrow();
        assertThat(reasons.read(assessment)).isEmpty();
        assertThat(reasons.targets()).isEqualTo(Set.of());
        assertThat(reasons.read(assessment.toBuilder().addReasonEventIds("I1", "I2").build())).isEqualTo(Optional.of(List.of("I1", "I2")));
    }

    @Test
    void eventClass_isTheInterfaceWhoseTypeIsTheConstant() {
        assertThat(EventType.HOLD_ROOM_ABSENCE.eventClass()).isEqualTo(HoldRoomAbsence.class);
        assertThat(EventType.UNKNOWN.eventClass()).isEqualTo(MedicalEvent.class);
        assertThat(issue(false).type().eventClass()).isEqualTo(MedicalIssue.class);
    }
}
