package gov.cbp.medical.model.validation.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * One JSON document read in a single pass of Jackson's streaming parser into flat arrays: each value is a
 * node numbered in document order, a container's members follow it, and its end (the number after its last
 * descendant) lets a reader step from one member to the next. It holds what the shapes read — the kind of
 * each value, strings, numbers as Jackson types them, member names — and none of a tree's per-node objects.
 *
 * <p>Numbers keep Jackson's tree semantics, so that checks give what they gave on a tree: an integer is an
 * {@link Integer}, {@link Long} or {@link BigInteger} by the parser's {@code getNumberType()}, any other number a
 * {@link Double} from {@code getDoubleValue()}.
 *
 * <p>Implementation Requirements: immutable once read, and then thread-safe.
 */
final class Tape {
    static final byte OBJECT = 1;
    static final byte ARRAY = 2;
    static final byte STRING = 3;
    static final byte NUMBER = 4;
    static final byte TRUE = 5;
    static final byte FALSE = 6;
    static final byte NULL = 7;

    /** Members of an object checked for a duplicate name by a linear scan; a larger object uses a set. */
    private static final int LINEAR_DUPLICATE_CHECK = 16;

    private byte[] kinds;
    /** Per container: the node after its last descendant; per scalar: unused. */
    private int[] ends;
    /** Per node whose parent is an object: its member name. */
    private String[] names;
    /**
     * Per string or number node: its value; per container: the number of its members or elements, an
     * {@link Integer} (cached by {@code Integer.valueOf} for the sizes payloads have), saving an array.
     */
    private Object[] values;
    private int count;

    private Tape(int capacity) {
        kinds = new byte[capacity];
        ends = new int[capacity];
        names = new String[capacity];
        values = new Object[capacity];
    }

    /** Why {@link #read} stopped before the end of a well-formed document. */
    enum Stop {
        /** An object has two members of one name. */
        DUPLICATE_PROPERTY,
        /** A token follows the root value. */
        TRAILING_TOKEN
    }

    /** Thrown by {@link #read} for a document the tree reader would also reject; carries no input. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Stop stop;

        Rejected(Stop stop) {
            super(stop.name(), null, false, false);
            this.stop = stop;
        }
    }

    /**
     * Reads the document whose first token the parser is on, and checks that nothing follows it.
     *
     * @param parser the parser, on the root value's first token
     * @param expectedBytes the document's length, to size the arrays
     * @return the document, not null
     * @throws IOException as the parser throws it, for bad syntax or an exceeded limit
     * @throws Rejected for a duplicate property name or a trailing token
     */
    static Tape read(JsonParser parser, int expectedBytes) throws IOException, Rejected {
        Tape tape = new Tape(16 + expectedBytes / 16); // compact JSON holds a value per 19 to 21 bytes
        tape.fill(parser);
        if (parser.nextToken() != null) {
            throw new Rejected(Stop.TRAILING_TOKEN);
        }
        return tape;
    }

    private void fill(JsonParser parser) throws IOException, Rejected {
        int[] open = new int[16];
        int[] members = new int[16];
        @SuppressWarnings("unchecked")
        Set<String>[] seen = (Set<String>[]) new Set<?>[16];
        int depth = 0;
        String name = null;
        JsonToken token = parser.currentToken();
        while (true) {
            if (token == JsonToken.FIELD_NAME) {
                name = parser.currentName();
                int object = open[depth - 1];
                seen[depth - 1] = checkUnique(object, members[depth - 1], name, seen[depth - 1]);
                token = parser.nextToken();
                continue;
            }
            int node = count;
            if (depth > 0 && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                members[depth - 1]++;
            }
            switch (token) {
                case START_OBJECT:
                case START_ARRAY:
                    add(token == JsonToken.START_OBJECT ? OBJECT : ARRAY, name, null);
                    if (depth == open.length) {
                        open = Arrays.copyOf(open, depth * 2);
                        members = Arrays.copyOf(members, depth * 2);
                        seen = Arrays.copyOf(seen, depth * 2);
                    }
                    seen[depth] = null;
                    members[depth] = 0;
                    open[depth++] = node;
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    depth--;
                    ends[open[depth]] = count;
                    values[open[depth]] = members[depth];
                    break;
                case VALUE_STRING:
                    add(STRING, name, parser.getText());
                    break;
                case VALUE_NUMBER_INT:
                    add(NUMBER, name, integer(parser));
                    break;
                case VALUE_NUMBER_FLOAT:
                    add(NUMBER, name, parser.getDoubleValue());
                    break;
                case VALUE_TRUE:
                    add(TRUE, name, null);
                    break;
                case VALUE_FALSE:
                    add(FALSE, name, null);
                    break;
                default: // VALUE_NULL; the JSON parser produces no embedded objects
                    add(NULL, name, null);
                    break;
            }
            name = null;
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
        }
    }

    private static Number integer(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return parser.getIntValue();
            case LONG:
                return parser.getLongValue();
            default:
                return parser.getBigIntegerValue();
        }
    }

    private void add(byte kind, String name, Object value) {
        if (count == kinds.length) {
            int capacity = count * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            ends = Arrays.copyOf(ends, capacity);
            names = Arrays.copyOf(names, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        kinds[count] = kind;
        ends[count] = count + 1;
        names[count] = name;
        values[count] = value;
        count++;
    }

    /** Fails on a name the object already has; returns the set of its names once it is too large to scan. */
    private Set<String> checkUnique(int object, int members, String name, Set<String> seen) throws Rejected {
        if (seen != null) {
            if (!seen.add(name)) {
                throw new Rejected(Stop.DUPLICATE_PROPERTY);
            }
            return seen;
        }
        for (int child = object + 1, n = 0; n < members; child = next(child), n++) {
            if (names[child].equals(name)) {
                throw new Rejected(Stop.DUPLICATE_PROPERTY);
            }
        }
        if (members < LINEAR_DUPLICATE_CHECK) {
            return null;
        }
        Set<String> names = new HashSet<>();
        for (int child = object + 1, n = 0; n < members; child = next(child), n++) {
            names.add(this.names[child]);
        }
        names.add(name);
        return names;
    }

    /** The root. */
    static int root() {
        return 0;
    }

    byte kind(int node) {
        return kinds[node];
    }

    /** The number of members of an object or elements of an array. */
    int size(int node) {
        return (Integer) values[node];
    }

    /** The node after a value and all its descendants: the next member or element of its container. */
    int next(int node) {
        return ends[node];
    }

    /** The first member or element of a non-empty container. */
    static int first(int container) {
        return container + 1;
    }

    /** The member name of a node inside an object. */
    String name(int node) {
        return names[node];
    }

    String text(int node) {
        return (String) values[node];
    }

    Number number(int node) {
        return (Number) values[node];
    }

    /**
     * The member of an object by name.
     *
     * @param object the object
     * @param name the member name
     * @return the member's node, or -1 if absent
     */
    int member(int object, String name) {
        for (int child = object + 1, end = ends[object]; child < end; child = ends[child]) {
            if (names[child].equals(name)) {
                return child;
            }
        }
        return -1;
    }
}
