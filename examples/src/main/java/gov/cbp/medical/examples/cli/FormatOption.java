package gov.cbp.medical.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of every command that prints results. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "text is for people; json is stable, for programs (see docs/cli.md).")
    OutputFormat format = OutputFormat.text;

    boolean isJson() {
        return format == OutputFormat.json;
    }
}
