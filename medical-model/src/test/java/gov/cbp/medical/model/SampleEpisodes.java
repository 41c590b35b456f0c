package gov.cbp.medical.model;

import gov.cbp.medical.model.care.AssessmentDisposition;
import gov.cbp.medical.model.care.Credential;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.InterpretationMode;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.facility.SurgeLevel;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.model.intake.Answer;
import gov.cbp.medical.model.intake.HealthInterview;
import gov.cbp.medical.model.intake.InterviewAnswer;
import gov.cbp.medical.model.monitoring.CheckMethod;
import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Small hand-built episodes shared by the model's tests. */
public final class SampleEpisodes {
    public static final Instant BOOK_IN = Instant.parse("2026-03-01T14:00:00Z");

    private SampleEpisodes() {}

    public static Facility station() {
        return Facility.builder()
                .facilityId("YUM-STN")
                .component(Component.USBP)
                .name("Synthetic Station One")
                .area("YUM")
                .timeZone(ZoneId.of("America/Phoenix"))
                .medicalSupport(MedicalSupportLevel.ON_SITE_CONTINUOUS)
                .addSurgePeriods(SurgePeriod.builder().start(BOOK_IN.minusSeconds(86_400)).level(SurgeLevel.SURGE).build())
                .build();
    }

    /** An unaccompanied child, interviewed, with a positive answer, assessed, checked, transferred to HHS. */
    public static CustodyEpisode child() {
        return CustodyEpisode.builder()
                .episodeId("EP-0001")
                .detainee(Detainee.builder()
                        .subjectId("SUBJ-0001")
                        .identifiers(PersonalIdentifiers.builder().familyName("Testname").givenName("Synthetic")
                                .aNumber("A000000001").build())
                        .dateOfBirth(LocalDate.parse("2015-06-01"))
                        .ageBasis(AgeBasis.DOCUMENTED)
                        .sex(Sex.FEMALE)
                        .populationClass(PopulationClass.UNACCOMPANIED_CHILD)
                        .language(LanguageProfile.builder().preferred("es").interpreterNeeded(true).build())
                        .build())
                .addFacilities(station())
                .bookIn(BookIn.builder().at(BOOK_IN).facilityId("YUM-STN").holdRoom("HR-3").build())
                .bookOut(BookOut.builder().at(BOOK_IN.plusSeconds(40 * 3600)).disposition(Disposition.TRANSFER_HHS_ORR).build())
                .addEvents(UnaccompaniedDetermination.builder().id("E1").at(BOOK_IN.plusSeconds(600)).build())
                .addEvents(HealthInterview.builder().id("E2").at(BOOK_IN.plusSeconds(3600)).formRevision("2500-2019")
                        .interviewerId("AGENT-17").language("es")
                        .interpretation(Interpretation.builder().mode(InterpretationMode.TELEPHONIC_SERVICE).language("es").build())
                        .addAnswers(InterviewAnswer.builder().question("Q01").answer(Answer.NO).build())
                        .addAnswers(InterviewAnswer.builder().question("Q02").answer(Answer.YES).build())
                        .provenance(Provenance.builder().recordedAt(BOOK_IN.plusSeconds(3700)).recordedBy("AGENT-17")
                                .system(RecordSystem.E3).build())
                        .build())
                .addEvents(MedicalIssue.builder().id("E3").at(BOOK_IN.plusSeconds(3600)).source(IssueSource.INTERVIEW_ANSWER)
                        .interviewEventId("E2").questionCode("Q02").description("Synthetic cough, three days").build())
                .addEvents(Notification.builder().id("E4").at(BOOK_IN.plusSeconds(3900))
                        .recipient(NotificationRecipient.MEDICAL_PERSONNEL).subjectEventId("E3").build())
                .addEvents(MedicalAssessment.builder().id("E5").at(BOOK_IN.plusSeconds(7200))
                        .credential(Credential.NURSE_PRACTITIONER).addReasonEventIds("E3").findings("Synthetic findings")
                        .addDiagnoses("J06.9").disposition(AssessmentDisposition.CLEARED).build())
                .addEvents(WelfareCheck.builder().id("E6").at(BOOK_IN.plusSeconds(1800)).method(CheckMethod.VISUAL)
                        .outcome(CheckOutcome.NO_CONCERN).holdRoom("HR-3").observations("Synthetic: sleeping").build())
                .build();
    }
}
