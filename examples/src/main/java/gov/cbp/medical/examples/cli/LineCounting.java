package gov.cbp.medical.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the lines of a stream as they are read, for progress. Not thread-safe: one reader. */
final class LineCounting extends FilterInputStream {
    private final Progress progress;

    LineCounting(InputStream in, Progress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        for (int i = off; i < off + n; i++) {
            if (b[i] == '\n') {
                progress.step();
            }
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b == '\n') {
            progress.step();
        }
        return b;
    }
}
