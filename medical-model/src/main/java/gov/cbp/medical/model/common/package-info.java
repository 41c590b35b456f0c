/** Building blocks shared by every feature: the value style, wire codes, limits, personal-data marking, provenance and interpretation. */
package gov.cbp.medical.model.common;
