/**
 * The one way every reader of the library turns a JSON tree into values with every problem listed: a bounded
 * {@link gov.cbp.medical.model.validation.reading.ProblemCollector}, the per-component message bundles of
 * {@link gov.cbp.medical.model.validation.reading.Messages} (locale chosen per call) and the JSON Pointer
 * helper {@link gov.cbp.medical.model.validation.reading.Pointer}. Shared by the payload decoder of this module
 * and the standard, local-policy and measure-set readers of {@code gov.cbp.medical.rules}.
 *
 * <p>Exported to the rules module only: not an API, no compatibility promise (on the class path the types are
 * public, but the same holds).
 */
package gov.cbp.medical.model.validation.reading;
