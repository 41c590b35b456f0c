package gov.cbp.medical.model.common;

/**
 * The size limits of the payload format, shared by the Bean Validation constraints on the model, the payload
 * validator and the generated JSON Schema, so that all three agree.
 *
 * <p>Limits protect the services that embed the library: an exceeded limit is reported as a problem, never
 * as an {@link OutOfMemoryError}.
 */
public final class Limits {
    /** Longest identifier (episode, event, facility, subject and staff ids), in characters. */
    public static final int MAX_ID_LENGTH = 64;
    /** Longest code or short token (hold room, form revision, question code, language tag), in characters. */
    public static final int MAX_CODE_LENGTH = 64;
    /** Longest non-personal label such as a facility name, in characters. */
    public static final int MAX_LABEL_LENGTH = 200;
    /** Longest free text (personal data), in characters. */
    public static final int MAX_TEXT_LENGTH = 4_000;
    /**
     * Most events in one episode: seven weeks of checks every 15 minutes (custody is short-term: hours to
     * days), and small enough that the largest episode validates, evaluates and measures in a 64 MB heap.
     */
    public static final int MAX_EVENTS = 5_000;
    /** Most items in any other list (answers, diagnoses, symptoms, surge periods). */
    public static final int MAX_ITEMS = 500;
    /**
     * Largest JSON document for one episode (and longest JSON Lines line), in bytes: {@link #MAX_EVENTS}
     * events of about 300 bytes, with room to spare.
     */
    public static final int MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
    /**
     * Most JSON tokens (names, values, brackets) in one document: the largest valid episode has about 200,000;
     * the bound keeps the parsed tree of any document within the limits under about 20 MB, whatever its shape
     * (millions of empty objects inside an unknown property would otherwise need hundreds).
     */
    public static final int MAX_TOKENS = 300_000;
    /** Most properties in one JSON object: the widest format object has 16, so this leaves room for extensions. */
    public static final int MAX_PROPERTIES = 256;
    /**
     * Most problems reported for one document; the rest are counted in one closing
     * {@code payload.problems.truncated} problem, so that a document of a hundred thousand unknown properties
     * cannot fill the heap with problems.
     */
    public static final int MAX_PROBLEMS = 1_000;
    /** Deepest nesting of JSON objects and arrays. */
    public static final int MAX_DEPTH = 32;
    /** Longest JSON number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** Most pregnancy weeks accepted. */
    public static final int MAX_PREGNANCY_WEEKS = 45;
    /** Highest age in years accepted. */
    public static final int MAX_AGE_YEARS = 130;

    /**
     * Longest property name echoed in a problem's pointer or arguments, in characters: an unknown name that is
     * longer, or holds a control character, is shown escaped and cut, and pointed at through its parent.
     */
    public static final int MAX_ECHOED_NAME_LENGTH = 64;
    /**
     * Longest property name read at all, in characters: a longer one is a fatal {@code json.limit.name}
     * problem (no format property is longer than 32).
     */
    public static final int MAX_NAME_LENGTH = 1_024;

    /**
     * Earliest instant accepted in a payload (book-in, events, records, surge periods). CBP was formed in 2003
     * and the earliest standard modelled (TVPRA) dates from 2008: an earlier instant is a data-entry or
     * conversion error (a year 0, 1800 or 1900), never a custody record.
     */
    public static final java.time.Instant EARLIEST_INSTANT = java.time.Instant.parse("2000-01-01T00:00:00Z");
    /** First instant no longer accepted (exclusive bound): the format's four-digit years stay within 20xx. */
    public static final java.time.Instant LATEST_INSTANT = java.time.Instant.parse("2100-01-01T00:00:00Z");
    /**
     * Earliest date of birth accepted: {@link #MAX_AGE_YEARS} years before {@link #EARLIEST_INSTANT}. The
     * cross-field rule is tighter: a date of birth at most {@link #MAX_AGE_YEARS} years before book-in.
     */
    public static final java.time.LocalDate EARLIEST_DATE = java.time.LocalDate.of(1870, 1, 1);
    /** First date no longer accepted (exclusive bound), as for instants. */
    public static final java.time.LocalDate LATEST_DATE = java.time.LocalDate.of(2100, 1, 1);
    /** Shortest dose interval accepted: doses more often than once a minute are an infusion, not a schedule. */
    public static final java.time.Duration MIN_DOSE_INTERVAL = java.time.Duration.ofMinutes(1);
    /**
     * Longest dose interval accepted: a quarter (92 days), the longest schedule of a common medication (an
     * injectable contraceptive); anything longer never falls due in short-term custody.
     */
    public static final java.time.Duration MAX_DOSE_INTERVAL = java.time.Duration.ofDays(92);

    private Limits() {}
}
