package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.event.MedicalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * What a feature contributor (emergencies, ...) sees of the timeline of one person's episode while it is
 * generated: the frame, the person's random stream, and the shared steps every feature uses. Contributors live
 * in files of their own, so that the episode factory does not grow with every feature.
 */
interface EpisodeTimeline {
    /** The person's own random stream; every draw of a contributor comes from it, in a fixed order. */
    SplittableRandom random();

    /** The book-in instant. */
    Instant bookIn();

    /** The planned time in custody. */
    Duration stay();

    /** The end of custody as planned so far (a hospital admission may bring it forward). */
    Instant end();

    /** A new event id, unique in the episode. */
    String id();

    /** Adds an event to the timeline. */
    void add(MedicalEvent event);

    /** When a required act happens: null if missed, after the deadline if late, else a log-normal delay. */
    Instant due(Instant trigger, Duration deadline, Duration median);

    /** An id of an agent on duty at the facility the person is in at an instant. */
    String agent(Instant at);

    /** A hospital visit with its discharge, or an admission that ends the episode. */
    void hospital(Instant at, String reasonEventId, boolean urgent);
}
