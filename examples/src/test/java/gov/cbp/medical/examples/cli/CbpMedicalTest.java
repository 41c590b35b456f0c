package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CbpMedicalTest {
    @Test
    void help_listsCommandsAndExitCodes() {
        Cli.Run run = Cli.run("--help").exits(0);
        assertThat(run.out).contains("Usage: cbp-medical", "validate", "Exit codes:", "generate-completion");
    }

    @Test
    void version_printsTheBuildVersion() {
        Cli.Run run = Cli.run("--version").exits(0);
        assertThat(run.out).startsWith("cbp-medical " + VersionProvider.version() + "\n");
        assertThat(VersionProvider.version()).isNotEqualTo("unknown").doesNotContain("${");
    }

    @Test
    void everyCommand_hasHelp() {
        for (String command : Cli.run("--help").out.lines()
                .filter(l -> l.matches("  [a-z][a-z-]+ .*"))
                .map(l -> l.trim().split(" ")[0])
                .toArray(String[]::new)) {
            assertThat(Cli.run(command, "--help").exits(0).out).as(command).contains("Usage: cbp-medical " + command);
        }
    }

    @Test
    void noCommand_isAUsageError() {
        Cli.Run run = Cli.run().exits(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("Missing required subcommand", "Usage: cbp-medical");
    }

    @Test
    void unknownCommand_isAUsageErrorWithSuggestions() {
        Cli.Run run = Cli.run("valdate").exits(2);
        assertThat(run.err).contains("Did you mean", "cbp-medical validate");
    }

    @Test
    void helpCommand_printsACommandsHelp() {
        assertThat(Cli.run("help", "validate").exits(0).out).contains("Usage: cbp-medical validate");
    }

    @Test
    void generateCompletion_printsABashScript() {
        Cli.Run run = Cli.run("generate-completion").exits(0);
        assertThat(run.out).contains("complete -F", "cbp-medical");
    }
}
