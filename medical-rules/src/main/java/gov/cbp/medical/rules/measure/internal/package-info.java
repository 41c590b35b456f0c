/**
 * Internals of the measure feature: definition checks, episode facts, criterion tests, tallies and
 * histograms. Not an API.
 */
package gov.cbp.medical.rules.measure.internal;
