package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which the features of an episode are generated, and the episode that results.
 *
 * <p>The order is part of the generator's output for a seed: every contributor draws from the person's one
 * random stream, so moving one changes every draw after it. A new feature goes where its events can refer to
 * the events it needs (its trigger must exist already); features added after the generator was published draw
 * from a stream of their own (as emergencies and the at-risk rounds do, see {@link EpisodeTimeline}) or are
 * added where they draw nothing when off, so that existing output stays as it was.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
final class EpisodeScript {
    /** The features, in generation order. */
    private static final List<TimelineContributor> FEATURES = List.of(
            new TransferPlanning(),
            new Encounters(),
            new Provisions(),
            new UnaccompaniedChildren(),
            new MinorClaims(),
            new Screenings(),
            new PregnancyIdentification(),
            new IntakeAssessments(),
            new HealthInterviews(),
            new SelfReportedIssues(),
            new ConditionHospitalVisits(),
            new Emergencies(),
            new Births(),
            new Medications(),
            new Transfers(),
            new WelfareRounds());

    private EpisodeScript() {}

    /**
     * Generates one episode: every feature in order, the cut at book-out, then the record-integrity patterns
     * (from a stream of their own, drawn from only when planting is on).
     *
     * @param context the generator's settings, sites and at-risk rounds
     * @param home the booking facility
     * @param person the person
     * @param group the person's group
     * @param episodeId the episode id
     * @param number a number unique within the generator, for the A-number, subject id and own streams
     * @param r the person's own random stream
     * @return the episode
     */
    static CustodyEpisode run(GeneratorContext context, Site home, Person person, ArrivalGroup group, String episodeId,
            long number, SplittableRandom r) {
        EpisodeTimeline timeline = new EpisodeTimeline(context, home, person, group, number, r);
        for (TimelineContributor feature : FEATURES) {
            feature.contribute(timeline);
        }
        return IntegrityPlanting.plant(EpisodeCut.assemble(timeline, episodeId, number),
                context.settings().integrityPatternShare(),
                new SplittableRandom(Rand.mix(context.settings().seed(), -7, number)));
    }
}
