package gov.cbp.medical.examples.cli;

import java.io.PrintWriter;

/**
 * Progress on standard error for long runs, only when the tool runs in a terminal
 * ({@code System.console() != null}) and only after the first two seconds; never in pipes, files or tests.
 * Not thread-safe.
 */
final class Progress implements AutoCloseable {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String what;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long last;
    private long count;
    private int width;

    private Progress(PrintWriter err, String what, boolean enabled) {
        this.err = err;
        this.what = what;
        this.enabled = enabled;
    }

    /**
     * Starts reporting progress.
     *
     * @param err standard error
     * @param what what is counted, such as "episodes read"
     * @return the progress
     */
    static Progress start(PrintWriter err, String what) {
        return new Progress(err, what, System.console() != null);
    }

    /** Counts one more item. */
    void step() {
        count++;
        if (!enabled || (count & 0xFF) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - started >= QUIET_NANOS && now - last >= EVERY_NANOS) {
            last = now;
            String line = "\r" + what + ": " + count + " ...";
            width = Math.max(width, line.length());
            err.print(line);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
