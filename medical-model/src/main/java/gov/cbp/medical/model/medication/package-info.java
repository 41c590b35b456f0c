/** Medication in possession, medication review and administration. */
package gov.cbp.medical.model.medication;
