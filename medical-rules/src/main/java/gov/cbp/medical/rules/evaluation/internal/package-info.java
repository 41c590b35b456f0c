/**
 * The rules that compute findings (deadline, recurring, scheduled doses, newborn release), the facts derived
 * from an episode at an instant, and matching of triggers and satisfiers. Not exported; no compatibility promise.
 */
package gov.cbp.medical.rules.evaluation.internal;
