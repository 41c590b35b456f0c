package gov.cbp.medical.beam.read;

import gov.cbp.medical.model.validation.JsonLine;
import java.util.Arrays;
import java.util.Objects;

/**
 * One non-blank line of a JSON Lines input as read, before validation: the file it came from and the
 * {@link JsonLine} (its 1-based line number in that file and its bytes, or only the fact that it was longer
 * than the payload limit). {@code toString()} shows the source and line number only: the bytes may hold
 * personal data.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SourceLine {
    private final String source;
    private final JsonLine line;

    private SourceLine(String source, JsonLine line) {
        this.source = Objects.requireNonNull(source, "source");
        this.line = Objects.requireNonNull(line, "line");
    }

    /**
     * Obtains a source line.
     *
     * @param source the file's resource id, not null
     * @param line the line, not null
     * @return the source line, not null
     */
    public static SourceLine of(String source, JsonLine line) {
        return new SourceLine(source, line);
    }

    /** @return the file's resource id, as Beam's file system names it */
    public String source() {
        return source;
    }

    /** @return the line as read */
    public JsonLine jsonLine() {
        return line;
    }

    /** @return the 1-based line number in its file */
    public long line() {
        return line.line();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SourceLine)) {
            return false;
        }
        SourceLine that = (SourceLine) other;
        return source.equals(that.source) && line.line() == that.line.line()
                && line.isOversized() == that.line.isOversized()
                && Arrays.equals(line.toByteArray(), that.line.toByteArray());
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, line.line(), line.isOversized(), line.size());
    }

    @Override
    public String toString() {
        return "SourceLine{source=" + source + ", line=" + line.line() + "}";
    }
}
