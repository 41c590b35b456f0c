/**
 * Reading and checking catalogues and local policies: the tree reader that lists every problem, the semantic
 * checks and the messages. Not exported; no compatibility promise.
 */
package gov.cbp.medical.rules.standard.internal;
