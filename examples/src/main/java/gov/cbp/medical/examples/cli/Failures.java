package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Maps every failure to an exit code and a short message on standard error: usage errors to
 * {@link ExitCodes#USAGE}, input and output failures to {@link ExitCodes#IO}, anything else to
 * {@link ExitCodes#INTERNAL}. No stack trace is printed, and no message quotes the input (Jackson's
 * messages do, so they are never shown).
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText("cbp-medical: " + ex.getMessage()));
        if (!UnmatchedArgumentException.printSuggestions(ex, err) && isMissingCommand(cmd)) {
            err.println();
            cmd.usage(err);
        } else {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean isMissingCommand(CommandLine cmd) {
        return !cmd.getSubcommands().isEmpty() && cmd.getParseResult() != null
                && !cmd.getParseResult().hasSubcommand();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        cmd.getOut().flush();
        int code;
        String message;
        if (ex instanceof CliFailure) {
            code = ((CliFailure) ex).exitCode();
            message = ex.getMessage();
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            code = ExitCodes.IO;
            message = describe(ex instanceof UncheckedIOException ? ((UncheckedIOException) ex).getCause() : (IOException) ex);
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error (" + ex.getClass().getName() + "); please report it";
        }
        err.println(cmd.getColorScheme().errorText("cbp-medical: " + message));
        err.flush();
        return code;
    }

    /** The one line for an out-of-memory failure, made before memory runs out. */
    private static final String OUT_OF_MEMORY = "cbp-medical: internal error (java.lang.OutOfMemoryError): not enough "
            + "memory for this input; raise the heap with CBP_MEDICAL_JAVA_OPTS=-Xmx..., or report it";

    /**
     * An execution strategy that maps an {@link Error} thrown by a command (picocli passes only exceptions to
     * {@link #handleExecutionException}) to {@link ExitCodes#INTERNAL} with one line on standard error.
     *
     * @param strategy the strategy to run
     * @return the strategy that also catches errors
     */
    CommandLine.IExecutionStrategy catchingErrors(CommandLine.IExecutionStrategy strategy) {
        return parseResult -> {
            try {
                return strategy.execute(parseResult);
            } catch (Error e) {
                CommandLine cmd = parseResult.commandSpec().commandLine();
                cmd.getOut().flush();
                return internal(e, cmd.getErr());
            }
        };
    }

    /**
     * Reports an internal failure as one line on standard error, without stack trace or message (a message
     * may quote the input).
     *
     * @param failure what was thrown
     * @param err standard error
     * @return {@link ExitCodes#INTERNAL}
     */
    static int internal(Throwable failure, PrintWriter err) {
        if (failure instanceof OutOfMemoryError) {
            err.println(OUT_OF_MEMORY);
        } else {
            err.println("cbp-medical: internal error (" + failure.getClass().getName() + "); please report it");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /**
     * Why an I/O operation failed, without the file name.
     *
     * @param e the failure
     * @return the reason
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A one-line description of an I/O failure that never quotes file contents.
     *
     * @param e the failure
     * @return the description
     */
    static String describe(IOException e) {
        if (e instanceof JsonProcessingException) {
            JsonLocation at = ((JsonProcessingException) e).getLocation();
            return at == null ? "malformed JSON"
                    : "malformed JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return ((NoSuchFileException) e).getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return ((AccessDeniedException) e).getFile() + ": permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return ((NotDirectoryException) e).getFile() + ": not a directory";
        }
        if (e instanceof FileSystemException) {
            FileSystemException fs = (FileSystemException) e;
            return fs.getFile() + ": " + (fs.getReason() == null ? "cannot access" : fs.getReason());
        }
        return e.getMessage() == null ? "input or output failed (" + e.getClass().getSimpleName() + ")"
                : "input or output failed: " + e.getMessage();
    }
}
