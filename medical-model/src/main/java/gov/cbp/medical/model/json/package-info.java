/** JSON binding of the model with Jackson. */
package gov.cbp.medical.model.json;
