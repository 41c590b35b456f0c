/**
 * Spring Boot 4 integration of the custody medical library: {@link gov.cbp.medical.spring.MedicalAutoConfiguration}
 * and the problem-details advice {@link gov.cbp.medical.spring.PayloadProblems}.
 */
package gov.cbp.medical.spring;
