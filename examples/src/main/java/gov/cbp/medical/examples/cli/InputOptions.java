package gov.cbp.medical.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --input-format} option of every command that reads episodes. */
final class InputOptions {
    @Option(names = "--input-format", paramLabel = "INPUT_FORMAT", defaultValue = "auto",
            description = "How to read inputs: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
                    + ".jsonl and .ndjson are JSON Lines, .json is one episode, anything else is detected "
                    + "from its content).")
    InputFormat inputFormat = InputFormat.auto;
}
