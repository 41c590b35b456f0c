package gov.cbp.medical.rules.evaluation;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/** The status of one requirement occurrence for one person at the evaluation instant. */
public enum FindingStatus implements Coded {
    /** Done within its deadline; for a requirement with a target and no deadline, done in custody at all. */
    MET("met"),
    /** Done, but after its deadline; {@link Finding#lateBy()} says by how long. */
    MET_LATE("met-late"),
    /** Not done, and no longer can be: custody ended, or the occurrence's window closed. */
    NOT_MET("not-met"),
    /** Not yet done and not yet late; {@link Finding#dueAt()} says when it falls due. */
    DUE("due"),
    /**
     * Not done and past its deadline (for a requirement with a target and no deadline, past its target) while still
     * possible; {@link Finding#overdueBy()} says by how long.
     */
    OVERDUE("overdue"),
    /** The requirement does not apply to this person; the explanation says why. */
    NOT_APPLICABLE("not-applicable"),
    /** Excused by a documented refusal, a recorded waiver, or an exception recorded by the deadline (even if the act came late). */
    EXEMPT("exempt"),
    /** The data needed to judge is missing; {@link Finding#missingData()} says which. */
    INDETERMINATE("indeterminate");

    private static final CodeTable<FindingStatus> CODES = CodeTable.of(FindingStatus.class);
    private final String code;

    FindingStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Whether the status counts against the facility: {@link #NOT_MET} or {@link #OVERDUE}.
     *
     * @return true if a failure
     */
    public boolean isFailure() {
        return this == NOT_MET || this == OVERDUE;
    }

    /**
     * The constant with a code.
     *
     * @param code the code, may be null
     * @return the constant, null for null
     * @throws IllegalArgumentException if the code is unknown
     */
    public static FindingStatus fromCode(String code) {
        return CODES.fromCode(code);
    }
}
