package gov.cbp.medical.model.validation.internal;

/**
 * A location in a JSON document, rendered as a JSON Pointer (RFC 6901) only when a problem needs it.
 *
 * <p>Paths are built per object and array element, never per scalar property, to keep the happy path cheap.
 */
final class Path {
    static final Path ROOT = new Path(null, null, -1);

    private final Path parent;
    private final String name;
    private final int index;

    private Path(Path parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    Path child(String property) {
        return new Path(this, property, -1);
    }

    Path index(int position) {
        return new Path(this, null, position);
    }

    /** The pointer of this path. */
    String pointer() {
        StringBuilder out = new StringBuilder();
        append(out);
        return out.toString();
    }

    /** The pointer of a property of the object at this path, or of this path itself if {@code property} is null. */
    String pointer(String property) {
        if (property == null) {
            return pointer();
        }
        StringBuilder out = new StringBuilder();
        append(out);
        out.append('/');
        escape(property, out);
        return out.toString();
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

    static void escape(String token, StringBuilder out) {
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
