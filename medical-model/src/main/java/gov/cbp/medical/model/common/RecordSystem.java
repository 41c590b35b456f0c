package gov.cbp.medical.model.common;

/** The system in which an event was recorded. */
public enum RecordSystem implements Coded {
    /** The USBP e3 processing system. */
    E3("e3"),
    /** A custodial action log. */
    CUSTODIAL_LOG("custodial-log"),
    /** The medical contractor's electronic medical record. */
    MEDICAL_RECORD("medical-record"),
    /** A paper form transcribed later. */
    PAPER("paper"),
    /** A mobile or sensor device. */
    DEVICE("device"),
    /** Another system. */
    OTHER("other"),
    /** A code not known to this version of the library; never written by it. */
    UNKNOWN("unknown");

    private static final CodeTable<RecordSystem> CODES = CodeTable.of(RecordSystem.class);
    private final String code;

    RecordSystem(String code) {
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
    public static RecordSystem fromCode(String code) {
        return CODES.fromCode(code);
    }

    /**
     * The table of this enum's codes.
     *
     * @return the table, not null
     */
    public static CodeTable<RecordSystem> codes() {
        return CODES;
    }
}
