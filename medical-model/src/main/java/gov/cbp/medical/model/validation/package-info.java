/** Payload validation that reports every problem, with codes and JSON Pointers; Bean Validation for values built in Java. */
package gov.cbp.medical.model.validation;
