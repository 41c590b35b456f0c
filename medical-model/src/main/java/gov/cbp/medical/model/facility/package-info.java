/** CBP facilities: USBP stations and sectors, OFO ports of entry and field offices, in one model with two nomenclatures; medical support and surge levels. */
package gov.cbp.medical.model.facility;
