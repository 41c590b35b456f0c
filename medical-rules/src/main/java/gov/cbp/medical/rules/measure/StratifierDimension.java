package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * One dimension along which a measure's results are split; every member falls in exactly one value of each dimension ("unknown" when the data does not say).
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum StratifierDimension implements Coded {
    /** The facility id: the book-in facility for episodes, the facility where the occurrence fell due for findings. */
    FACILITY("facility"),
    /** The component (usbp, ofo) of that facility. */
    COMPONENT("component"),
    /** The sector (USBP) or field office (OFO) code of that facility. */
    AREA("area"),
    /** The detainee's population class code. */
    POPULATION_CLASS("population-class"),
    /** The age band at book-in, in the book-in facility's time zone, such as 0-12 or 18-64. */
    AGE_BAND("age-band"),
    /** pregnant (at book-in or identified in custody) or not-pregnant. */
    PREGNANCY("pregnancy"),
    /** The preferred language tag, lower case. */
    LANGUAGE("language"),
    /** needed or not-needed. */
    INTERPRETER_NEED("interpreter-need"),
    /** The surge level declared at the facility at the anchor instant. */
    SURGE_LEVEL("surge-level"),
    /** The local date (2026-03-01) of the anchor instant in the facility's time zone. */
    DAY("day"),
    /** The ISO week (2026-W09) of the anchor instant in the facility's time zone. */
    WEEK("week"),
    /** The month (2026-03) of the anchor instant in the facility's time zone. */
    MONTH("month");

    private static final CodeTable<StratifierDimension> CODES = CodeTable.of(StratifierDimension.class);
    private final String code;

    StratifierDimension(String code) {
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
    public static StratifierDimension fromCode(String code) {
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
