package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * A named condition on an event that a field comparison cannot express, for triggers and satisfiers.
 *
 * <p>Each condition applies to the event types listed by {@link #eventCodes()}; a catalogue that names it on
 * another type is refused. A condition may be unknown for an event (the data it needs is missing): the
 * occurrence is then {@code INDETERMINATE}, never guessed. A closed enum.
 */
public enum Condition implements Coded {
    /**
     * A health interview with a {@code yes} answer that is not also recorded as a {@code medical-issue} referring
     * to the interview (such an issue is the trigger instead, so one concern counts once).
     */
    POSITIVE_ANSWER("positive-answer", List.of("health-interview")),
    /** A transfer of a person with medication in possession ({@code medication-reported} not reported-only) before it. */
    MEDICATION_IN_POSSESSION("medication-in-possession", List.of("transfer")),
    /**
     * The event was in a language the person understands: its interpretation meets language access (TEDS 1.7),
     * or, without an interpretation, the interview language is the person's preferred language.
     */
    LANGUAGE_ACCESS_MET("language-access-met", List.of("health-interview", "medical-assessment", "hospital-visit")),
    /** An infectious-disease screening with a positive overall result or any positive test. */
    POSITIVE_SCREEN_OR_TEST("positive-screen-or-test", List.of("infectious-disease-screening")),
    /** A book-in of a person recorded as medically high-risk. */
    MEDICALLY_HIGH_RISK("medically-high-risk", List.of("book-in"));

    private static final CodeTable<Condition> CODES = CodeTable.of(Condition.class);
    private final String code;
    private final List<String> eventCodes;

    Condition(String code, List<String> eventCodes) {
        this.code = code;
        this.eventCodes = eventCodes;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The event type codes the condition applies to.
     *
     * @return the codes, not null
     */
    public List<String> eventCodes() {
        return eventCodes;
    }

    /**
     * The constant with a code.
     *
     * @param code the code, may be null
     * @return the constant, null for null
     * @throws IllegalArgumentException if the code is unknown (the code is not echoed)
     */
    public static Condition fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<Condition> codes() {
        return CODES;
    }
}
