/** A runnable MQM pipeline: JSON Lines in, the report files and the dead letters out, on any Beam runner. */
package gov.cbp.medical.beam.example;
