package gov.cbp.medical.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The exit codes of every {@code cbp-medical} command, and the one table of what each means for each command
 * (shown in every command's help). They are part of the tool's contract (documented in {@code docs/cli.md});
 * scripts branch on them.
 *
 * <p>1 means only "the input has errors or failing findings": a failure of the tool itself, an
 * {@link OutOfMemoryError} included, is {@link #INTERNAL}.
 */
public final class ExitCodes {
    /** Success: the input has no errors, and no finding is not met or overdue. */
    public static final int OK = 0;
    /** The input has errors, or (for evaluate, worklist, standards diff) a finding is not met or overdue. */
    public static final int FINDINGS = 1;
    /** The command line is wrong: an unknown option, a missing or malformed value. */
    public static final int USAGE = 2;
    /** An input could not be read or an output could not be written. */
    public static final int IO = 3;
    /** An internal error: a bug in the tool or the library, or too little memory. Please report it. */
    public static final int INTERNAL = 4;

    /** The heading of the list in every command's help. */
    static final String HEADING = "%nExit codes:%n";
    private static final String INTERNAL_TEXT = "internal error (a bug: please report it)";

    /** Per command (its qualified name): the meaning of each exit code it can return, in order. */
    private static final Map<String, String[]> MEANINGS = Map.ofEntries(
            Map.entry("cbp-medical", new String[] {
                "success, no errors",
                "the input has errors, or a finding is not met or overdue (see each command)",
                "usage error", "input or output failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical validate", new String[] {
                "every episode is valid (warnings allowed)",
                "an episode has an error or a fatal problem",
                "usage error", "input or output failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical evaluate", new String[] {
                "no finding is not-met or overdue, and every episode is valid",
                "a finding is not-met or overdue, or an episode has an error",
                "usage error, or the --standards/--policy file has errors",
                "input or output failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical worklist", new String[] {
                "nothing is overdue, and every episode is valid",
                "a task is overdue, or an episode has an error",
                "usage error, or the --standards/--policy file has errors",
                "input or output failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical mqm", new String[] {
                "the reports were written, and every episode was valid",
                "the reports were written, but some episodes had errors (rejected, measured with errors, or not evaluated)",
                "usage error, or the --standards/--policy/--measures file has errors",
                "input or output failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical verify", new String[] {
                "the report was computed from these episodes, standards and measures",
                "something differs (listed)",
                "usage error, the report has no digests, or the --standards/--policy/--measures file has errors",
                "input or output failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical explain", new String[] {
                "the episode was explained, and it is valid",
                "the episode was explained, but it has errors (explained as far as its data allows)",
                "usage error: no episode with that id in the files, an unknown --measure, or a "
                        + "--standards/--policy/--measures file with errors",
                "input failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical standards", new String[] {
                "success",
                "(diff with episodes) an episode has an error",
                "usage error: an unknown standard or version, or a --standards/--policy file with errors",
                "input or output failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical standards list", new String[] {
                "success", null, "usage error, or a --standards/--policy file with errors", "input failure",
                INTERNAL_TEXT}),
            Map.entry("cbp-medical standards show", new String[] {
                "success", null, "usage error: an unknown standard or version", "input failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical standards diff", new String[] {
                "success", "an episode has an error", "usage error: an unknown standard or version",
                "input or output failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical schema", new String[] {
                "the schema was printed", null, "usage error", "output failure", INTERNAL_TEXT}),
            Map.entry("cbp-medical generate", new String[] {
                "the episodes were written", null, "usage error (an option out of range)", "the output cannot be written",
                INTERNAL_TEXT}),
            Map.entry("cbp-medical demo", new String[] {
                "the demo ran and wrote its files",
                "a generated episode failed validation (a bug: please report it)",
                "usage error", "the output directory cannot be written", INTERNAL_TEXT}));

    private ExitCodes() {}

    /**
     * The exit codes a command can return with their meaning for it, in order, as shown in its help.
     *
     * @param qualifiedName the command's qualified name, such as {@code cbp-medical standards diff}
     * @return the codes and meanings, empty for a command without exit-code list (help, completion)
     */
    static Map<String, String> of(String qualifiedName) {
        String[] meanings = MEANINGS.get(qualifiedName);
        Map<String, String> list = new LinkedHashMap<>();
        if (meanings == null) {
            return list;
        }
        for (int code = 0; code < meanings.length; code++) {
            if (meanings[code] != null) {
                list.put(Integer.toString(code), meanings[code]);
            }
        }
        return list;
    }

    /**
     * Sets the exit-code list of a command and of all its subcommands from the table, under the heading
     * {@value #HEADING}: no command declares its own ({@code exitCodeList} or {@code exitCodeListHeading} in
     * its {@code @Command}).
     *
     * @param commandLine the command line
     */
    static void install(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        Map<String, String> list = of(spec.qualifiedName());
        spec.usageMessage().exitCodeList(list);
        if (!list.isEmpty()) {
            spec.usageMessage().exitCodeListHeading(HEADING);
        }
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            install(sub);
        }
    }

    /**
     * The qualified names of the commands in the table, for tests.
     *
     * @return the names
     */
    static java.util.Set<String> commands() {
        return MEANINGS.keySet();
    }
}
