package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * How a recurring requirement's checks are judged. A closed enum.
 *
 * @since 0.2
 */
public enum RecurrenceMode implements Coded {
    /**
     * A fixed grid of intervals from the start of each window, one check owed per interval: the first interval is
     * {@code [start, start + every]}, each later one {@code (previous end, previous end + every]}. Two checks in
     * neighbouring intervals may lie almost two intervals apart while both intervals are met. Consecutive
     * intervals without a check are one finding that counts them.
     */
    FIXED_SLOTS("fixed-slots"),
    /**
     * Judged by the time between checks, as inspectors and jail standards do ("no more than 60 minutes apart"):
     * the first check is due one interval after the start of the window, each next one interval after the
     * previous check. Every gap longer than the interval is a lapse, late by the excess.
     */
    MAX_GAP("max-gap");

    private static final CodeTable<RecurrenceMode> CODES = CodeTable.of(RecurrenceMode.class);
    private final String code;

    RecurrenceMode(String code) {
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
    public static RecurrenceMode fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<RecurrenceMode> codes() {
        return CODES;
    }
}
