/**
 * The evaluator: for one custody episode and an instant, one {@link gov.cbp.medical.rules.evaluation.Finding}
 * per requirement occurrence, with the clause it rests on and the events that prove it.
 */
package gov.cbp.medical.rules.evaluation;
