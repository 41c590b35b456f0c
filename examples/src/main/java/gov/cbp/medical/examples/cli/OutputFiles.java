package gov.cbp.medical.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes output files whole or not at all: into a temporary file beside the target, then moved into place,
 * so that a failed or interrupted run never leaves a truncated report. Parent directories are created.
 */
final class OutputFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private OutputFiles() {}

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file.
     *
     * @param target the file
     * @param content writes the bytes
     * @throws CliFailure with {@link ExitCodes#IO} if the file cannot be written
     * @throws IOException if the content fails to write for another reason
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        // Not Files.createTempFile: its files are private (rw-------); reports get the usual permissions.
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            Files.createDirectories(directory);
        } catch (FileSystemException e) {
            throw CliFailure.io("cannot write " + target + ": " + Failures.reason(e));
        }
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw CliFailure.io("cannot write " + target + ": " + Failures.reason(e));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Makes sure a directory exists and can be written.
     *
     * @param directory the directory
     * @throws CliFailure with {@link ExitCodes#IO} if it cannot be created or is not a directory
     */
    static void directory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw CliFailure.io("cannot create directory " + directory + ": " + Failures.reason(e));
        }
        if (!Files.isWritable(directory)) {
            throw CliFailure.io(directory + ": directory is not writable");
        }
    }
}
