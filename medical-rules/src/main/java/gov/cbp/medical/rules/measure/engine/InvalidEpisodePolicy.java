package gov.cbp.medical.rules.measure.engine;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * What the engine does with an episode that binds but breaks cross-field rules (events before book-in,
 * dangling references): the payload validator still gives its {@code boundValue()}.
 *
 * <p>Lines that cannot be bound at all are always rejected, counted and listed by problem code.
 *
 * @since 0.1.0
 */
public enum InvalidEpisodePolicy implements Coded {
    /**
     * Evaluate and measure it as far as its data allows (the evaluator reports what it cannot judge as
     * indeterminate), and list it in the report as measured with errors. The default: leaving such episodes
     * out would let poor record-keeping improve a facility's rates.
     */
    MEASURE("measure"),
    /** Leave it out of the measures, and list it in the report as rejected. */
    REJECT("reject");

    private static final CodeTable<InvalidEpisodePolicy> CODES = CodeTable.of(InvalidEpisodePolicy.class);
    private final String code;

    InvalidEpisodePolicy(String code) {
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
     * @throws IllegalArgumentException if the code is not known
     */
    public static InvalidEpisodePolicy fromCode(String code) {
        return CODES.fromCode(code);
    }
}
