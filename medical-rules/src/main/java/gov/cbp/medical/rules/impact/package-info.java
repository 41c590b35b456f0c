/** The impact of a change of standard version on the findings of a set of episodes. */
package gov.cbp.medical.rules.impact;
