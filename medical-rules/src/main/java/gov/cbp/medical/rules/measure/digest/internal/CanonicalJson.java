package gov.cbp.medical.rules.measure.digest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes a JSON tree in the library's canonical form and digests it: object members sorted by name (UTF-16
 * code units, as RFC 8785), no insignificant whitespace, strings escaped as Jackson writes them, numbers as the
 * tree holds them, UTF-8.
 */
public final class CanonicalJson {
    private CanonicalJson() {}

    /**
     * The canonical text of a tree.
     *
     * @param node the tree
     * @return the text
     */
    public static String text(JsonNode node) {
        StringBuilder out = new StringBuilder(4096);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(com.fasterxml.jackson.databind.node.TextNode.valueOf(names.get(i))).append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }

    /**
     * The SHA-256 of a tree's canonical text.
     *
     * @param node the tree
     * @return the 32 bytes
     */
    public static byte[] sha256(JsonNode node) {
        return sha256(text(node).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The SHA-256 of bytes.
     *
     * @param bytes the bytes
     * @return the 32 bytes
     */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest).
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
