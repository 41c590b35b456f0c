/**
 * Medical Quality Management measures as a Beam combine: the single-process engine's accumulators, merged
 * per facility (with hot-key fan-out) and then into one report, identical to {@code MeasureEngine}'s; and the
 * report written as the same JSON, CSV and HTML files to any Beam file system.
 */
package gov.cbp.medical.beam.measure;
