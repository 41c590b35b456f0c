/** Implementation of validation: shapes, decoding, cross-field rules, schema generation. Not API. */
package gov.cbp.medical.model.validation.internal;
