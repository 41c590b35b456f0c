package gov.cbp.medical.model.validation.reading;

import gov.cbp.medical.model.validation.PropertyNames;
import java.util.ArrayList;
import java.util.List;

/**
 * A location in a JSON document, rendered as a JSON Pointer (RFC 6901) only when a problem needs it; and the
 * one place where a property name is escaped as a pointer token ({@code ~} as {@code ~0}, {@code /} as
 * {@code ~1}).
 *
 * <p>Paths are built per object and array element, never per scalar property, to keep the happy path cheap.
 * Readers that carry their location as a pointer string use {@link #append(String, String)} and
 * {@link #append(String, int)} instead.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Pointer {
    /** The whole document, whose pointer is {@code ""}. */
    public static final Pointer ROOT = new Pointer(null, null, -1);

    private final Pointer parent;
    private final String name;
    private final int index;

    private Pointer(Pointer parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * The location of a property of the object at this location.
     *
     * @param property the property name as the input spells it, not null
     * @return the location, not null
     */
    public Pointer child(String property) {
        return new Pointer(this, property, -1);
    }

    /**
     * The location of an element of the array at this location.
     *
     * @param position the zero-based index
     * @return the location, not null
     */
    public Pointer index(int position) {
        return new Pointer(this, null, position);
    }

    /**
     * The pointer of this location.
     *
     * @return the JSON Pointer, not null
     */
    public String pointer() {
        StringBuilder out = new StringBuilder();
        append(out);
        return out.toString();
    }

    /**
     * The pointer of a property of the object at this location, or of this location itself.
     *
     * @param property the property name, or null for this location
     * @return the JSON Pointer, not null
     */
    public String pointer(String property) {
        if (property == null) {
            return pointer();
        }
        StringBuilder out = new StringBuilder();
        append(out);
        out.append('/');
        escape(property, out);
        return out.toString();
    }

    /**
     * The pointer of a problem about a property name the input chose (an unknown property): the property's
     * own if {@linkplain PropertyNames#isPrintable(String) printable}, else this location's, since the name
     * may be anything the sender typed. Show the name with {@link PropertyNames#display(String)}.
     *
     * @param name the property name as the input spells it, not null
     * @return the JSON Pointer, not null
     */
    public String pointerAtInputName(String name) {
        return PropertyNames.isPrintable(name) ? pointer(name) : pointer();
    }

    private void append(StringBuilder out) {
        if (parent == null) {
            return;
        }
        parent.append(out);
        out.append('/');
        if (name != null) {
            escape(name, out);
        } else {
            out.append(index);
        }
    }

    /**
     * The pointer of a property of the object at a pointer.
     *
     * @param pointer the object's JSON Pointer, not null
     * @param property the property name as the input spells it, not null
     * @return the JSON Pointer, not null
     */
    public static String append(String pointer, String property) {
        StringBuilder out = new StringBuilder(pointer.length() + property.length() + 1).append(pointer).append('/');
        escape(property, out);
        return out.toString();
    }

    /**
     * The pointer of an element of the array at a pointer.
     *
     * @param pointer the array's JSON Pointer, not null
     * @param index the zero-based index
     * @return the JSON Pointer, not null
     */
    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * The pointer of a problem about a property name the input chose, as {@link #pointerAtInputName(String)}.
     *
     * @param pointer the object's JSON Pointer, not null
     * @param name the property name as the input spells it, not null
     * @return the property's pointer if its name is printable, else the object's, not null
     */
    public static String atInputName(String pointer, String name) {
        return PropertyNames.isPrintable(name) ? append(pointer, name) : pointer;
    }

    /**
     * Escapes a property name as a JSON Pointer token (RFC 6901).
     *
     * @param token the name, not null
     * @return the escaped token, not null
     */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        StringBuilder out = new StringBuilder(token.length() + 4);
        escape(token, out);
        return out.toString();
    }

    /**
     * The tokens of a JSON Pointer, unescaped: the property names and indexes it steps through.
     *
     * @param pointer the JSON Pointer, not null; {@code ""} for the whole document
     * @return the tokens in order, not null; empty for the whole document
     */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static void escape(String token, StringBuilder out) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
    }
}
