package gov.cbp.medical.model.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than one line, and never more than a limit of
 * it: a longer line is skipped to its end and reported as oversized, so a huge or endless line cannot
 * exhaust memory.
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class JsonLines {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[8 * 1024];
    private int lineLength;
    private long lineNumber;
    private boolean oversized;
    private boolean eof;

    /**
     * Creates a reader.
     *
     * @param in the stream, read but not closed
     * @param maxLineBytes the longest line kept
     */
    public JsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Advances to the next line.
     *
     * @return false at the end of the stream
     * @throws IOException if the stream fails
     */
    public boolean next() throws IOException {
        lineLength = 0;
        oversized = false;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd) {
                if (eof || !fill()) {
                    eof = true;
                    if (any) {
                        lineNumber++;
                        trimCarriageReturn();
                    }
                    return any;
                }
            }
            any = true;
            int start = chunkPos;
            while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            append(start, chunkPos - start);
            if (chunkPos < chunkEnd) {
                chunkPos++; // the newline
                lineNumber++;
                trimCarriageReturn();
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk, 0, chunk.length);
        if (read <= 0) {
            return false;
        }
        chunkPos = 0;
        chunkEnd = read;
        return true;
    }

    private void append(int from, int count) {
        if (oversized || count == 0) {
            return;
        }
        if (lineLength + count > maxLineBytes) {
            oversized = true;
            lineLength = 0;
            return;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + count)));
        }
        System.arraycopy(chunk, from, line, lineLength, count);
        lineLength += count;
    }

    private void trimCarriageReturn() {
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
    }

    /** The 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Whether the current line was longer than the limit (its bytes are not kept). */
    public boolean isOversized() {
        return oversized;
    }

    /** Whether the current line holds only white space. */
    public boolean isBlank() {
        for (int i = 0; i < lineLength; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return !oversized;
    }

    /** The buffer holding the current line; valid until the next call of {@link #next()}. */
    public byte[] buffer() {
        return line;
    }

    /** The length of the current line in the buffer. */
    public int length() {
        return lineLength;
    }
}
