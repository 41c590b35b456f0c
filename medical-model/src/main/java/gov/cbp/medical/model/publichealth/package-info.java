/** Public health and infectious disease: screening, isolation and cohorting. */
package gov.cbp.medical.model.publichealth;
