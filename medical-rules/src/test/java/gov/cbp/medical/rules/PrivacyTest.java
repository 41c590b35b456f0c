package gov.cbp.medical.rules;

import static gov.cbp.medical.rules.Episodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Credential;
import gov.cbp.medical.model.care.AssessmentDisposition;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.medication.MedicationReported;
import gov.cbp.medical.model.monitoring.CheckMethod;
import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.impact.VersionImpact;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.worklist.Worklist;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plants canary values in every personal field (names, A-number, date of birth, free text) and checks that no
 * finding explanation, toString or JSON output of the rules module contains them (domain brief section 6).
 */
@Covers({"EMD-ASSESS-CONCERN", "TEDS-WELFARE", "EMD-MEDREV", "EMD-INTERVIEW-JUV"})
class PrivacyTest {
    static final LocalDate BIRTH = LocalDate.of(2011, 2, 3);
    static final List<String> CANARIES = List.of("CANARY-FAMILY", "CANARY-GIVEN", "A000CANARY9", "2011-02-03",
            "CANARY-ISSUE-TEXT", "CANARY-OBSERVATION", "CANARY-FINDINGS", "CANARY-NOTE", "CANARY-MEDICATION", "CANARY-HOSPITAL");

    static CustodyEpisode planted() {
        return juvenile(15).language("es", true).detainee(d -> d.identifiers(PersonalIdentifiers.builder()
                        .familyName("CANARY-FAMILY").givenName("CANARY-GIVEN").aNumber("A000CANARY9").build())
                        .dateOfBirth(BIRTH))
                .event(MedicalIssue.builder().id("MI1").at(at(h(1))).source(IssueSource.SELF_REPORTED)
                        .description("CANARY-ISSUE-TEXT").build())
                .event(WelfareCheck.builder().id("W1").at(at(m(30))).method(CheckMethod.VISUAL).outcome(CheckOutcome.NO_CONCERN)
                        .observations("CANARY-OBSERVATION").build())
                .event(MedicalAssessment.builder().id("A1").at(at(h(3))).credential(Credential.PHYSICIAN)
                        .disposition(AssessmentDisposition.REFERRED).findings("CANARY-FINDINGS").build())
                .event(ExceptionRecorded.builder().id("X1").at(at(h(2))).requirementId("EMD-NOTIFY").reasonCode("staffing")
                        .note("CANARY-NOTE").build())
                .event(MedicationReported.builder().id("M1").at(at(h(1))).medication("CANARY-MEDICATION").build())
                .event(HospitalVisit.builder().id("V1").at(at(h(9))).hospitalName("CANARY-HOSPITAL").reasonEventId("A1").build())
                .build();
    }

    @Test
    void noOutput_containsPersonalData() throws Exception {
        CustodyEpisode episode = planted();
        List<String> outputs = new ArrayList<>();
        for (int hours : new int[] {0, 2, 5, 10, 30, 80}) {
            EpisodeEvaluation evaluation = evaluate(episode, h(hours));
            outputs.add(evaluation.toString());
            outputs.add(MedicalJson.mapper().writeValueAsString(evaluation));
            for (Finding finding : evaluation.findings()) {
                outputs.add(finding.explanation());
                outputs.add(finding.toString());
            }
            Worklist worklist = Worklist.of(BASELINE, List.of(episode), at(h(hours)), h(8));
            outputs.add(worklist.toString());
            outputs.add(MedicalJson.mapper().writeValueAsString(worklist));
        }
        VersionImpact impact = VersionImpact.of(Catalogue.baseline(), "CBP-PPN", "2021-11-29", "2025-05-05",
                List.of(episode), at(h(80)));
        outputs.add(impact.toString());
        assertThat(outputs).hasSizeGreaterThan(100);
        for (String output : outputs) {
            for (String canary : CANARIES) {
                assertThat(output).doesNotContain(canary);
            }
        }
    }
}
