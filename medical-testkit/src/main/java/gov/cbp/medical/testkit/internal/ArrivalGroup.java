package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * What is shared by the people who arrive together: a family unit, or one person on their own.
 *
 * @param arrival the arrival instant
 * @param stay the planned time in custody
 * @param disposition the planned disposition at book-out
 * @param familyUnitId the family unit's id, null for a person on their own
 * @param familyName the synthetic family name
 * @param language the preferred language, a BCP 47 tag
 * @param interpreterNeeded whether an interpreter is needed
 * @param surge whether the day is a surge day at the facility
 */
record ArrivalGroup(Instant arrival, Duration stay, Disposition disposition, String familyUnitId, String familyName,
        String language, boolean interpreterNeeded, boolean surge) {
    /** The longest stay generated. */
    static final Duration MAX_STAY = Duration.ofDays(14);

    /**
     * Draws a group arriving on a day. The order of the draws is part of the generator's output for a seed.
     *
     * @param settings the settings
     * @param r the random stream of the facility day
     * @param surge whether the day is a surge day
     * @param groupClass the group's population class (family-unit member for a family unit)
     * @param dayStart the start of the day in the facility's zone
     * @param dayEnd the end of the day in the facility's zone
     * @param familyUnitId the family unit's id, null for a person on their own
     * @return the group
     */
    static ArrivalGroup draw(GeneratorSettings settings, SplittableRandom r, boolean surge, PopulationClass groupClass,
            Instant dayStart, Instant dayEnd, String familyUnitId) {
        double[] blocks = {3.0, 1.5, 1.0, 2.5}; // night, morning, afternoon, evening
        double x = r.nextDouble() * 8.0;
        int block = 0;
        while (block < 3 && x >= blocks[block]) {
            x -= blocks[block];
            block++;
        }
        long seconds = block * 6 * 3600L + (long) (r.nextDouble() * 6 * 3600);
        Instant drawn = dayStart.plusSeconds(seconds);
        Instant arrival = drawn.isBefore(dayEnd) ? drawn : dayEnd.minusSeconds(60);
        double factor = groupClass == PopulationClass.UNACCOMPANIED_CHILD ? 1.3
                : groupClass == PopulationClass.SINGLE_ADULT ? 0.9 : 1.0;
        Duration stay;
        if (Rand.chance(r, settings.longStayShare())) {
            stay = Rand.duration(r, Duration.ofHours(72), MAX_STAY);
        } else {
            stay = Rand.lognormal(r, Duration.ofSeconds(Math.round(settings.medianStayHours() * 3600 * factor
                    * (surge ? 1.4 : 1))), 0.5);
            if (stay.compareTo(Duration.ofHours(2)) < 0) {
                stay = Duration.ofHours(2).plus(Rand.minutes(r, 0, 60));
            } else if (stay.compareTo(Duration.ofHours(72)) > 0) {
                stay = Duration.ofHours(72).minus(Rand.minutes(r, 0, 600));
            }
        }
        Disposition disposition;
        switch (groupClass) {
            case UNACCOMPANIED_CHILD:
                disposition = Rand.weighted(r, new Disposition[] {Disposition.TRANSFER_HHS_ORR, Disposition.RELEASE,
                    Disposition.RETURN}, new double[] {0.93, 0.05, 0.02});
                break;
            case SINGLE_ADULT:
                disposition = Rand.weighted(r, new Disposition[] {Disposition.TRANSFER_ICE, Disposition.RETURN,
                    Disposition.RELEASE}, new double[] {0.45, 0.35, 0.20});
                break;
            default:
                disposition = Rand.weighted(r, new Disposition[] {Disposition.RELEASE, Disposition.TRANSFER_ICE,
                    Disposition.RETURN}, new double[] {0.60, 0.25, 0.15});
                break;
        }
        String familyName = Rand.pick(r, Synthetic.FAMILY_NAMES);
        String language = Rand.weighted(r, settings.languages());
        boolean interpreterNeeded = !language.equals("en") && Rand.chance(r, settings.interpreterNeededShare());
        return new ArrivalGroup(arrival, stay, disposition, familyUnitId, familyName, language, interpreterNeeded,
                surge);
    }
}
