/** Implementation of the testkit: the synthetic vocabulary and the episode factory. Not exported. */
package gov.cbp.medical.testkit.internal;
