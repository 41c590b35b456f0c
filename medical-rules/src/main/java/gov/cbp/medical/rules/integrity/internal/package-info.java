/** The detectors of the record-integrity checks, one per kind; private to the integrity feature. */
package gov.cbp.medical.rules.integrity.internal;
