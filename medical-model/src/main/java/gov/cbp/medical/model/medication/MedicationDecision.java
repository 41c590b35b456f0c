package gov.cbp.medical.model.medication;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** A provider's decision in a medication review (Directive 2210-004, medication review). */
public enum MedicationDecision implements Coded {
    /** Continue the person's own medication. */
    CONTINUE("continue"),
    /** Hold the medication. */
    HOLD("hold"),
    /** Replace it with a U.S. equivalent. */
    REPLACE("replace"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<MedicationDecision> CODES = CodeTable.of(MedicationDecision.class);
    private final String code;

    MedicationDecision(String code) {
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
     * @return the constant, {@link #UNKNOWN} for an unknown code, null for null
     */
    public static MedicationDecision fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<MedicationDecision> codes() {
        return CODES;
    }
}
