/**
 * The Medical Quality Management engine: runs a measure set over custody episodes in one pass at constant
 * memory with mergeable accumulators (on one thread or many), accounts for invalid input, and explains how
 * any one episode counts in each population of each measure.
 */
package gov.cbp.medical.rules.measure.engine;
