package gov.cbp.medical.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgeTest {
    @Test
    void of_negative_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> Age.of(-1, false));
    }

    @Test
    void isJuvenile_changesAtAdultYears() {
        assertThat(Age.ADULT_YEARS).isEqualTo(18);
        assertThat(Age.of(17, false).isJuvenile()).isTrue();
        assertThat(Age.of(18, false).isJuvenile()).isFalse();
        assertThat(Age.of(17, true).isJuvenile()).isTrue();
        assertThat(Age.of(18, true).isJuvenile()).isFalse();
        assertThat(Age.of(0, false).isJuvenile()).isTrue();
    }

    @Test
    void equals_takesTheEstimateIntoAccount() {
        assertThat(Age.of(17, true)).isEqualTo(Age.of(17, true)).isNotEqualTo(Age.of(17, false));
        assertThat(Age.of(17, true)).hasToString("~17y");
        assertThat(Age.of(17, false)).hasToString("17y");
    }

    /** {@link Detainee#ageOn(LocalDate)}: the one place an age on a date is reckoned. */
    @Nested
    class AgeOn {
        private Detainee bornOn(String date) {
            return Detainee.builder().subjectId("S-1").sex(Sex.FEMALE).populationClass(PopulationClass.UNACCOMPANIED_CHILD)
                    .dateOfBirth(LocalDate.parse(date)).ageBasis(AgeBasis.DOCUMENTED).build();
        }

        @Test
        void eighteenthBirthday_theDayBeforeIsSeventeen_theDayItselfIsEighteen() {
            Detainee d = bornOn("2008-03-01");
            assertThat(d.ageOn(LocalDate.parse("2026-02-28"))).contains(Age.of(17, false));
            assertThat(d.ageOn(LocalDate.parse("2026-03-01"))).contains(Age.of(18, false));
            assertThat(d.ageOn(LocalDate.parse("2026-03-01")).get().isJuvenile()).isFalse();
        }

        @Test
        void leapDayBirthday_inACommonYear_turnsOnTheFirstOfMarch() {
            Detainee d = bornOn("2008-02-29");
            assertThat(d.ageOn(LocalDate.parse("2026-02-28"))).contains(Age.of(17, false));
            assertThat(d.ageOn(LocalDate.parse("2026-03-01"))).contains(Age.of(18, false));
        }

        @Test
        void leapDayBirthday_inALeapYear_turnsOnTheLeapDay() {
            Detainee d = bornOn("2012-02-29");
            assertThat(d.ageOn(LocalDate.parse("2024-02-28"))).contains(Age.of(11, false));
            assertThat(d.ageOn(LocalDate.parse("2024-02-29"))).contains(Age.of(12, false));
        }

        @Test
        void monthEndBirthday_turnsOnTheDayItself_notAtTheEndOfTheMonthBefore() {
            Detainee d = bornOn("2007-10-31");
            assertThat(d.ageOn(LocalDate.parse("2025-09-30"))).contains(Age.of(17, false));
            assertThat(d.ageOn(LocalDate.parse("2025-10-30"))).contains(Age.of(17, false));
            assertThat(d.ageOn(LocalDate.parse("2025-10-31"))).contains(Age.of(18, false));
            assertThat(d.ageOn(LocalDate.parse("2025-11-30"))).contains(Age.of(18, false));
        }

        @Test
        void bornOnTheDate_isZero_bornAfter_isUnknown() {
            Detainee d = bornOn("2026-03-01");
            assertThat(d.ageOn(LocalDate.parse("2026-03-01"))).contains(Age.of(0, false));
            assertThat(d.ageOn(LocalDate.parse("2026-02-28"))).isEmpty();
        }

        @Test
        void estimate_isTheSameOnEveryDate_andFlaggedEstimated() {
            Detainee d = Detainee.builder().subjectId("S-2").sex(Sex.MALE).populationClass(PopulationClass.SINGLE_ADULT)
                    .estimatedAgeYears(17).ageBasis(AgeBasis.ESTIMATED).build();
            Optional<Age> age = d.ageOn(LocalDate.parse("2026-03-01"));
            assertThat(age).contains(Age.of(17, true));
            assertThat(age.get().isEstimated()).isTrue();
            assertThat(age.get().isJuvenile()).isTrue();
            assertThat(PopulationClass.SINGLE_ADULT.contradicts(age.get())).isTrue();
            assertThat(d.ageOn(LocalDate.parse("2030-03-01"))).contains(Age.of(17, true));
        }

        @Test
        void dateOfBirthWins_overAnEstimate() {
            Detainee d = bornOn("2008-03-01").toBuilder().estimatedAgeYears(30).build();
            assertThat(d.ageOn(LocalDate.parse("2026-03-01"))).contains(Age.of(18, false));
        }

        @Test
        void dateOfBirthWithAnEstimatedBasis_isReckonedFromTheDate_andFlaggedEstimated() {
            Detainee d = bornOn("2008-03-01").toBuilder().ageBasis(AgeBasis.ESTIMATED).build();
            assertThat(d.ageOn(LocalDate.parse("2026-02-28"))).contains(Age.of(17, true));
            assertThat(d.ageOn(LocalDate.parse("2026-03-01"))).contains(Age.of(18, true));
        }

        @Test
        void dateOfBirthWithAStatedOrNoBasis_isNotEstimated() {
            Detainee stated = bornOn("2008-03-01").toBuilder().ageBasis(AgeBasis.STATED).build();
            Detainee none = Detainee.builder().from(bornOn("2008-03-01")).ageBasis(java.util.Optional.empty()).build();
            Detainee unknownCode = bornOn("2008-03-01").toBuilder().ageBasis(AgeBasis.UNKNOWN).build();
            assertThat(stated.ageOn(LocalDate.parse("2026-03-01"))).contains(Age.of(18, false));
            assertThat(none.ageOn(LocalDate.parse("2026-03-01"))).contains(Age.of(18, false));
            assertThat(unknownCode.ageOn(LocalDate.parse("2026-03-01"))).contains(Age.of(18, false));
        }

        @Test
        void neither_isUnknown() {
            Detainee d = Detainee.builder().subjectId("S-3").sex(Sex.MALE).populationClass(PopulationClass.UNKNOWN).build();
            assertThat(d.ageOn(LocalDate.parse("2026-03-01"))).isEmpty();
        }

        @Test
        void nullDate_throws() {
            assertThatNullPointerException().isThrownBy(() -> bornOn("2008-03-01").ageOn(null));
        }
    }
}
