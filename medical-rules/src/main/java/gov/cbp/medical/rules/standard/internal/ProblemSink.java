package gov.cbp.medical.rules.standard.internal;

import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects problems; never echoes input values (arguments are property names and library codes). */
public final class ProblemSink {
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Reports an error.
     *
     * @param code the code
     * @param pointer the JSON Pointer
     * @param arguments the arguments
     */
    public void error(String code, String pointer, String... arguments) {
        report(Severity.ERROR, code, pointer, arguments);
    }

    /**
     * Reports a problem.
     *
     * @param severity the severity
     * @param code the code
     * @param pointer the JSON Pointer
     * @param arguments the arguments
     */
    public void report(Severity severity, String code, String pointer, String... arguments) {
        List<String> args = List.of(arguments);
        problems.add(Problem.of(severity, code, pointer, Messages.format(code, args), args));
    }

    /**
     * Whether any error was reported.
     *
     * @return true if any problem is an error
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(problem -> problem.severity().isError());
    }

    /**
     * The number of problems so far.
     *
     * @return the count
     */
    public int size() {
        return problems.size();
    }

    /**
     * The problems, sorted by pointer then code.
     *
     * @return a new sorted list
     */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.ORDER);
        return sorted;
    }

    /**
     * Escapes a property name as a JSON Pointer token (RFC 6901).
     *
     * @param token the name
     * @return the escaped token
     */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
