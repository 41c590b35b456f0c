/**
 * Medical Quality Management (MQM) measures as data: {@link gov.cbp.medical.rules.measure.MeasureDefinition}s
 * in the style of FHIR Measure (populations, scoring, improvement notation, stratifiers), grouped in a
 * versioned {@link gov.cbp.medical.rules.measure.MeasureSet}, read and checked by
 * {@link gov.cbp.medical.rules.measure.MeasureSetReader}.
 *
 * <p>Definitions hold no results: the engine in {@code gov.cbp.medical.rules.measure.engine} runs them over
 * episodes and produces a {@code gov.cbp.medical.rules.measure.report.MeasureReport} (domain brief section 5).
 */
package gov.cbp.medical.rules.measure;
