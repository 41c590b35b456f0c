package gov.cbp.medical.model.validation;

import gov.cbp.medical.model.common.Limits;
import java.util.Arrays;

/**
 * One non-blank line of a JSON Lines stream as read, not yet validated: its 1-based line number and its bytes,
 * or only the fact that it was longer than {@link Limits#MAX_PAYLOAD_BYTES} (such a line is never held).
 *
 * <p>Made by {@link PayloadValidator#readLines} so that the lines of one stream can be validated elsewhere,
 * for example on several threads, with {@link PayloadValidator#validateLine(JsonLine)}. {@code toString()} shows
 * the line number and size only: the bytes may hold personal data.
 *
 * <p>Implementation Requirements: immutable and thread-safe; the bytes are a private copy.
 *
 * @since 0.1
 */
public final class JsonLine {
    /** An oversized line keeps no bytes: every one shares this empty array. */
    private static final byte[] NONE = new byte[0];

    private final long line;
    private final byte[] bytes;
    private final boolean oversized;

    private JsonLine(long line, byte[] bytes, boolean oversized) {
        this.line = line;
        this.bytes = bytes;
        this.oversized = oversized;
    }

    /**
     * A line read in full, for readers that split a stream themselves (for example one file of a distributed
     * input): validating it with {@link PayloadValidator#validateLine(JsonLine)} gives what
     * {@link PayloadValidator#validateLines} gives for the same line.
     *
     * @param line the 1-based line number, positive
     * @param buffer the bytes, of which the first {@code length} are copied, not null
     * @param length the line's length without its terminator, at most {@link Limits#MAX_PAYLOAD_BYTES}
     * @return the line, not null
     * @throws IllegalArgumentException if {@code line} is not positive or {@code length} is out of bounds
     * @since 0.2
     */
    public static JsonLine of(long line, byte[] buffer, int length) {
        if (line < 1 || length < 0 || length > buffer.length || length > Limits.MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("line must be positive and length within the buffer and the limit");
        }
        return new JsonLine(line, Arrays.copyOf(buffer, length), false);
    }

    /**
     * A line longer than {@link Limits#MAX_PAYLOAD_BYTES}, whose bytes are not kept.
     *
     * @param line the 1-based line number, positive
     * @return the line, not null
     * @throws IllegalArgumentException if {@code line} is not positive
     * @since 0.2
     */
    public static JsonLine oversized(long line) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive");
        }
        return new JsonLine(line, NONE, true);
    }

    /**
     * The 1-based line number in the stream.
     *
     * @return the line number, positive
     */
    public long line() {
        return line;
    }

    /**
     * Whether the line was longer than the payload limit; its bytes were not kept.
     *
     * @return true if oversized
     */
    public boolean isOversized() {
        return oversized;
    }

    /**
     * The number of bytes of the line, without its line terminator.
     *
     * @return the size, 0 if oversized
     */
    public int size() {
        return bytes.length;
    }

    byte[] bytes() {
        return bytes;
    }

    /**
     * A copy of the line's bytes, for shipping the line elsewhere (a distributed runner's coder).
     *
     * @return the bytes without the line terminator, empty if oversized, not null
     * @since 0.2
     */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "JsonLine[line=" + line + (oversized ? ", oversized" : ", " + bytes.length + " bytes") + "]";
    }
}
