package gov.cbp.medical.model.common;

/** Who interpreted for a person with limited English, under the TEDS language-access standard (section 1.7) and OIG-21-49. */
public enum InterpretationMode implements Coded {
    /** The exchange was in a language the person understands; no interpreter was needed. */
    NOT_NEEDED("not-needed"),
    /** A professional interpreter in person. */
    PROFESSIONAL_IN_PERSON("professional-in-person"),
    /** A telephonic interpretation service. */
    TELEPHONIC_SERVICE("telephonic-service"),
    /** A video remote interpretation service. */
    VIDEO_SERVICE("video-service"),
    /** A staff member certified as an interpreter, not guarding the person. */
    QUALIFIED_STAFF("qualified-staff"),
    /** A CBP employee not qualified as an interpreter, such as the agent on hospital watch. */
    CBP_EMPLOYEE("cbp-employee"),
    /** A family member, companion or another detainee. */
    FAMILY_OR_COMPANION("family-or-companion"),
    /** No interpretation although the person needed it. */
    NONE("none"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<InterpretationMode> CODES = CodeTable.of(InterpretationMode.class);
    private final String code;

    InterpretationMode(String code) {
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
    public static InterpretationMode fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<InterpretationMode> codes() {
        return CODES;
    }
}
