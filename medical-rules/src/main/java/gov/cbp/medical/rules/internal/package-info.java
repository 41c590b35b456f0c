/**
 * Internals shared by the features of the rules module: the vocabulary of event types and fields that standards
 * may reference. Not exported; no compatibility promise.
 */
package gov.cbp.medical.rules.internal;
