/** Identification and notification of medical issues, medical assessments, emergencies, hospital visits and significant incidents. */
package gov.cbp.medical.model.care;
