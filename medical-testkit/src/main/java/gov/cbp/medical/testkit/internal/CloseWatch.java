package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How one close watch is kept: the spacing of the checks of a person on a round every few minutes (the at-risk
 * rounds of PPN-WELFARE, enhanced medical monitoring of EMD-EMM-CHECK).
 *
 * <p>Inspectors and correctional-health surveyors judge such checks by the time between them ("no more than 15
 * minutes apart", at irregular times), so a kept watch spaces its checks irregularly at 55% to 95% of the
 * interval: it has no lapse whether the rule counts fixed slots from the trigger or the gap after each check.
 * A watch that is not kept ({@link GeneratorSettings#closeWatchLapseShare()}) is the same but for its lapses:
 * now and then a check comes 5% to 150% of the interval late, and one lapse in ten is a blank stretch of one to
 * three hours. Which watches are kept is drawn per watch ({@link GeneratorSettings#closeWatchKeptShare()}), so
 * that an MQM measure over people (every interval covered) shows a realistic share rather than 0% or 100%.
 */
final class CloseWatch {
    private final Duration interval;
    private final boolean kept;
    private final double lapseShare;

    private CloseWatch(Duration interval, boolean kept, double lapseShare) {
        this.interval = interval;
        this.kept = kept;
        this.lapseShare = lapseShare;
    }

    /**
     * Draws how a watch will be kept.
     *
     * @param settings the settings
     * @param interval the interval the rule asks for
     * @param r the random stream the draw is made from
     * @return the watch
     */
    static CloseWatch draw(GeneratorSettings settings, Duration interval, SplittableRandom r) {
        boolean kept = Rand.chance(r, settings.closeWatchKeptShare());
        return new CloseWatch(interval, kept, settings.closeWatchLapseShare());
    }

    /**
     * The time from one check to the next.
     *
     * @param r the random stream of the episode
     * @return the spacing, at least a minute
     */
    Duration next(SplittableRandom r) {
        long seconds = interval.getSeconds();
        if (!kept && Rand.chance(r, lapseShare)) {
            if (Rand.chance(r, 0.1)) {
                return interval.plus(Rand.minutes(r, 60, 180));
            }
            return Duration.ofSeconds(Math.round(seconds * Rand.uniform(r, 1.05, 2.5)));
        }
        return Duration.ofSeconds(Math.max(60, Math.round(seconds * Rand.uniform(r, 0.55, 0.95))));
    }

    /**
     * The time from the start of a watch (a trigger, or a return from hospital) to its first check: like any
     * other kept spacing, so that the first check is within the interval too.
     *
     * @param r the random stream of the episode
     * @return the delay, at least a minute
     */
    Duration first(SplittableRandom r) {
        return Duration.ofSeconds(Math.max(60, Math.round(interval.getSeconds() * Rand.uniform(r, 0.1, 0.9))));
    }
}
