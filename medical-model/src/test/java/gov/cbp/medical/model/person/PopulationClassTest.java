package gov.cbp.medical.model.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PopulationClassTest {
    @Test
    void isJuvenile_theTwoJuvenileClassesOnly() {
        assertThat(EnumSet.allOf(PopulationClass.class)).filteredOn(PopulationClass::isJuvenile)
                .containsExactlyInAnyOrder(PopulationClass.UNACCOMPANIED_CHILD, PopulationClass.ACCOMPANIED_JUVENILE);
    }

    @Test
    void isAdult_theTwoAdultClassesOnly() {
        assertThat(EnumSet.allOf(PopulationClass.class)).filteredOn(PopulationClass::isAdult)
                .containsExactlyInAnyOrder(PopulationClass.FAMILY_UNIT_MEMBER, PopulationClass.SINGLE_ADULT);
    }

    @Test
    void isInFamilyUnit_theChildAndTheParent() {
        assertThat(EnumSet.allOf(PopulationClass.class)).filteredOn(PopulationClass::isInFamilyUnit)
                .containsExactlyInAnyOrder(PopulationClass.ACCOMPANIED_JUVENILE, PopulationClass.FAMILY_UNIT_MEMBER);
    }

    @Test
    void unknown_isNeitherJuvenileNorAdult_andContradictsNoAge() {
        assertThat(PopulationClass.UNKNOWN.isJuvenile()).isFalse();
        assertThat(PopulationClass.UNKNOWN.isAdult()).isFalse();
        assertThat(PopulationClass.UNKNOWN.contradicts(Age.of(5, false))).isFalse();
        assertThat(PopulationClass.UNKNOWN.contradicts(Age.of(40, true))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PopulationClass.class, names = {"UNACCOMPANIED_CHILD", "ACCOMPANIED_JUVENILE"})
    void contradicts_juvenileClass_atEighteenNotAtSeventeen(PopulationClass juvenile) {
        assertThat(juvenile.contradicts(Age.of(17, false))).isFalse();
        assertThat(juvenile.contradicts(Age.of(18, false))).isTrue();
        assertThat(juvenile.contradicts(Age.of(0, false))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PopulationClass.class, names = {"FAMILY_UNIT_MEMBER", "SINGLE_ADULT"})
    void contradicts_adultClass_atSeventeenNotAtEighteen(PopulationClass adult) {
        assertThat(adult.contradicts(Age.of(17, false))).isTrue();
        assertThat(adult.contradicts(Age.of(18, false))).isFalse();
        assertThat(adult.contradicts(Age.of(Integer.MAX_VALUE, false))).isFalse();
    }

    @Test
    void contradicts_anEstimateLikeAnExactAge() {
        assertThat(PopulationClass.SINGLE_ADULT.contradicts(Age.of(17, true))).isTrue();
        assertThat(PopulationClass.UNACCOMPANIED_CHILD.contradicts(Age.of(18, true))).isTrue();
        assertThat(PopulationClass.UNACCOMPANIED_CHILD.contradicts(Age.of(17, true))).isFalse();
    }

    @Test
    void contradicts_nullAge_throws() {
        assertThatNullPointerException().isThrownBy(() -> PopulationClass.SINGLE_ADULT.contradicts(null));
    }
}
