/**
 * Jackson 3 binding of the custody medical model: {@link gov.cbp.medical.jackson3.MedicalJackson3Module}
 * and the configured {@link gov.cbp.medical.jackson3.MedicalJson3#mapper()}.
 */
package gov.cbp.medical.jackson3;
