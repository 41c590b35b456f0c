package gov.cbp.medical.examples.cli;

/**
 * The exit codes of every {@code cbp-medical} command. They are part of the tool's contract (documented in
 * {@code docs/cli.md}); scripts branch on them.
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
    /** An internal error: a bug in the tool or the library. Please report it. */
    public static final int INTERNAL = 4;

    private ExitCodes() {}

    /**
     * The exit-code list shown in every command's help, with the meaning of 1 given by the command.
     *
     * @param meaningOfOne what exit code 1 means for the command
     * @return the picocli exit-code list entries
     */
    static String[] list(String meaningOfOne) {
        return new String[] {
            OK + ":success, no errors",
            FINDINGS + ":" + meaningOfOne,
            USAGE + ":usage error",
            IO + ":input or output failure",
            INTERNAL + ":internal error (a bug: please report it)"
        };
    }
}
