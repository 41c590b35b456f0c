/** The person in custody: identity (personal data), age, sex, population class, pregnancy, language. */
package gov.cbp.medical.model.person;
