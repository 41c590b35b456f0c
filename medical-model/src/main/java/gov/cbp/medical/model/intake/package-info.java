/** Screening at intake: observation at encounter and the health interview on CBP Form 2500 (Directive 2210-004, phases 1 and 2). */
package gov.cbp.medical.model.intake;
