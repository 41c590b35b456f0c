package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * Where a requirement's rule and numbers come from (the provenance column of the domain brief, section 4).
 *
 * <p>A requirement whose provenance includes {@link #INTERPRETATION} rests on a number chosen for this library
 * because the public text gives none; every finding it produces says so, and a deployment must confirm or
 * override it. This is a closed enum: {@link #fromCode(String)} throws for an unknown code.
 */
public enum SourceKind implements Coded {
    /** Statute or regulation text, or the section title of the standard itself. */
    TEXT("T"),
    /** The agency's own public summary of the document. */
    OWN_SUMMARY("OS"),
    /** A secondary report of the document, such as an inspector general or GAO report. */
    SECONDARY("S"),
    /** An interpretation chosen for this library because the public text gives no number. */
    INTERPRETATION("I");

    private static final CodeTable<SourceKind> CODES = CodeTable.of(SourceKind.class);
    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The constant with a code.
     *
     * @param code the code, may be null
     * @return the constant, null for null
     * @throws IllegalArgumentException if the code is unknown (the code is not echoed)
     */
    public static SourceKind fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<SourceKind> codes() {
        return CODES;
    }
}
