package gov.cbp.medical.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on standard error for long runs: the count, the share of the input read and the time left when
 * the input's size is known, and the rate. On a terminal ({@code System.console() != null}) it appears
 * after the first two seconds and rewrites one line; {@code --progress} forces it elsewhere (a line every
 * few seconds and a summary at the end), {@code --quiet} turns it off. Never in pipes, files or tests
 * unless asked. Not thread-safe: one reader counts.
 */
final class Progress implements AutoCloseable {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long TERMINAL_EVERY_NANOS = 250_000_000L;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final String what;
    private final boolean terminal;
    private final boolean forced;
    private final long totalBytes;
    private final LongSupplier nanos;
    private final long started;
    private long last;
    private long count;
    private long bytes;
    private int width;

    Progress(PrintWriter err, String what, boolean terminal, boolean forced, long totalBytes, LongSupplier nanos) {
        this.err = err;
        this.what = what;
        this.terminal = terminal;
        this.forced = forced;
        this.totalBytes = totalBytes;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    /**
     * Progress shown only on a terminal, of an input of unknown size.
     *
     * @param err standard error
     * @param what what is counted, such as "episodes read"
     * @return the progress
     */
    static Progress start(PrintWriter err, String what) {
        return new Progress(err, what, System.console() != null, false, -1, System::nanoTime);
    }

    /** Counts one more item. */
    void step() {
        count++;
        if ((terminal || forced) && (count & 0x3F) == 0) {
            show(false);
        }
    }

    /**
     * Wraps an input stream so that its bytes are counted.
     *
     * @param in the stream
     * @return the counting stream
     */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0) {
                    bytes += n;
                }
                return n;
            }
        };
    }

    private void show(boolean last) {
        long now = nanos.getAsLong();
        long elapsed = now - started;
        if (!last && (terminal ? elapsed < QUIET_NANOS || now - this.last < TERMINAL_EVERY_NANOS
                : now - this.last < LOG_EVERY_NANOS)) {
            return;
        }
        this.last = now;
        String line = line(what, count, bytes, totalBytes, elapsed);
        if (terminal) {
            width = Math.max(width, line.length() + 1);
            err.print("\r" + line + " ".repeat(width - line.length() - 1));
        } else {
            err.println(line);
        }
        err.flush();
    }

    /**
     * One progress line, such as {@code episodes read: 12,000, 45% of 271.3 MB, 2,400/s, 0:06 left}.
     *
     * @param what what is counted
     * @param count the items so far
     * @param bytes the input bytes read so far
     * @param totalBytes the input's size, or negative when unknown (standard input)
     * @param elapsedNanos the time since the start
     * @return the line, without line end
     */
    static String line(String what, long count, long bytes, long totalBytes, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        StringBuilder out = new StringBuilder(what).append(": ").append(String.format(Locale.ROOT, "%,d", count));
        if (totalBytes > 0) {
            double share = Math.min(1.0, (double) bytes / totalBytes);
            out.append(String.format(Locale.ROOT, ", %d%% of %.1f MB", (int) Math.floor(share * 100), totalBytes / 1e6));
        }
        out.append(String.format(Locale.ROOT, ", %,d/s", Math.round(count / seconds)));
        if (totalBytes > 0 && bytes > 0 && bytes < totalBytes) {
            long left = Math.round((totalBytes - bytes) / (bytes / seconds));
            out.append(String.format(Locale.ROOT, ", %d:%02d left", left / 60, left % 60));
        } else if (totalBytes <= 0 || bytes >= totalBytes) {
            out.append(String.format(Locale.ROOT, ", %.1f s", seconds));
        }
        return out.toString();
    }

    @Override
    public void close() {
        if (forced && !terminal) {
            show(true);
        } else if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
