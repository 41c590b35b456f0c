package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * The state during which a recurring requirement repeats. A closed enum.
 */
public enum RecurrenceWindow implements Coded {
    /**
     * In custody at the facility: from book-in to book-out, less the time away at a hospital (from a
     * {@code hospital-visit} to its {@code hospital-discharge}). The library presumes that a person in custody
     * at a facility is in a hold room.
     */
    IN_FACILITY("in-facility"),
    /**
     * In enhanced medical monitoring: from each {@code monitoring-placement} to its {@code monitoring-removal}
     * or the end of custody, less the time away at a hospital; satisfiers may be linked to the placement.
     */
    IN_ENHANCED_MONITORING("in-enhanced-monitoring");

    private static final CodeTable<RecurrenceWindow> CODES = CodeTable.of(RecurrenceWindow.class);
    private final String code;

    RecurrenceWindow(String code) {
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
    public static RecurrenceWindow fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<RecurrenceWindow> codes() {
        return CODES;
    }
}
