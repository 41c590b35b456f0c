/** Pregnancy identified in custody, births in custody and the release of newborns (OIG-21-49). */
package gov.cbp.medical.model.maternal;
