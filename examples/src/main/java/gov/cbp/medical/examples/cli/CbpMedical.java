package gov.cbp.medical.examples.cli;

import java.io.InputStream;
import java.util.Objects;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code cbp-medical} command: validates, evaluates and measures custody medical records from the
 * command line. Each subcommand is its own class; this class only holds them together and runs them.
 *
 * <p>Run it in-process with {@link #commandLine()}, which installs the exit-code mapping; only
 * {@link #main(String[])} calls {@code System.exit}.
 */
@Command(name = "cbp-medical", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validates, evaluates and measures medical care in CBP short-term custody.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = "Run 'cbp-medical COMMAND --help' for a command's options. Documentation: docs/cli.md.",
        subcommands = {
            ValidateCommand.class,
            EvaluateCommand.class,
            WorklistCommand.class,
            MqmCommand.class,
            VerifyCommand.class,
            ExplainCommand.class,
            StandardsCommand.class,
            SchemaCommand.class,
            GenerateCommand.class,
            DemoCommand.class,
            HelpCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class CbpMedical {
    private final InputStream stdin;

    /** A command that reads standard input from {@link System#in}. */
    public CbpMedical() {
        this(System.in);
    }

    /**
     * A command that reads standard input from a stream, for tests and embedding.
     *
     * @param stdin what {@code -} reads, not null
     */
    public CbpMedical(InputStream stdin) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    InputStream stdin() {
        return stdin;
    }

    /**
     * The command line with the tool's exit-code mapping installed; set its out and err writers to capture
     * output.
     *
     * @return a new command line, not null
     */
    public static CommandLine commandLine() {
        return commandLine(System.in);
    }

    /**
     * The command line reading standard input from a stream.
     *
     * @param stdin what {@code -} reads, not null
     * @return a new command line, not null
     */
    public static CommandLine commandLine(InputStream stdin) {
        Failures failures = new Failures();
        CommandLine commandLine = new CommandLine(new CbpMedical(stdin))
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
        // picocli hands only Exceptions to the handler: an Error (out of memory) is mapped here
        commandLine.setExecutionStrategy(failures.catchingErrors(new CommandLine.RunLast()));
        ExitCodes.install(commandLine);
        CommandLine completion = commandLine.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
        return commandLine;
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable e) { // anything picocli let through, before or after a command ran
            code = Failures.internal(e, new java.io.PrintWriter(System.err, true));
        }
        System.exit(code);
    }
}
