package gov.cbp.medical.model.validation.internal;

import static gov.cbp.medical.model.validation.Severity.FATAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.validation.PropertyNames;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.io.IOException;

/**
 * Parses payload bytes into a tree under the format's limits, turning every parser failure into a problem
 * whose code says what went wrong and whose pointer says where; the parser's own message, which may quote
 * the input, is never used.
 */
final class Parsing {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
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
     * Parses one JSON document.
     *
     * @return the tree, or null after reporting a fatal problem
     */
    static JsonNode parse(byte[] bytes, int offset, int length, ProblemCollector problems) {
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
        try {
            JsonNode tree = MAPPER.readTree(bytes, offset, length);
            if (tree == null || tree.isMissingNode()) {
                problems.add(FATAL, "json.syntax.empty", "");
                return null;
            }
            return tree;
        } catch (StreamConstraintsException e) {
            problems.add(FATAL, limitCode(e), pointer(e), limitArgument(e));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            problems.add(FATAL, syntaxCode(e, length), pointer(e), Integer.toString(line), Integer.toString(column));
        } catch (IOException e) {
            problems.add(FATAL, "json.io.failed", "");
        }
        return null;
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
