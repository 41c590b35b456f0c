/** The timeline: the common contract of every event of a custody episode, and the event types. */
package gov.cbp.medical.model.event;
