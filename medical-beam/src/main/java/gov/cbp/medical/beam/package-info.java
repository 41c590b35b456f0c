/**
 * Validation, evaluation and Medical Quality Management measures as Apache Beam transforms, for users whose
 * data outgrow one machine: read JSON Lines from any Beam file system ({@link gov.cbp.medical.beam.read}),
 * validate with a dead-letter output ({@link gov.cbp.medical.beam.validate}), emit findings as schema'd rows
 * ({@link gov.cbp.medical.beam.evaluate}), and combine the MQM accumulators into the same
 * {@code MeasureReport} and report files as the single-process engine ({@link gov.cbp.medical.beam.measure}).
 *
 * <p>Beam is a dependency of this module only; the model and rules modules never see it.
 */
package gov.cbp.medical.beam;
