package gov.cbp.medical.model.validation.internal;

import static gov.cbp.medical.model.validation.Severity.FATAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.validation.PropertyNames;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.io.IOException;

/**
 * Parses payload bytes into a {@link Tape} under the format's limits, turning every parser failure into a problem
 * whose code says what went wrong and whose pointer says where; the parser's own message, which may quote
 * the input, is never used.
 */
final class Parsing {
    /** The tree reader of the same factory and limits: it reports the failures (and a test compares with it). */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(Limits.MAX_DEPTH)
                            .maxDocumentLength(Limits.MAX_PAYLOAD_BYTES)
                            .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                            .maxStringLength(Limits.MAX_PAYLOAD_BYTES)
                            .maxNameLength(Limits.MAX_NAME_LENGTH)
                            .maxTokenCount(Limits.MAX_TOKENS)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private Parsing() {}

    /**
     * Parses one JSON document in one pass of the streaming parser.
     *
     * <p>A document the parser or the duplicate and trailing-token checks reject is read once more as a tree,
     * and the tree reader's failure is reported: its code, pointer, line and column are then exactly the ones
     * a tree read gives, whichever check meets the fault first (a tree finds a duplicate name only after its
     * value, the one pass at the name). Bad input alone pays for the second read.
     *
     * @return the document, or null after reporting a fatal problem
     */
    static Tape parse(byte[] bytes, int offset, int length, ProblemCollector problems) {
        if (length > Limits.MAX_PAYLOAD_BYTES) {
            problems.add(FATAL, "json.limit.size", "", Integer.toString(Limits.MAX_PAYLOAD_BYTES));
            return null;
        }
        // RFC 8259: JSON exchanged between systems is UTF-8. A UTF-8 byte-order mark is skipped; UTF-16 and
        // UTF-32 (which Jackson would detect) are rejected, so that a document and a JSON Lines line agree.
        if (length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB && bytes[offset + 2] == (byte) 0xBF) {
            offset += 3;
            length -= 3;
        }
        if (isUtf16Or32(bytes, offset, length)) {
            problems.add(FATAL, "json.encoding.notUtf8", "");
            return null;
        }
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes, offset, length)) {
            if (parser.nextToken() == null) {
                problems.add(FATAL, "json.syntax.empty", "");
                return null;
            }
            return Tape.read(parser, length);
        } catch (IOException | Tape.Rejected e) {
            reportAsTree(bytes, offset, length, e, problems);
            return null;
        }
    }

    /** Reports the failure of a tree read of a document the one pass rejected. */
    private static void reportAsTree(byte[] bytes, int offset, int length, Exception onePass, ProblemCollector problems) {
        try {
            MAPPER.readTree(bytes, offset, length);
        } catch (IOException e) {
            report(e, length, problems);
            return;
        }
        // Unreachable as long as both reads apply the same parser, limits and checks; never silent if not.
        if (onePass instanceof IOException) {
            report((IOException) onePass, length, problems);
        } else {
            problems.add(FATAL, ((Tape.Rejected) onePass).stop == Tape.Stop.TRAILING_TOKEN ? "json.syntax.trailing"
                    : "json.syntax.duplicateProperty", "", "0", "0");
        }
    }

    /**
     * Reports a parser failure: which limit or rule, where, and at which line and column.
     *
     * @param e the failure
     * @param length the document's length, to tell input cut inside a literal from a misspelt one
     * @param problems receives the problem
     */
    static void report(IOException e, int length, ProblemCollector problems) {
        if (e instanceof StreamConstraintsException) {
            StreamConstraintsException limit = (StreamConstraintsException) e;
            problems.add(FATAL, limitCode(limit), pointer(limit), limitArgument(limit));
        } else if (e instanceof JsonProcessingException) {
            JsonProcessingException syntax = (JsonProcessingException) e;
            int line = syntax.getLocation() == null ? 0 : syntax.getLocation().getLineNr();
            int column = syntax.getLocation() == null ? 0 : syntax.getLocation().getColumnNr();
            problems.add(FATAL, syntaxCode(syntax, length), pointer(syntax), Integer.toString(line),
                    Integer.toString(column));
        } else {
            problems.add(FATAL, "json.io.failed", "");
        }
    }

    /** A UTF-16 or UTF-32 byte-order mark, or a zero byte among the first two (JSON starts with ASCII). */
    private static boolean isUtf16Or32(byte[] bytes, int offset, int length) {
        if (length >= 2 && ((bytes[offset] == (byte) 0xFE && bytes[offset + 1] == (byte) 0xFF)
                || (bytes[offset] == (byte) 0xFF && bytes[offset + 1] == (byte) 0xFE))) {
            return true;
        }
        return length >= 2 && (bytes[offset] == 0 || bytes[offset + 1] == 0);
    }

    private static String pointer(JsonProcessingException e) {
        Object processor = e.getProcessor();
        if (processor instanceof JsonParser) {
            // the names on the way are the input's: never echoed unsafe
            return PropertyNames.safePointer(((JsonParser) processor).getParsingContext().pathAsPointer().toString());
        }
        return "";
    }

    // The exception classes do not say which limit or which syntax rule; their (English, stable) wording does.
    private static String limitCode(StreamConstraintsException e) {
        String text = String.valueOf(e.getOriginalMessage());
        if (text.contains("nesting depth")) {
            return "json.limit.depth";
        }
        if (text.contains("Number value length")) {
            return "json.limit.number";
        }
        if (text.contains("String value length")) {
            return "json.limit.string";
        }
        if (text.contains("Document length")) {
            return "json.limit.size";
        }
        if (text.contains("Name length")) {
            return "json.limit.name";
        }
        if (text.contains("Token count")) {
            return "json.limit.tokens";
        }
        return "json.limit.exceeded";
    }

    private static String limitArgument(StreamConstraintsException e) {
        switch (limitCode(e)) {
            case "json.limit.depth":
                return Integer.toString(Limits.MAX_DEPTH);
            case "json.limit.number":
                return Integer.toString(Limits.MAX_NUMBER_LENGTH);
            case "json.limit.name":
                return Integer.toString(Limits.MAX_NAME_LENGTH);
            case "json.limit.tokens":
                return Integer.toString(Limits.MAX_TOKENS);
            default:
                return Integer.toString(Limits.MAX_PAYLOAD_BYTES);
        }
    }

    private static String syntaxCode(JsonProcessingException e, long end) {
        String text = String.valueOf(e.getOriginalMessage());
        if (text.contains("end-of-input") || endsInsideLiteral(text, e, end)) {
            return "json.syntax.truncated";
        }
        if (text.startsWith("Duplicate field")) {
            return "json.syntax.duplicateProperty";
        }
        if (text.contains("Trailing token")) {
            return "json.syntax.trailing";
        }
        return "json.syntax.malformed";
    }

    // Input cut inside true, false or null: the parser reads "fals" to the end of the input and reports an
    // unrecognized token starting at its (document-relative) byte offset.
    private static boolean endsInsideLiteral(String text, JsonProcessingException e, long length) {
        String prefix = "Unrecognized token '";
        int close = text.indexOf('\'', prefix.length());
        if (!text.startsWith(prefix) || close <= prefix.length() || e.getLocation() == null) {
            return false;
        }
        String token = text.substring(prefix.length(), close);
        return e.getLocation().getByteOffset() + token.length() >= length
                && ("true".startsWith(token) || "false".startsWith(token) || "null".startsWith(token));
    }
}
