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
    /** Most events in one episode: about two weeks of checks every 15 minutes, with room to spare. */
    public static final int MAX_EVENTS = 20_000;
    /** Most items in any other list (answers, diagnoses, symptoms, surge periods). */
    public static final int MAX_ITEMS = 500;
    /** Largest JSON document for one episode (and longest JSON Lines line), in bytes. */
    public static final int MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
    /** Deepest nesting of JSON objects and arrays. */
    public static final int MAX_DEPTH = 32;
    /** Longest JSON number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** Most pregnancy weeks accepted. */
    public static final int MAX_PREGNANCY_WEEKS = 45;
    /** Highest age in years accepted. */
    public static final int MAX_AGE_YEARS = 130;

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
