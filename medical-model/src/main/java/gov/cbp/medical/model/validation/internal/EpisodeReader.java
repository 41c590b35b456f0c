package gov.cbp.medical.model.validation.internal;

import static gov.cbp.medical.model.validation.Severity.ERROR;
import static gov.cbp.medical.model.validation.Severity.INFORMATION;

import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.Pointer;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads one payload: parse under limits into a {@link Tape} in one streaming pass, decode it against the shapes, then check the cross-field rules of
 * {@link EpisodeConsistency}. Every stage reports into one collector; nothing throws on bad input.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class EpisodeReader {
    private static final int SUPPORTED_MAJOR = 1;
    private static final int KNOWN_MINOR = 0;

    /** The shape of the root object. */
    static final Shape<CustodyEpisode> EPISODE = Shape.of("CustodyEpisode", f -> {
        String formatVersion = f.text("formatVersion", Need.REQUIRED, TextRule.FORMAT_VERSION);
        String episodeId = f.text("episodeId", Need.REQUIRED, TextRule.IDENTIFIER);
        Detainee detainee = f.object("detainee", Need.REQUIRED, Shapes.DETAINEE);
        List<Facility> facilities = f.objects("facilities", Need.REQUIRED, Shapes.FACILITY);
        BookIn bookIn = f.object("bookIn", Need.REQUIRED, Shapes.BOOK_IN);
        BookOut bookOut = f.object("bookOut", Need.OPTIONAL, Shapes.BOOK_OUT);
        List<MedicalEvent> events = f.events("events", Need.OPTIONAL);
        if (!f.complete()) {
            return null; // a required property is missing or invalid
        }
        CustodyEpisode.Builder b = CustodyEpisode.builder().formatVersion(formatVersion).episodeId(episodeId)
                .detainee(detainee).addAllFacilities(facilities).bookIn(bookIn);
        if (bookOut != null) {
            b.bookOut(bookOut);
        }
        if (events != null) {
            b.addAllEvents(events);
        }
        return b.build();
    });

    /** The payload problems' bundle, keyed by code plus {@code .message}. */
    private static final String BUNDLE = "gov.cbp.medical.model.validation.internal.Messages";
    /** The code of the problem that closes a payload's list when problems beyond the limit were dropped. */
    private static final String TRUNCATED = "payload.problems.truncated";

    private EpisodeReader() {}

    /**
     * The messages of payload problems.
     *
     * @param locale the locale, not null
     * @return the messages, not null
     */
    public static Messages messages(Locale locale) {
        return Messages.of(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /**
     * A collector for the problems of one payload.
     *
     * @return a new collector, not null
     */
    public static ProblemCollector problems() {
        return new ProblemCollector(TRUNCATED);
    }

    /**
     * Validates the JSON of one episode.
     *
     * @param bytes the buffer
     * @param offset where the document starts
     * @param length its length in bytes
     * @param notAfter the latest plausible instant, or null to skip the check
     * @param messages the messages
     * @return the result, never null
     */
    public static ValidationResult<CustodyEpisode> episode(byte[] bytes, int offset, int length, Instant notAfter,
            Messages messages) {
        ProblemCollector problems = problems();
        CustodyEpisode episode = null;
        Tape tape = Parsing.parse(bytes, offset, length, problems);
        if (tape != null) {
            episode = decode(tape, notAfter, problems);
        }
        return ValidationResult.of(problems.isEmpty() ? List.of() : problems.toProblems(messages), episode);
    }

    /**
     * Validates an already parsed episode.
     *
     * @param tape the document
     * @param notAfter the latest plausible instant, or null to skip the check
     * @param problems receives the problems
     * @return the episode as far as it could be bound, or null
     */
    static CustodyEpisode decode(Tape tape, Instant notAfter, ProblemCollector problems) {
        int root = Tape.root();
        if (tape.kind(root) != Tape.OBJECT) {
            problems.add(ERROR, "payload.field.type", "", "episode", "object");
            return null;
        }
        if (!supportedVersion(tape, tape.member(root, "formatVersion"), problems)) {
            return null;
        }
        Decoding decoding = new Decoding(problems);
        CustodyEpisode episode = TapeFields.read(decoding, tape, root, Pointer.ROOT, EPISODE);
        if (episode != null && !decoding.unreadEvents().isEmpty()) {
            // never silent: the events left out travel with the episode into its evaluation
            episode = CustodyEpisode.builder().from(episode).unreadEvents(decoding.unreadEvents()).build();
        }
        if (episode != null) {
            EpisodeConsistency.check(episode, notAfter, (severity, code, eventIndex, pointer, arguments) -> {
                // Point at the event as the sender listed it: invalid events before it were left out of the list.
                // Lists of facilities, surge periods and references are mapped the same way.
                String absolute = EpisodeConsistency.pointer(eventIndex < 0 ? -1 : decoding.sourceIndex(eventIndex), pointer);
                problems.add(severity, code, decoding.sourcePointer(absolute), arguments);
            });
        }
        return episode;
    }

    /**
     * Validates the JSON of one event, as sent on its own by an integration.
     *
     * @param bytes the buffer
     * @param offset where the document starts
     * @param length its length in bytes
     * @param notAfter the latest plausible instant, or null to skip the check
     * @param messages the messages
     * @return the result, never null
     */
    public static ValidationResult<MedicalEvent> event(byte[] bytes, int offset, int length, Instant notAfter,
            Messages messages) {
        ProblemCollector problems = problems();
        MedicalEvent event = null;
        Tape tape = Parsing.parse(bytes, offset, length, problems);
        if (tape != null) {
            Decoding decoding = new Decoding(problems);
            event = TapeFields.readEvent(decoding, tape, Tape.root(), Pointer.ROOT, "event");
            if (event != null && notAfter != null && event.at().isAfter(notAfter)) {
                problems.add(ERROR, "episode.time.future", "/at");
            }
        }
        return ValidationResult.of(problems.isEmpty() ? List.of() : problems.toProblems(messages), event);
    }

    private static boolean supportedVersion(Tape tape, int version, ProblemCollector problems) {
        if (version < 0 || tape.kind(version) != Tape.STRING) {
            return true; // reported as missing or mistyped by the shape
        }
        String text = tape.text(version);
        if (!TextRule.isVersion(text)) {
            return true; // reported as payload.formatVersion.format by the shape
        }
        int dot = text.indexOf('.');
        int major = Integer.parseInt(text.substring(0, dot));
        int minor = Integer.parseInt(text.substring(dot + 1));
        if (major != SUPPORTED_MAJOR) {
            problems.add(ERROR, "payload.formatVersion.unsupported", "/formatVersion", SUPPORTED_MAJOR + ".x");
            return false;
        }
        if (minor > KNOWN_MINOR) {
            problems.add(INFORMATION, "payload.formatVersion.newerMinor", "/formatVersion",
                    SUPPORTED_MAJOR + "." + KNOWN_MINOR);
        }
        return true;
    }
}
