package gov.cbp.medical.rules.evaluation.internal;

/** A three-valued truth: the data may not say. */
enum Tri {
    YES, NO, UNKNOWN;

    Tri and(Tri other) {
        if (this == NO || other == NO) {
            return NO;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : YES;
    }

    static Tri of(boolean value) {
        return value ? YES : NO;
    }
}
