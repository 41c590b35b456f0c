package gov.cbp.medical.rules.measure;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.List;

/**
 * The kind of a population criterion; each kind says which other properties it uses.
 *
 * <p>A closed enumeration: a code this version does not know is a problem in a measure file, never a
 * silent fallback.
 *
 * @since 0.1.0
 */
public enum CriterionKind implements Coded {
    /** True for every member. */
    ALWAYS("always"),
    /** True when every one of its criteria is true (true for none). */
    ALL_OF("all-of"),
    /** True when at least one of its criteria is true. */
    ANY_OF("any-of"),
    /** True when its single criterion is false. */
    NOT("not"),
    /** The episode's findings of the requirements, with the quantifier and statuses. */
    FINDING("finding"),
    /** The current finding's status is one of the statuses (finding-based measures only). */
    STATUS("status"),
    /** The detainee's population class is one of the values. */
    POPULATION_CLASS("population-class"),
    /** The age at book-in lies between min and max years inclusive; false when unknown. */
    AGE("age"),
    /** The age at book-in is an estimate rather than from a date of birth. */
    ESTIMATED_AGE("estimated-age"),
    /** Pregnant at book-in, or a pregnancy was identified in custody. */
    PREGNANT("pregnant"),
    /** The detainee's language profile says an interpreter is needed. */
    INTERPRETER_NEEDED("interpreter-needed"),
    /** The detainee is a U.S.-citizen newborn, or a U.S.-citizen child was born in the episode. */
    US_CITIZEN_NEWBORN("us-citizen-newborn"),
    /** The book-in facility's component is one of the values. */
    COMPONENT("component"),
    /** The book-in facility's on-site medical support is one of the values. */
    MEDICAL_SUPPORT("medical-support"),
    /** The episode has an event of one of the types (event type codes). */
    EVENT("event"),
    /** The episode has a book-out at or before the evaluation instant. */
    CUSTODY_CLOSED("custody-closed"),
    /**
     * A record-integrity check doubts the evidence: for a finding-based member, the finding's evidence (its
     * {@code integrityConcerns}); for an episode, any of its integrity findings. The values are check ids
     * ({@code REC-BURST}); none means any check.
     */
    INTEGRITY_CONCERN("integrity-concern");

    private static final CodeTable<CriterionKind> CODES = CodeTable.of(CriterionKind.class);
    private final String code;

    CriterionKind(String code) {
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
    public static CriterionKind fromCode(String code) {
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
