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

    private Limits() {}
}
