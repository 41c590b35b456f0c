package gov.cbp.medical.testkit.internal;

import java.time.Instant;

/**
 * A transfer planned at the start of a timeline, so that every later step knows where the person is.
 *
 * @param target the facility the person is moved to
 * @param at when the person is moved
 * @param room the hold room at the target
 */
record TransferPlan(Site target, Instant at, String room) {}
