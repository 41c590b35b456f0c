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
        gov.cbp.medical.rules.standard.Catalogue catalogue = gov.cbp.medical.rules.standard.Catalogue.baseline();
        gov.cbp.medical.rules.measure.MeasureSet measures = gov.cbp.medical.rules.measure.MeasureSetReader.baseline();
        String[] lines = run.out.split("\n");
        assertThat(lines[1]).isEqualTo("payload format " + gov.cbp.medical.model.custody.CustodyEpisode.FORMAT_VERSION);
        assertThat(lines[2]).startsWith("standards ");
        for (String id : catalogue.standardIds()) {
            for (gov.cbp.medical.rules.standard.Standard version : catalogue.versions(id)) {
                assertThat(lines[2]).contains(id).contains(version.version());
            }
        }
        assertThat(lines[3]).isEqualTo("measure set " + measures.id() + " " + measures.version());
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

    /** Each option completes its own values: --format is not offered --input-format's (both were "FORMAT"). */
    @Test
    void generateCompletion_offersEachFormatOptionItsOwnValues() {
        String script = Cli.run("generate-completion").exits(0).out;
        int commands = 0;
        for (String function : script.split("\n(?=function )")) {
            if (!function.contains("'--input-format'")) {
                continue;
            }
            commands++;
            java.util.regex.Matcher format = java.util.regex.Pattern.compile("local (\\w+)=\\(([^)]*)\\) # --format values").matcher(function);
            java.util.regex.Matcher input = java.util.regex.Pattern.compile("local (\\w+)=\\(([^)]*)\\) # --input-format values").matcher(function);
            assertThat(format.find()).isTrue();
            assertThat(input.find()).isTrue();
            assertThat(format.group(1)).isNotEqualTo(input.group(1));
            assertThat(format.group(2)).isEqualTo("\"text\" \"json\"");
            assertThat(input.group(2)).isEqualTo("\"auto\" \"json\" \"jsonl\"");
            String formatCase = function.substring(function.indexOf("'--format')"));
            assertThat(formatCase.substring(0, formatCase.indexOf(";;"))).contains("${" + format.group(1) + "[@]}");
        }
        assertThat(commands).isGreaterThanOrEqualTo(5);
    }
}
