/**
 * Reading and checking catalogues and local policies: the tree reader that lists every problem (into the
 * model's shared {@code validation.reading.ProblemCollector}), the semantic checks, and the lookup of this
 * component's message bundle ({@code Messages.properties} beside these classes). Not exported; no
 * compatibility promise.
 */
package gov.cbp.medical.rules.standard.internal;
