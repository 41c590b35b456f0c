package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.CommonArbitraries.interpretations;
import static gov.cbp.medical.testkit.EventCore.cores;
import static gov.cbp.medical.testkit.TextArbitraries.icd10Codes;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.labels;
import static gov.cbp.medical.testkit.TextArbitraries.personalTexts;
import static gov.cbp.medical.testkit.TextArbitraries.tokens;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * The events of {@code model.care}: medical issues, notifications, EMS, assessments, hospital visits and incident
 * reports.
 */
final class CareArbitraries {
    private CareArbitraries() {}

    static Arbitrary<MedicalIssue> medicalIssues() {
        return Builders.withBuilder(MedicalIssue::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(coded(IssueSource.class)).in((b, v) -> b.source(v))
                .use(identifiers()).withProbability(0.3).in((b, v) -> b.interviewEventId(v))
                .use(tokens()).withProbability(0.3).in((b, v) -> b.questionCode(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.emergency(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.highRisk(v))
                .use(personalTexts()).withProbability(0.8).in((b, v) -> b.description(v))
                .build(MedicalIssue.Builder::build);
    }

    static Arbitrary<Notification> notifications() {
        return Combinators.combine(cores(), coded(NotificationRecipient.class), identifiers().optional(0.7))
                .as((c, recipient, subject) -> Notification.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                        .recipient(recipient).subjectEventId(subject).build());
    }

    static Arbitrary<EmsCall> emsCalls() {
        return Combinators.combine(cores(), identifiers().optional(0.7))
                .as((c, issue) -> EmsCall.builder().id(c.id()).at(c.at()).provenance(c.provenance()).issueEventId(issue)
                        .build());
    }

    static Arbitrary<EmsArrival> emsArrivals() {
        return Combinators.combine(cores(), identifiers())
                .as((c, call) -> EmsArrival.builder().id(c.id()).at(c.at()).provenance(c.provenance()).callEventId(call)
                        .build());
    }

    static Arbitrary<MedicalAssessment> medicalAssessments() {
        return Builders.withBuilder(MedicalAssessment::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
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

    static Arbitrary<HospitalVisit> hospitalVisits() {
        return Builders.withBuilder(HospitalVisit::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(labels()).withProbability(0.8).in((b, v) -> b.hospitalName(v))
                .use(identifiers()).withProbability(0.6).in((b, v) -> b.reasonEventId(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.admitted(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.hospitalWatch(v))
                .use(interpretations()).withProbability(0.6).in((b, v) -> b.interpretation(v))
                .build(HospitalVisit.Builder::build);
    }

    static Arbitrary<HospitalDischarge> hospitalDischarges() {
        return Combinators.combine(cores(), identifiers())
                .as((c, visit) -> HospitalDischarge.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                        .visitEventId(visit).build());
    }

    static Arbitrary<SignificantIncidentReport> significantIncidentReports() {
        return Combinators.combine(cores(), coded(IncidentCategory.class), identifiers().optional(0.7))
                .as((c, category, subject) -> SignificantIncidentReport.builder().id(c.id()).at(c.at())
                        .provenance(c.provenance()).category(category).subjectEventId(subject).build());
    }
}
