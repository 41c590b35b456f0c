package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When pregnant, postpartum and nursing people and infants are on the at-risk rounds: every
 * {@link GeneratorSettings#atRiskCheckInterval()} on the days the policy asking for it is in force (by default
 * the CBP policy of 2021-11-29 until its rescission on 2025-05-05, as PPN-WELFARE of the baseline catalogue),
 * from the moment the facility knows of the state (book-in, the pregnancy identified, the birth). Outside those
 * days they are checked on the facility's ordinary rounds, as everyone else: the generator follows the policy
 * in force, it does not judge it.
 */
final class AtRiskRounds {
    private final Duration interval;
    private final LocalDate fromInclusive;
    private final LocalDate untilExclusive;

    private AtRiskRounds(Duration interval, LocalDate fromInclusive, LocalDate untilExclusive) {
        this.interval = interval;
        this.fromInclusive = fromInclusive;
        this.untilExclusive = untilExclusive;
    }

    /**
     * The rounds of the settings.
     *
     * @param settings the settings
     * @return the rounds
     */
    static AtRiskRounds of(GeneratorSettings settings) {
        return new AtRiskRounds(settings.atRiskCheckInterval(), settings.atRiskRoundsFrom(), settings.atRiskRoundsUntil());
    }

    /** The interval of the rounds. */
    Duration interval() {
        return interval;
    }

    /**
     * Whether the rounds are kept at an instant at a facility.
     *
     * @param at the instant
     * @param zone the facility's time zone, which decides the day
     * @return true on the days the policy is in force
     */
    boolean inForceAt(Instant at, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return !day.isBefore(fromInclusive) && day.isBefore(untilExclusive);
    }
}
