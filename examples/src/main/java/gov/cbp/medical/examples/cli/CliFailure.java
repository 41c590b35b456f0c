package gov.cbp.medical.examples.cli;

/**
 * A failure that ends a command with an exit code and a one-line message for standard error, never a stack
 * trace. The message must not contain values from the input: they may be personal data.
 */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliFailure io(String message) {
        return new CliFailure(ExitCodes.IO, message);
    }

    int exitCode() {
        return exitCode;
    }
}
