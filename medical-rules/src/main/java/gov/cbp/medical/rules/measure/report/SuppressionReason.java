package gov.cbp.medical.rules.measure.report;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * Why a stratum's counts are withheld, so that a reader can tell a small cell from one hidden to protect it.
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a report file, never a silent
 * fallback.
 *
 * @since 0.1.0
 */
public enum SuppressionReason implements Coded {
    /** The initial population is at least 1 and below the suppression threshold. */
    SMALL_CELL("small-cell"),
    /**
     * Complementary suppression: the smallest shown stratum of a stratifier in which exactly one other stratum
     * was a small cell, withheld so that the small cell cannot be recovered by subtraction from the total.
     */
    COMPLEMENTARY("complementary");

    private static final CodeTable<SuppressionReason> CODES = CodeTable.of(SuppressionReason.class);
    private final String code;

    SuppressionReason(String code) {
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
     * @throws IllegalArgumentException if the code is not known (the code is not echoed)
     */
    public static SuppressionReason fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The known codes, in declaration order.
     *
     * @return the codes, not null
     */
    public static List<String> codes() {
        return CODES.codes();
    }
}
