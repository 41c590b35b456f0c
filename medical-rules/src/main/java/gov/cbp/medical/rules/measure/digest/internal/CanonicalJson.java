package gov.cbp.medical.rules.measure.digest.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
