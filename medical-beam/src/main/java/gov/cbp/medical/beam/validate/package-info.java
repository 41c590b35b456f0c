/**
 * Validation of source lines with a dead-letter output: every line that is not a valid episode goes there
 * with its file, line number and problems, so that nothing read is lost.
 */
package gov.cbp.medical.beam.validate;
