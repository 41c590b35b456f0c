/**
 * Example programs: each is short, has a {@code main}, and is run by a test so that the documentation that
 * quotes it never rots.
 */
package gov.cbp.medical.examples;
