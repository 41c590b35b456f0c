package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command line shown in {@code docs/cli.md} parses: its commands and options exist. */
class CliDocumentationTest {
    private static final Pattern CALL = Pattern.compile("(?m)^(?:\\$ )?\\./cbp-medical ([^\\n|<>]*)$");

    @Test
    void everyDocumentedCall_parses() throws Exception {
        String doc = Files.readString(Cli.DOCS.resolve("cli.md"));
        Matcher m = CALL.matcher(doc);
        List<String> calls = new ArrayList<>();
        while (m.find()) {
            calls.add(m.group(1).replaceAll("\\s+#.*$", "").trim());
        }
        assertThat(calls).hasSizeGreaterThan(8);
        for (String call : calls) {
            String[] args = call.isEmpty() ? new String[0] : call.split("\\s+");
            CommandLine commandLine = CbpMedical.commandLine();
            try {
                commandLine.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError("docs/cli.md shows './cbp-medical " + call + "': " + e.getMessage(), e);
            }
        }
    }

    @Test
    void everyCommand_isDocumented_andHasASchema() throws Exception {
        String doc = Files.readString(Cli.DOCS.resolve("cli.md"));
        for (String command : CbpMedical.commandLine().getSubcommands().keySet()) {
            if (command.equals("help") || command.equals("generate-completion")) {
                continue;
            }
            assertThat(doc).as("docs/cli.md documents %s", command).contains("## `" + command);
        }
        for (String schema : new String[] {"validate", "evaluate", "worklist", "mqm", "standards-list", "standards-show",
            "standards-diff", "generate", "demo", "verify", "explain"}) {
            assertThat(Cli.DOCS.resolve("cli/" + schema + ".schema.json")).exists();
        }
    }
}
