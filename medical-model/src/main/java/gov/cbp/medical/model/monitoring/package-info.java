/** Welfare checks and enhanced medical monitoring. */
package gov.cbp.medical.model.monitoring;
