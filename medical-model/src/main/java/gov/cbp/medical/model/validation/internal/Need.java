package gov.cbp.medical.model.validation.internal;

/** Whether a property must be present. */
enum Need {
    /** Absent or null is an error, and the enclosing object cannot be built. */
    REQUIRED,
    /** Absent or null means "not recorded". */
    OPTIONAL
}
