package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.PregnancyBasis;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.util.SplittableRandom;

/**
 * One generated person: who they are, their pregnancy or nursing, and what will happen to them in custody.
 *
 * @param profile who the person is
 * @param maternity the person's pregnancy, birth and nursing
 * @param needs the features of the person's timeline
 */
record Person(Profile profile, Maternity maternity, CareNeeds needs) {
    /**
     * Draws a person of a population class. The order of the draws is part of the generator's output for a
     * seed: change it and every episode after changes.
     *
     * @param settings the settings
     * @param siteCount the number of facilities (a transfer needs two)
     * @param r the random stream of the facility day
     * @param populationClass the population class
     * @return the person
     */
    static Person draw(GeneratorSettings settings, int siteCount, SplittableRandom r, PopulationClass populationClass) {
        int age;
        Sex sex;
        switch (populationClass) {
            case UNACCOMPANIED_CHILD:
                age = Rand.weighted(r, new Integer[] {Rand.between(r, 0, 5), Rand.between(r, 6, 12),
                    Rand.between(r, 13, 17)}, new double[] {0.04, 0.21, 0.75});
                sex = Rand.weighted(r, new Sex[] {Sex.MALE, Sex.FEMALE}, new double[] {0.68, 0.32});
                break;
            case ACCOMPANIED_JUVENILE:
                age = Rand.weighted(r, new Integer[] {Rand.between(r, 0, 1), Rand.between(r, 2, 5),
                    Rand.between(r, 6, 12), Rand.between(r, 13, 17)}, new double[] {0.12, 0.28, 0.35, 0.25});
                sex = Rand.weighted(r, new Sex[] {Sex.MALE, Sex.FEMALE}, new double[] {0.5, 0.5});
                break;
            case FAMILY_UNIT_MEMBER:
                age = Rand.weighted(r, new Integer[] {Rand.between(r, 18, 24), Rand.between(r, 25, 34),
                    Rand.between(r, 35, 49), Rand.between(r, 50, 70)}, new double[] {0.25, 0.40, 0.28, 0.07});
                sex = Rand.weighted(r, new Sex[] {Sex.FEMALE, Sex.MALE}, new double[] {0.65, 0.35});
                break;
            default:
                age = Rand.weighted(r, new Integer[] {Rand.between(r, 18, 24), Rand.between(r, 25, 34),
                    Rand.between(r, 35, 49), Rand.between(r, 50, 80)}, new double[] {0.32, 0.36, 0.24, 0.08});
                sex = Rand.weighted(r, new Sex[] {Sex.MALE, Sex.FEMALE}, new double[] {0.8, 0.2});
                break;
        }
        if (Rand.chance(r, 0.002)) {
            sex = Sex.UNDETERMINED;
        }
        boolean estimatedAge = Rand.chance(r, settings.estimatedAgeShare());
        AgeBasis ageBasis = estimatedAge ? AgeBasis.ESTIMATED
                : Rand.chance(r, 0.65) ? AgeBasis.DOCUMENTED : AgeBasis.STATED;
        int birthdayOffset = r.nextInt(365);
        Maternity maternity = drawMaternity(settings, r, age, sex);
        boolean highRisk = Rand.chance(r, age >= 65 ? 0.5 : 0.03);
        double concern = settings.medicalConcernShare();
        boolean concernObserved = Rand.chance(r, concern * 0.4);
        boolean selfReport = Rand.chance(r, concern * 0.5);
        boolean emergency = Rand.chance(r, 0.003);
        boolean hospitalVisit = Rand.chance(r, settings.hospitalVisitShare());
        double medicationShare = settings.medicationShare() * (age >= 40 ? 2.0 : age < 18 ? 0.4 : 1.0);
        boolean medication = Rand.chance(r, Math.min(1.0, medicationShare));
        boolean screenPositive = Rand.chance(r, settings.infectiousPositiveShare());
        boolean transfer = siteCount > 1 && Rand.chance(r, settings.transferShare());
        boolean minorClaim = populationClass == PopulationClass.SINGLE_ADULT && estimatedAge && age <= 21
                && Rand.chance(r, 0.15);
        boolean interviewAnyway = Rand.chance(r, settings.adultInterviewShare());
        boolean identified = Rand.chance(r, 0.97);
        String givenName = sex == Sex.MALE ? Rand.pick(r, Synthetic.GIVEN_NAMES_M) : Rand.pick(r, Synthetic.GIVEN_NAMES_F);
        boolean aNumber = Rand.chance(r, 0.9);
        return new Person(
                new Profile(populationClass, age, sex, estimatedAge, ageBasis, birthdayOffset, identified, givenName,
                        aNumber),
                maternity,
                new CareNeeds(highRisk, concernObserved, selfReport, emergency, hospitalVisit, medication,
                        screenPositive, transfer, minorClaim, interviewAnyway));
    }

    private static Maternity drawMaternity(GeneratorSettings settings, SplittableRandom r, int age, Sex sex) {
        if (sex == Sex.FEMALE && age >= 15 && age <= 45 && Rand.chance(r, settings.pregnantShare())) {
            int weeks = Rand.between(r, 6, 39);
            boolean knownAtBookIn = Rand.chance(r, 0.75);
            PregnancyBasis basis = Rand.weighted(r, new PregnancyBasis[] {PregnancyBasis.SELF_REPORTED,
                PregnancyBasis.OBSERVED, PregnancyBasis.MEDICALLY_CONFIRMED}, new double[] {0.7, 0.2, 0.1});
            boolean birth = Rand.chance(r, settings.birthInCustodyShare());
            if (birth) {
                weeks = Math.max(weeks, Rand.between(r, 34, 40));
            }
            return new Maternity(true, knownAtBookIn, weeks, basis, birth, false, false);
        }
        if (sex == Sex.FEMALE && age >= 18 && age <= 45 && Rand.chance(r, 0.01)) {
            return new Maternity(false, false, 0, null, false, true, false);
        }
        return Maternity.NONE;
    }

    /** Whether the person is a juvenile. */
    boolean juvenile() {
        return profile.juvenile();
    }

    /**
     * The same person with nursing changed: decided once the whole family unit is drawn.
     *
     * @param nursing whether the person is nursing
     * @return the changed copy
     */
    Person withNursing(boolean nursing) {
        return new Person(profile, maternity.withNursing(nursing), needs);
    }
}
