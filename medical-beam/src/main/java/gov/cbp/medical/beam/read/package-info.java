/** Reading JSON Lines inputs from any file system Beam supports, keeping each line's source and number. */
package gov.cbp.medical.beam.read;
