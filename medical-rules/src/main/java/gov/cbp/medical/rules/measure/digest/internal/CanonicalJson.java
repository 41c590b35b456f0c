package gov.cbp.medical.rules.measure.digest.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Writes a JSON tree in the library's canonical form and digests it: object members sorted by name (UTF-16
 * code units, as RFC 8785), no insignificant whitespace, strings escaped as Jackson writes them, numbers as the
 * tree holds them, UTF-8.
 *
 * <p>Every name and scalar is written by one Jackson generator with default settings, the one
 * {@link JsonNode#toString()} uses, so the text is what writing each scalar on its own would give; the
 * generator is made once per document, not once per scalar (which cost half of an MQM pass), and the digest
 * reads the generator's UTF-8 bytes as they are written, without a string between.
 */
public final class CanonicalJson {
    /**
     * Default features, the same escaping and number forms as {@code JsonNode.toString()}; and for the UTF-8
     * writer, a character outside the Basic Multilingual Plane as its four UTF-8 bytes, as the text has it,
     * not as two escaped surrogates.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private CanonicalJson() {}

    /**
     * The canonical text of a tree.
     *
     * @param node the tree
     * @return the text
     */
    public static String text(JsonNode node) {
        StringBuilder out = new StringBuilder(4096);
        try (JsonGenerator generator = FACTORY.createGenerator(new Appending(out))) {
            write(node, generator, false);
        } catch (IOException e) {
            // A StringBuilder does not fail; a generator only fails on a broken writer.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator generator, boolean utf8) throws IOException {
        if (node.isObject()) {
            String[] names = new String[node.size()];
            int count = 0;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names[count++] = it.next();
            }
            Arrays.sort(names);
            generator.writeStartObject();
            for (String name : names) {
                generator.writeFieldName(utf8 ? checked(name) : name);
                write(node.get(name), generator, utf8);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                write(node.get(i), generator, utf8);
            }
            generator.writeEndArray();
        } else {
            scalar(node, generator, utf8);
        }
    }

    /** A scalar through the generator call its own {@code serialize} makes; anything rarer as its own text. */
    private static void scalar(JsonNode node, JsonGenerator generator, boolean utf8) throws IOException {
        switch (node.getNodeType()) {
            case STRING:
                generator.writeString(utf8 ? checked(node.textValue()) : node.textValue());
                break;
            case BOOLEAN:
                generator.writeBoolean(node.booleanValue());
                break;
            case NULL:
                generator.writeNull();
                break;
            case NUMBER:
                number(node, generator);
                break;
            default:
                // binary and POJO nodes need a serializer provider; trees of the library's values hold none
                generator.writeRawValue(node.toString());
        }
    }

    private static void number(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.numberType()) {
            case INT:
                generator.writeNumber(node.intValue());
                break;
            case LONG:
                generator.writeNumber(node.longValue());
                break;
            case BIG_INTEGER:
                generator.writeNumber(node.bigIntegerValue());
                break;
            case FLOAT:
                generator.writeNumber(node.floatValue());
                break;
            case DOUBLE:
                generator.writeNumber(node.doubleValue());
                break;
            default:
                generator.writeNumber(node.decimalValue());
        }
    }

    /**
     * The SHA-256 of a tree's canonical text.
     *
     * @param node the tree
     * @return the 32 bytes
     */
    public static byte[] sha256(JsonNode node) {
        MessageDigest sha = newSha256();
        try (JsonGenerator generator = FACTORY.createGenerator(new Digesting(sha), JsonEncoding.UTF8)) {
            write(node, generator, true);
        } catch (UnpairedSurrogate e) {
            // The UTF-8 generator would encode it; the text's UTF-8 form replaces it with '?', as it always did.
            return sha256(text(node).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // A digest does not fail.
            throw new UncheckedIOException(e);
        }
        return sha.digest();
    }

    /**
     * The SHA-256 of a token stream already in canonical order, written without a tree between; or null when
     * it is not that, so the caller digests the tree instead.
     *
     * <p>Each token goes through the same generator call {@link #sha256(JsonNode)} makes for the node a tree
     * reader would build from it, so the bytes are the same whenever this returns: members must come in
     * strictly ascending name order (then sorting the tree's members would change nothing, and no name repeats),
     * except that an object's first member may be out of place if its value is a string (a type id; it is
     * written in its place);
     * numbers must be ints, longs or doubles (the tree holds those as read; a reader strips a decimal's
     * trailing zeros); and there must be no embedded values or unpaired surrogates.
     *
     * @param tokens the stream of one JSON value, for example a {@code TokenBuffer}'s parser
     * @return the 32 bytes, or null if the stream is not in canonical order or holds a value this cannot write
     * @throws IOException if the stream fails
     */
    public static byte[] sha256OfSorted(JsonParser tokens) throws IOException {
        MessageDigest sha = newSha256();
        try (JsonGenerator generator = FACTORY.createGenerator(new Digesting(sha), JsonEncoding.UTF8)) {
            SortedWriter writer = new SortedWriter(tokens, generator);
            for (JsonToken token = tokens.nextToken(); token != null; token = tokens.nextToken()) {
                if (!writer.write(token)) {
                    return null;
                }
            }
        } catch (UnpairedSurrogate e) {
            return null;
        }
        return sha.digest();
    }

    /**
     * Copies tokens whose members are in order, but for one string member per object that may come first
     * (a type id is written before the properties, whatever its name): it is held back and written in its place.
     */
    private static final class SortedWriter {
        private final JsonParser tokens;
        private final JsonGenerator generator;
        /** Per open object or array: the last name written (null before the first) and the member held back. */
        private String[] last = new String[16];
        private String[] heldName = new String[16];
        private String[] heldText = new String[16];
        private int depth;

        SortedWriter(JsonParser tokens, JsonGenerator generator) {
            this.tokens = tokens;
            this.generator = generator;
        }

        /** Writes one token; false if the tree would not be written as these tokens are. */
        boolean write(JsonToken token) throws IOException {
            switch (token) {
                case START_OBJECT:
                    open();
                    generator.writeStartObject();
                    return true;
                case START_ARRAY:
                    open();
                    generator.writeStartArray();
                    return true;
                case END_OBJECT:
                    depth--;
                    if (heldName[depth] != null) {
                        generator.writeFieldName(heldName[depth]);
                        generator.writeString(heldText[depth]);
                    }
                    generator.writeEndObject();
                    return true;
                case END_ARRAY:
                    depth--;
                    generator.writeEndArray();
                    return true;
                case FIELD_NAME:
                    return name(checked(tokens.currentName()));
                case VALUE_STRING:
                    generator.writeString(checked(tokens.getText()));
                    return true;
                case VALUE_TRUE:
                    generator.writeBoolean(true);
                    return true;
                case VALUE_FALSE:
                    generator.writeBoolean(false);
                    return true;
                case VALUE_NULL:
                    generator.writeNull();
                    return true;
                case VALUE_NUMBER_INT:
                    // the tree holds an int or a long as such; a big integer is left to it
                    JsonParser.NumberType type = tokens.getNumberType();
                    if (type == JsonParser.NumberType.INT) {
                        generator.writeNumber(tokens.getIntValue());
                    } else if (type == JsonParser.NumberType.LONG) {
                        generator.writeNumber(tokens.getLongValue());
                    } else {
                        return false;
                    }
                    return true;
                case VALUE_NUMBER_FLOAT:
                    // the tree holds a double as such, but strips a decimal's trailing zeros
                    if (tokens.getNumberType() != JsonParser.NumberType.DOUBLE) {
                        return false;
                    }
                    generator.writeNumber(tokens.getDoubleValue());
                    return true;
                default:
                    // embedded objects and raw values are left to the tree
                    return false;
            }
        }

        private void open() {
            if (depth == last.length) {
                last = Arrays.copyOf(last, depth * 2);
                heldName = Arrays.copyOf(heldName, depth * 2);
                heldText = Arrays.copyOf(heldText, depth * 2);
            }
            last[depth] = null;
            heldName[depth] = null;
            depth++;
        }

        private boolean name(String name) throws IOException {
            int level = depth - 1;
            String previous = last[level];
            String held = heldName[level];
            if (previous == null && held == null) {
                JsonToken value = tokens.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    heldName[level] = name;
                    heldText[level] = checked(tokens.getText());
                    return true;
                }
                last[level] = name;
                generator.writeFieldName(name);
                return write(value);
            }
            if (held != null) {
                int order = held.compareTo(name);
                if (order == 0) {
                    return false;
                }
                if (order < 0) {
                    generator.writeFieldName(held);
                    generator.writeString(heldText[level]);
                    heldName[level] = null;
                }
            }
            if (previous != null && previous.compareTo(name) >= 0) {
                return false;
            }
            last[level] = name;
            generator.writeFieldName(name);
            return true;
        }
    }

    /**
     * The SHA-256 of bytes.
     *
     * @param bytes the bytes
     * @return the 32 bytes
     */
    public static byte[] sha256(byte[] bytes) {
        return newSha256().digest(bytes);
    }

    /** Met a name or string the UTF-8 generator must not write; no stack trace (it is control flow). */
    private static final class UnpairedSurrogate extends IOException {
        private static final long serialVersionUID = 1L;

        UnpairedSurrogate() {
            super("unpaired surrogate", null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** A name or string for the UTF-8 generator, checked as it is written (one pass over the tree). */
    private static String checked(String text) throws UnpairedSurrogate {
        if (hasUnpairedSurrogate(text)) {
            throw new UnpairedSurrogate();
        }
        return text;
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest).
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** An output stream into a digest: the canonical bytes are digested as the generator writes them. */
    private static final class Digesting extends OutputStream {
        private final MessageDigest sha;

        Digesting(MessageDigest sha) {
            this.sha = sha;
        }

        @Override
        public void write(int b) {
            sha.update((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            sha.update(bytes, offset, length);
        }
    }

    /** A writer onto a string builder, without {@link java.io.StringWriter}'s synchronized buffer. */
    private static final class Appending extends Writer {
        private final StringBuilder out;

        Appending(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            out.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            out.append(text, offset, offset + length);
        }

        @Override
        public void write(int c) {
            out.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
