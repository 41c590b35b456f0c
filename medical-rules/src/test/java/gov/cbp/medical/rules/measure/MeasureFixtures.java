package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Pregnancy;
import gov.cbp.medical.model.person.PregnancyBasis;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Hand-built facilities, episodes and findings for the measure tests; personal data are canaries. */
public final class MeasureFixtures {
    /** A canary family name that must never appear in a report. */
    public static final String CANARY_NAME = "Zzcanaryname";
    /** A canary A-number. */
    public static final String CANARY_A_NUMBER = "A987654321";
    /** A canary date of birth. */
    public static final LocalDate CANARY_DOB = LocalDate.parse("2011-07-19");
    /** The evaluation instant of every hand-built evaluation. */
    public static final Instant AS_OF = Instant.parse("2026-04-15T00:00:00Z");
    /** A book-in instant in March 2026 in every zone used. */
    public static final Instant MARCH = Instant.parse("2026-03-10T15:00:00Z");

    private MeasureFixtures() {}

    public static Facility station(String id, String area) {
        return Facility.builder().facilityId(id).component(Component.USBP).name("Synthetic station " + id).area(area)
                .timeZone(ZoneId.of("America/Phoenix")).medicalSupport(MedicalSupportLevel.ON_SITE_CONTINUOUS).build();
    }

    public static Facility port(String id, String area) {
        return Facility.builder().facilityId(id).component(Component.OFO).name("Synthetic port " + id).area(area)
                .timeZone(ZoneId.of("America/Chicago")).medicalSupport(MedicalSupportLevel.ON_CALL).build();
    }

    /** An episode builder with canary personal data; the caller adds the rest. */
    public static CustodyEpisode.Builder episode(String id, Facility facility, Instant bookIn, PopulationClass population,
            LocalDate dateOfBirth) {
        return CustodyEpisode.builder()
                .episodeId(id)
                .detainee(Detainee.builder()
                        .subjectId("S-" + id)
                        .identifiers(PersonalIdentifiers.builder().familyName(CANARY_NAME).givenName("Canary")
                                .aNumber(CANARY_A_NUMBER).build())
                        .dateOfBirth(dateOfBirth)
                        .ageBasis(AgeBasis.DOCUMENTED)
                        .sex(Sex.FEMALE)
                        .populationClass(population)
                        .language(LanguageProfile.builder().preferred("es").interpreterNeeded(true).build())
                        .build())
                .addFacilities(facility)
                .bookIn(BookIn.builder().at(bookIn).facilityId(facility.facilityId()).build());
    }

    /** A juvenile (born 2011) booked in at an instant, closed after some hours. */
    public static CustodyEpisode juvenile(String id, Facility facility, Instant bookIn, long hoursInCustody) {
        return episode(id, facility, bookIn, PopulationClass.UNACCOMPANIED_CHILD, CANARY_DOB)
                .bookOut(BookOut.builder().at(bookIn.plus(Duration.ofHours(hoursInCustody)))
                        .disposition(Disposition.TRANSFER_HHS_ORR).build())
                .build();
    }

    /** An adult, pregnant or not, closed after some hours. */
    public static CustodyEpisode adult(String id, Facility facility, Instant bookIn, long hoursInCustody, boolean pregnant) {
        CustodyEpisode.Builder builder = episode(id, facility, bookIn, PopulationClass.SINGLE_ADULT,
                LocalDate.parse("1990-01-01"))
                .bookOut(BookOut.builder().at(bookIn.plus(Duration.ofHours(hoursInCustody)))
                        .disposition(Disposition.RELEASE).build());
        if (pregnant) {
            CustodyEpisode built = builder.build();
            builder = built.toBuilder().detainee(built.detainee().toBuilder()
                    .pregnancy(Pregnancy.builder().basis(PregnancyBasis.SELF_REPORTED).build()).build());
        }
        return builder.build();
    }

    /** A finding with a trigger, a deadline after it, and a satisfaction offset (null for none). */
    public static Finding finding(String episodeId, String requirementId, FindingStatus status, Instant trigger,
            Duration deadline, Duration satisfiedAfter) {
        Finding.Builder builder = Finding.builder()
                .episodeId(episodeId)
                .requirementId(requirementId)
                .standardId("CBP-DIR-2210-004")
                .standardVersion("2019-12-30")
                .status(status)
                .severity("major")
                .citation("Directive 2210-004")
                .explanation("synthetic finding")
                .triggerAt(trigger)
                .dueAt(trigger.plus(deadline));
        if (satisfiedAfter != null) {
            builder.satisfiedAt(trigger.plus(satisfiedAfter));
            if (satisfiedAfter.compareTo(deadline) > 0) {
                builder.lateBy(satisfiedAfter.minus(deadline));
            }
        }
        return builder.build();
    }

    /** An evaluator that returns hand-built findings by episode id, at {@link #AS_OF}. */
    public static final class Findings implements Function<CustodyEpisode, EpisodeEvaluation> {
        private final Map<String, List<Finding>> byEpisode = new HashMap<>();

        public Findings add(Finding finding) {
            byEpisode.computeIfAbsent(finding.episodeId(), k -> new ArrayList<>()).add(finding);
            return this;
        }

        @Override
        public EpisodeEvaluation apply(CustodyEpisode episode) {
            return EpisodeEvaluation.builder().episodeId(episode.episodeId()).asOf(AS_OF)
                    .findings(byEpisode.getOrDefault(episode.episodeId(), List.of())).build();
        }
    }
}
