package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Sex;

/**
 * Who a generated person is: what the detainee record says of them.
 *
 * @param populationClass the population class
 * @param age the age in years at book-in
 * @param sex the sex
 * @param estimatedAge whether the age is an estimate (no date of birth)
 * @param ageBasis how the age is known
 * @param birthdayOffset days from the last birthday to the book-in date, 0 to 364
 * @param identified whether the person's names are known
 * @param givenName the synthetic given name
 * @param aNumber whether the person has an A-number
 */
record Profile(PopulationClass populationClass, int age, Sex sex, boolean estimatedAge, AgeBasis ageBasis,
        int birthdayOffset, boolean identified, String givenName, boolean aNumber) {
    /** Whether the person is a juvenile: an unaccompanied child or an accompanied juvenile. */
    boolean juvenile() {
        return populationClass.isJuvenile();
    }
}
