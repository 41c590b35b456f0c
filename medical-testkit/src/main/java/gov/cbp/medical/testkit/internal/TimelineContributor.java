package gov.cbp.medical.testkit.internal;

/**
 * One feature of a generated episode (custody, intake, care, medication, public health, maternity, welfare
 * rounds...): adds its events to a person's timeline when the person has the feature.
 *
 * <p>Implementation Requirements: stateless and thread-safe; every draw comes from
 * {@link EpisodeTimeline#random()}, in a fixed order, since the order is part of the generator's output.
 */
interface TimelineContributor {
    /**
     * Adds the feature's events to a timeline, if the person has the feature.
     *
     * @param timeline the person's timeline
     */
    void contribute(EpisodeTimeline timeline);
}
