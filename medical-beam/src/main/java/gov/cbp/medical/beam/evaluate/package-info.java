/**
 * Evaluation as of an instant, with records complete through an instant, and findings as Beam
 * {@link org.apache.beam.sdk.schemas.Schema} rows for analysts who keep them in BigQuery or Parquet.
 */
package gov.cbp.medical.beam.evaluate;
