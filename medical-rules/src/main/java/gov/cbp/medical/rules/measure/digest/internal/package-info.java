/** The canonical JSON writer behind the digests; private to the digest feature. */
package gov.cbp.medical.rules.measure.digest.internal;
