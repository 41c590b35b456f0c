/**
 * Verifiable reports: SHA-256 digests of episodes, standards and measure sets in a canonical JSON form, and the
 * order-independent digest of a report's input ({@link gov.cbp.medical.rules.measure.digest.InputDigest}), so that anyone
 * holding the same records can recompute a report's digests and show which records it was computed from.
 * The canonical form is described in {@link gov.cbp.medical.rules.measure.digest.ContentDigest}.
 */
package gov.cbp.medical.rules.measure.digest;
