/**
 * Implementation of the testkit, not exported: the synthetic vocabulary and the generator of realistic
 * episodes. {@link gov.cbp.medical.testkit.internal.EpisodeFactory} draws the facilities and the people of
 * each facility day; {@link gov.cbp.medical.testkit.internal.EpisodeScript} runs one
 * {@link gov.cbp.medical.testkit.internal.TimelineContributor} per feature over each person's
 * {@link gov.cbp.medical.testkit.internal.EpisodeTimeline}, in a fixed order that is part of the output for a
 * seed.
 */
package gov.cbp.medical.testkit.internal;
