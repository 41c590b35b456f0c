package gov.cbp.medical.examples.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code cbp-medical standards}: the catalogue of standards, with citations, and what a new version changes. */
@Command(name = "standards", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Lists and shows the standards the episodes are judged by, with citations, and compares versions.",
        subcommands = {StandardsListCommand.class, StandardsShowCommand.class, StandardsDiffCommand.class})
public final class StandardsCommand {
    @ParentCommand
    private CbpMedical parent;

    InputStream stdin() {
        return parent.stdin();
    }
}
