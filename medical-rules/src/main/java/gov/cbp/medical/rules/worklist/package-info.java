/** The shift supervisor's worklist: the tasks due within a horizon and those overdue, across open episodes. */
package gov.cbp.medical.rules.worklist;
