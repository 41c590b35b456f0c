package gov.cbp.medical.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --progress} and {@code --quiet} options of the commands that read or write many episodes. */
final class ProgressOptions {
    @Option(names = "--progress", description = "Show progress on standard error even when it is not a terminal "
            + "(default: only on a terminal, after 2 seconds).")
    boolean progress;

    @Option(names = "--quiet", description = "Never show progress.")
    boolean quiet;

    /**
     * Starts progress as the options say.
     *
     * @param spec the command, for its standard error and usage errors
     * @param what what is counted, such as "episodes read"
     * @param files the input files ({@code -} for standard input), for the total size; empty if none
     * @return the progress
     * @throws ParameterException if both options are given
     */
    Progress start(CommandSpec spec, String what, List<String> files) {
        if (progress && quiet) {
            throw new ParameterException(spec.commandLine(), "--progress and --quiet cannot be used together");
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = !quiet && System.console() != null;
        return new Progress(err, what, terminal, progress, totalBytes(files), System::nanoTime);
    }

    private static long totalBytes(List<String> files) {
        long total = 0;
        for (String file : files) {
            if ("-".equals(file) || !Files.isRegularFile(Path.of(file))) {
                return -1; // standard input or a pipe: no size known in advance
            }
            try {
                total += Files.size(Path.of(file));
            } catch (IOException | RuntimeException e) {
                return -1; // the command reports the unreadable file itself
            }
        }
        return total == 0 ? -1 : total;
    }
}
