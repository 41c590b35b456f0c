package gov.cbp.medical.processor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a javadoc comment into the plain text of a JSON Schema description. */
final class Javadoc {
    private static final Pattern INLINE = Pattern.compile("\\{@(code|literal|link|linkplain)\\s+([^}]*)}");
    private static final String IMMUTABLE = "An immutable ";

    private Javadoc() {}

    /**
     * The description of a type: the first paragraph, less a leading "An immutable" (the schema describes the
     * data, not the Java value).
     *
     * @param comment the comment as {@code Elements.getDocComment} returns it, may be null
     * @return the text, or null without a comment
     */
    static String typeDescription(String comment) {
        String text = firstParagraph(comment);
        return text != null && text.startsWith(IMMUTABLE) ? text.substring(IMMUTABLE.length()) : text;
    }

    /**
     * The description of a property: the first paragraph of its accessor's comment.
     *
     * @param comment the comment, may be null
     * @return the text, or null without a comment
     */
    static String memberDescription(String comment) {
        return firstParagraph(comment);
    }

    /** The main description up to its first {@code <p>} or block tag, inline tags as plain text, spaces collapsed. */
    static String firstParagraph(String comment) {
        if (comment == null) {
            return null;
        }
        StringBuilder main = new StringBuilder();
        for (String line : comment.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@") || trimmed.startsWith("<p>")) {
                break;
            }
            main.append(trimmed).append(' ');
        }
        String text = main.toString().replaceAll("\\s+", " ").strip();
        Matcher inline = INLINE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (inline.find()) {
            inline.appendReplacement(out, Matcher.quoteReplacement(plain(inline.group(1), inline.group(2).strip())));
        }
        inline.appendTail(out);
        return out.length() == 0 ? null : out.toString();
    }

    /** {@code {@code x}} is x; {@code {@link A#b() label}} is its label, else the member (b) or the simple class name. */
    private static String plain(String tag, String body) {
        if (tag.equals("code") || tag.equals("literal")) {
            return body;
        }
        int space = body.indexOf(' ');
        if (space > 0) {
            return body.substring(space + 1).strip();
        }
        int hash = body.indexOf('#');
        String target = hash >= 0 ? body.substring(hash + 1) : body;
        String simple = target.substring(target.lastIndexOf('.') + 1);
        return simple.endsWith("()") ? simple.substring(0, simple.length() - 2) : simple;
    }
}
