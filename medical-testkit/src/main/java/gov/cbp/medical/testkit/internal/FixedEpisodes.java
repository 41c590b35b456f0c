package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The fixed episodes for benchmarks: scripted people run through the same factory, with no act missed or
 * late and no gaps, so that their content and size stay the same.
 */
public final class FixedEpisodes {
    private static final GeneratorSettings SETTINGS = GeneratorSettings.builder()
            .seed(20250303L)
            .facilities(2)
            .usbpShare(1.0)
            .startDate(LocalDate.of(2025, 3, 3))
            .days(7)
            .medicalSupportMix(Map.of(MedicalSupportLevel.ON_SITE_CONTINUOUS, 1.0))
            .missedActShare(0)
            .lateActShare(0)
            .welfareCheckGapShare(0)
            .surgeDayShare(0)
            .medicalConcernShare(0)
            .infectiousPositiveShare(0)
            .welfareCheckInterval(Duration.ofMinutes(60), Duration.ofMinutes(60))
            .openAtEnd(false)
            .build();
    private static final EpisodeFactory FACTORY = new EpisodeFactory(SETTINGS);
    private static final Instant ARRIVAL = Instant.parse("2025-03-03T09:10:00Z");

    private FixedEpisodes() {}

    private static ArrivalGroup group(Duration stay, Disposition disposition, String familyUnitId,
            String familyName, String language, boolean interpreter) {
        return new ArrivalGroup(ARRIVAL, stay, disposition, familyUnitId, familyName, language, interpreter, false);
    }

    private static Person person(PopulationClass populationClass, int age, Sex sex, String given, CareNeeds needs) {
        return new Person(new Profile(populationClass, age, sex, false, AgeBasis.DOCUMENTED, 100, true, given, true),
                Maternity.NONE, needs);
    }

    /** A single adult held six hours: a handful of welfare checks, a screening, a meal. */
    public static CustodyEpisode shortAdultStay() {
        Person p = person(PopulationClass.SINGLE_ADULT, 31, Sex.MALE, "Luis", CareNeeds.ROUTINE);
        ArrivalGroup g = group(Duration.ofHours(6), Disposition.RETURN, null, "Synthetic-Lopez", "es", false);
        return FACTORY.build(FACTORY.site(0), p, g, "SYN-FIXED-SHORT-ADULT", 900_001L, new SplittableRandom(11));
    }

    /** An unaccompanied child of 15 held 20 hours, checked hourly (about 20 welfare checks). */
    public static CustodyEpisode juvenileDay() {
        Person p = person(PopulationClass.UNACCOMPANIED_CHILD, 15, Sex.FEMALE, "Rosa", CareNeeds.ROUTINE);
        ArrivalGroup g = group(Duration.ofHours(20), Disposition.TRANSFER_HHS_ORR, null, "Synthetic-Tzul",
                "quc", true);
        return FACTORY.build(FACTORY.site(0), p, g, "SYN-FIXED-JUVENILE-DAY", 900_002L, new SplittableRandom(12));
    }

    /** A family-unit adult held 72 hours with medication and a hospital visit. */
    public static CustodyEpisode familyStay72h() {
        CareNeeds needs = new CareNeeds(false, false, false, false, true, true, false, false, false, true);
        Person p = person(PopulationClass.FAMILY_UNIT_MEMBER, 29, Sex.FEMALE, "Ana", needs);
        ArrivalGroup g = group(Duration.ofHours(72), Disposition.RELEASE, "FU-SYN-FIXED-1",
                "Synthetic-Rivera", "es", true);
        return FACTORY.build(FACTORY.site(0), p, g, "SYN-FIXED-FAMILY-72H", 900_003L, new SplittableRandom(13));
    }
}
