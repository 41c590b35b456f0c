package gov.cbp.medical.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts the lines written to a stream, for progress. Not thread-safe: one writer. */
final class LineCountingOutput extends FilterOutputStream {
    private final Progress progress;

    LineCountingOutput(OutputStream out, Progress progress) {
        super(out);
        this.progress = progress;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                progress.step();
            }
        }
        out.write(b, off, len);
    }

    @Override
    public void write(int b) throws IOException {
        if (b == '\n') {
            progress.step();
        }
        out.write(b);
    }
}
