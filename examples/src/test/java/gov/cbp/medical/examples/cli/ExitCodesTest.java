package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Exit codes come from one table, and an Error (out of memory) is exit 4 with one line and no stack trace. */
class ExitCodesTest {
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final Error error;

        Boom(Error error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }

    static String[] run(Error error) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CbpMedical.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.addSubcommand("boom", new Boom(error));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int code = cli.execute("boom");
        return new String[] {Integer.toString(code), err.toString(), out.toString()};
    }

    @Test
    void outOfMemory_exits4_withOneLineAndNoStackTrace() {
        String[] result = run(new OutOfMemoryError("Java heap space: SECRET-NAME"));
        assertThat(result[0]).isEqualTo("4");
        assertThat(result[1].lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("cbp-medical: internal error (java.lang.OutOfMemoryError)").doesNotContain("SECRET")
                .doesNotContain("\tat "));
        assertThat(result[2]).isEmpty();
    }

    @Test
    void stackOverflow_exits4_withOneLine() {
        String[] result = run(new StackOverflowError());
        assertThat(result[0]).isEqualTo("4");
        assertThat(result[1]).isEqualTo("cbp-medical: internal error (java.lang.StackOverflowError); please report it\n");
    }

    @Test
    void everyCommandsHelp_listsItsExitCodesFromTheOneTable() {
        List<String> seen = new ArrayList<>();
        visit(CbpMedical.commandLine(), seen);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ExitCodes.commands());
    }

    @Test
    void noCommand_listsItsOwnExitCodes() {
        List<String> declaring = new ArrayList<>();
        declared(CbpMedical.commandLine(), declaring);
        assertThat(declaring).as("commands whose @Command re-lists exit codes: put them in ExitCodes").isEmpty();
    }

    @Test
    void verifyAndExplain_listTheirExitCodes() {
        CommandLine cli = CbpMedical.commandLine();
        for (String name : List.of("verify", "explain")) {
            String help = cli.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF)
                    .replaceAll("\\s+", " ");
            assertThat(help).as(name).contains("Exit codes:").contains(" 1 ").contains(" 4 internal error");
        }
    }

    private static void declared(CommandLine cli, List<String> declaring) {
        Command command = cli.getCommand().getClass().getAnnotation(Command.class);
        if (command != null && (command.exitCodeList().length > 0 || !command.exitCodeListHeading().isEmpty())) {
            declaring.add(cli.getCommandSpec().qualifiedName());
        }
        cli.getSubcommands().values().forEach(sub -> declared(sub, declaring));
    }

    private static void visit(CommandLine cli, List<String> seen) {
        String name = cli.getCommandSpec().qualifiedName();
        if (!ExitCodes.of(name).isEmpty()) {
            seen.add(name);
            String help = cli.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
            assertThat(help).as(name).contains("Exit codes:");
            ExitCodes.of(name).forEach((code, meaning) -> assertThat(help).as(name).contains(code).contains(meaning));
            // 4 is always an internal error, never "the input has errors"
            assertThat(ExitCodes.of(name).get("4")).as(name).startsWith("internal error");
            assertThat(ExitCodes.of(name).get("0")).as(name).isNotBlank();
        }
        cli.getSubcommands().values().forEach(sub -> visit(sub, seen));
    }
}
