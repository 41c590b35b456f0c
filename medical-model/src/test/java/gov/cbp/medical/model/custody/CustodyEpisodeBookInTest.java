package gov.cbp.medical.model.custody;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.person.Age;
import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The book-in facility, zone, local date and age at book-in, derived once on {@link CustodyEpisode}. */
class CustodyEpisodeBookInTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId GUAM = ZoneId.of("Pacific/Guam");

    private static Facility facility(String id, ZoneId zone) {
        return Facility.builder().facilityId(id).component(Component.USBP).name("Synthetic " + id).area("SDC")
                .timeZone(zone).medicalSupport(MedicalSupportLevel.ON_SITE_CONTINUOUS).build();
    }

    private static Detainee bornOn(String date) {
        return Detainee.builder().subjectId("S-1").sex(Sex.FEMALE).populationClass(PopulationClass.UNACCOMPANIED_CHILD)
                .dateOfBirth(LocalDate.parse(date)).ageBasis(AgeBasis.DOCUMENTED).build();
    }

    private static CustodyEpisode episode(Detainee detainee, String bookIn, String facilityId, Facility... facilities) {
        return CustodyEpisode.builder().episodeId("EP-1").detainee(detainee).addFacilities(facilities)
                .bookIn(BookIn.builder().at(Instant.parse(bookIn)).facilityId(facilityId).build()).build();
    }

    @Test
    void bookInLocalDate_westOfUtc_isTheDayBefore() {
        CustodyEpisode e = episode(bornOn("2008-03-01"), "2026-03-01T03:00:00Z", "SDC-1", facility("SDC-1", LOS_ANGELES));
        assertThat(e.bookInZone()).isEqualTo(LOS_ANGELES);
        assertThat(e.bookInLocalDate()).isEqualTo(LocalDate.parse("2026-02-28"));
    }

    @Test
    void bookInLocalDate_eastOfUtc_isTheDayAfter() {
        CustodyEpisode e = episode(bornOn("2008-03-01"), "2026-02-28T15:00:00Z", "GUM-1", facility("GUM-1", GUAM));
        assertThat(e.bookInLocalDate()).isEqualTo(LocalDate.parse("2026-03-01"));
    }

    @Test
    void ageAtBookIn_eighteenthBirthdayInTheFacilitysZone_notInUtc() {
        // 2026-03-01T03:00Z is already the 18th birthday in UTC, but still 28 February in Los Angeles
        CustodyEpisode west = episode(bornOn("2008-03-01"), "2026-03-01T03:00:00Z", "SDC-1",
                facility("SDC-1", LOS_ANGELES));
        assertThat(west.ageAtBookIn()).contains(Age.of(17, false));
        // the first instant of the birthday in Los Angeles (08:00Z in standard time) makes them 18
        CustodyEpisode atMidnight = episode(bornOn("2008-03-01"), "2026-03-01T08:00:00Z", "SDC-1",
                facility("SDC-1", LOS_ANGELES));
        assertThat(atMidnight.ageAtBookIn()).contains(Age.of(18, false));
        CustodyEpisode secondBefore = episode(bornOn("2008-03-01"), "2026-03-01T07:59:59Z", "SDC-1",
                facility("SDC-1", LOS_ANGELES));
        assertThat(secondBefore.ageAtBookIn()).contains(Age.of(17, false));
    }

    @Test
    void ageAtBookIn_leapDayBirthday_reckonedOnTheLocalDate() {
        // 1 March in Guam while still 28 February in UTC: a 29 February birthday has come in a common year
        CustodyEpisode e = episode(bornOn("2008-02-29"), "2026-02-28T15:00:00Z", "GUM-1", facility("GUM-1", GUAM));
        assertThat(e.ageAtBookIn()).contains(Age.of(18, false));
    }

    @Test
    void ageAtBookIn_estimate_isFlagged() {
        Detainee estimated = Detainee.builder().subjectId("S-2").sex(Sex.MALE).populationClass(PopulationClass.SINGLE_ADULT)
                .estimatedAgeYears(18).ageBasis(AgeBasis.ESTIMATED).build();
        CustodyEpisode e = episode(estimated, "2026-03-01T03:00:00Z", "SDC-1", facility("SDC-1", LOS_ANGELES));
        assertThat(e.ageAtBookIn()).contains(Age.of(18, true));
    }

    @Test
    void bookInFacility_theFirstWithTheId() {
        Facility first = facility("SDC-1", LOS_ANGELES);
        Facility duplicate = facility("SDC-1", GUAM);
        CustodyEpisode e = episode(bornOn("2008-03-01"), "2026-02-28T15:00:00Z", "SDC-1", facility("OTHER", GUAM),
                first, duplicate);
        assertThat(e.bookInFacility()).contains(first);
        assertThat(e.bookInZone()).isEqualTo(LOS_ANGELES);
    }

    @Test
    void unknownBookInFacility_emptyFacility_utcZoneAndDate() {
        CustodyEpisode e = episode(bornOn("2008-03-01"), "2026-03-01T03:00:00Z", "MISSING", facility("SDC-1", LOS_ANGELES));
        assertThat(e.bookInFacility()).isEmpty();
        assertThat(e.bookInZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(e.bookInLocalDate()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(e.ageAtBookIn()).contains(Age.of(18, false));
    }

    @Test
    void bookInAtMidnightUtc_onAMonthEnd() {
        CustodyEpisode e = episode(bornOn("2008-03-01"), "2026-04-01T00:00:00Z", "SDC-1", facility("SDC-1", LOS_ANGELES));
        assertThat(e.bookInLocalDate()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(episode(bornOn("2008-03-01"), "2026-04-01T00:00:00Z", "MISSING").bookInLocalDate())
                .isEqualTo(LocalDate.parse("2026-04-01"));
    }
}
