package gov.cbp.medical.model.validation;

import gov.cbp.medical.model.common.Limits;

/**
 * Property names taken from the input, made safe to echo: a name may be anything the sender typed (a newline
 * that forges an output line, a bidirectional override, a person's name), so a problem never repeats it raw.
 *
 * <p>A name is <em>printable</em> if it has at most {@link Limits#MAX_ECHOED_NAME_LENGTH} characters and no
 * control character (C0, C1, line and paragraph separators, bidirectional controls). A printable name is
 * used as it is (RFC 6901-escaped in pointers); any other is pointed at through its parent object, and shown
 * with each unprintable character as {@code \\uXXXX} and cut to the length, ending in {@code …}. Every reader
 * of the library (payloads, standards, local policies, measure sets) follows this rule.
 *
 * @since 0.1
 */
public final class PropertyNames {
    private PropertyNames() {}

    /**
     * Whether an input property name may be echoed as it is.
     *
     * @param name the name, not null
     * @return true if printable and short enough
     */
    public static boolean isPrintable(String name) {
        if (name.length() > Limits.MAX_ECHOED_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (isUnprintable(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnprintable(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || Character.isSurrogate(c);
    }

    /**
     * The name as a problem may show it: unprintable characters escaped, cut to the echo length.
     *
     * @param name the name, not null
     * @return the displayable name, not null
     */
    public static String display(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String piece = isUnprintable(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c);
            if (out.length() + piece.length() > Limits.MAX_ECHOED_NAME_LENGTH) {
                return out.append('\u2026').toString();
            }
            out.append(piece);
        }
        return out.toString();
    }

    /**
     * A JSON Pointer made of input names, cut before its first segment that is not printable: the rest still
     * locates the problem, and echoes nothing unsafe.
     *
     * @param pointer the pointer, not null
     * @return the pointer or its longest safe prefix, not null
     */
    public static String safePointer(String pointer) {
        int start = 1;
        while (start <= pointer.length()) {
            int end = pointer.indexOf('/', start);
            if (end < 0) {
                end = pointer.length();
            }
            if (!isPrintable(pointer.substring(start, end))) {
                return pointer.substring(0, start - 1);
            }
            start = end + 1;
        }
        return pointer;
    }
}
