package gov.cbp.medical.model.validation;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** How serious a validation problem is; the codes are FHIR's issue severities. */
public enum Severity implements Coded {
    /** The payload could not be read at all (malformed JSON, a limit exceeded): nothing was bound. */
    FATAL("fatal"),
    /** The payload breaks the format or a cross-field rule: it is not valid. */
    ERROR("error"),
    /** Something is suspicious or not known to this version, but the payload is valid. */
    WARNING("warning"),
    /** For information only. */
    INFORMATION("information");

    private static final CodeTable<Severity> CODES = CodeTable.of(Severity.class);
    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Whether this severity makes a payload invalid.
     *
     * @return true for {@link #FATAL} and {@link #ERROR}
     */
    public boolean isError() {
        return this == FATAL || this == ERROR;
    }

    /**
     * The constant with a code.
     *
     * @param code the code, may be null
     * @return the constant, null for null
     * @throws IllegalArgumentException if the code is unknown
     */
    public static Severity fromCode(String code) {
        return CODES.fromCode(code);
    }
}
