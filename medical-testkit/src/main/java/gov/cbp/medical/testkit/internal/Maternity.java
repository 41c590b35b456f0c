package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.person.PregnancyBasis;

/**
 * A generated person's pregnancy, birth and nursing: the states that put them on the at-risk rounds.
 *
 * @param pregnant whether the person is pregnant at book-in
 * @param knownAtBookIn whether the facility knows of the pregnancy at book-in (else it is identified later)
 * @param weeks the weeks of pregnancy, 0 if not pregnant
 * @param basis how the pregnancy is known, null if not pregnant
 * @param birth whether the person gives birth in custody
 * @param postpartum whether the person is postpartum at book-in
 * @param nursing whether the person is nursing an infant of the family unit
 */
record Maternity(boolean pregnant, boolean knownAtBookIn, int weeks, PregnancyBasis basis, boolean birth,
        boolean postpartum, boolean nursing) {
    /** Neither pregnant, postpartum nor nursing. */
    static final Maternity NONE = new Maternity(false, false, 0, null, false, false, false);

    /** Whether the facility knows of a pregnancy at book-in. */
    boolean pregnancyKnownAtBookIn() {
        return pregnant && knownAtBookIn;
    }

    /**
     * The same with nursing changed.
     *
     * @param isNursing whether the person is nursing
     * @return the changed copy
     */
    Maternity withNursing(boolean isNursing) {
        return new Maternity(pregnant, knownAtBookIn, weeks, basis, birth, postpartum, isNursing);
    }
}
