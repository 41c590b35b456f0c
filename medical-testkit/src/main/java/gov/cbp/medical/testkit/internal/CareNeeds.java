package gov.cbp.medical.testkit.internal;

/**
 * What will happen to a generated person in custody: which features their timeline gets.
 *
 * @param highRisk whether the person is medically high risk
 * @param concernObserved whether an agent observes a medical concern at encounter
 * @param selfReport whether the person reports a medical issue in custody
 * @param emergency whether the reported issue is an emergency
 * @param hospitalVisit whether the person is taken to hospital for a condition found outside an assessment
 * @param medication whether the person has medication
 * @param screenPositive whether the infectious-disease screening is positive
 * @param transfer whether the person is transferred to another facility
 * @param minorClaim whether an adult of estimated age claims (or is suspected) to be a minor
 * @param interviewAnyway whether an adult without a referral is interviewed anyway
 */
record CareNeeds(boolean highRisk, boolean concernObserved, boolean selfReport, boolean emergency,
        boolean hospitalVisit, boolean medication, boolean screenPositive, boolean transfer, boolean minorClaim,
        boolean interviewAnyway) {
    /** No concern, no medication, nothing but the routine of custody. */
    static final CareNeeds ROUTINE = new CareNeeds(false, false, false, false, false, false, false, false, false,
            false);
}
