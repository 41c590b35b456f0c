/**
 * Medical Quality Management reports, kept apart from the definitions (FHIR MeasureReport style): the
 * immutable {@link gov.cbp.medical.rules.measure.report.MeasureReport} with its stamp, input account and
 * strata, small-cell suppression, and writers for JSON, CSV and a self-contained HTML page.
 *
 * <p>No report holds personal data: only counts, rates, durations, codes, facility and requirement ids, and
 * line numbers of rejected input.
 */
package gov.cbp.medical.rules.measure.report;
