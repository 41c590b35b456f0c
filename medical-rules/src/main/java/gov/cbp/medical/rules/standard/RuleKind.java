package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;

/**
 * The kind of rule that computes a requirement, named in the requirement's {@code "rule"} property.
 *
 * <p>Most requirements are declarative: a {@link #DEADLINE} (something within a duration of a trigger) or a
 * {@link #RECURRING} check (something in every interval while a state holds). Two requirements of the domain
 * brief need a schedule the declarative kinds cannot express and are computed by named rules selected by this
 * code: {@link #SCHEDULED_DOSES} and {@link #NEWBORN_RELEASE}. A closed enum.
 */
public enum RuleKind implements Coded {
    /** One occurrence per trigger, satisfied by a matching event within the deadline. */
    DEADLINE("deadline"),
    /** One occurrence per interval of a fixed grid while a state holds, satisfied by a matching event in it. */
    RECURRING("recurring"),
    /** One occurrence per scheduled dose of a reviewed medication, each within a tolerance of its time (EMD-MEDADMIN). */
    SCHEDULED_DOSES("scheduled-doses"),
    /** The release of a U.S.-citizen newborn within a deadline of birth or hospital discharge (OIG49-NEWBORN-RELEASE). */
    NEWBORN_RELEASE("newborn-release"),
    /** Not computable from one episode's record; the requirement says why. */
    NOT_COMPUTABLE("not-computable");

    private static final CodeTable<RuleKind> CODES = CodeTable.of(RuleKind.class);
    private final String code;

    RuleKind(String code) {
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
    public static RuleKind fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<RuleKind> codes() {
        return CODES;
    }
}
