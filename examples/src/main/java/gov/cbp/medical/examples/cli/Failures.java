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
