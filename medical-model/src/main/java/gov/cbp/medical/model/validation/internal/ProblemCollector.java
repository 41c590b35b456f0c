package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one payload as raw records; messages are rendered once, at the end, and only
 * if there are problems at all.
 */
public final class ProblemCollector {
    private final List<Object[]> raw = new ArrayList<>();
    private int errors;

    /**
     * Adds a problem.
     *
     * @param severity the severity
     * @param code the stable code, which is also the message key
     * @param pointer the JSON Pointer
     * @param arguments property names, limits or codes: never payload values
     */
    public void add(Severity severity, String code, String pointer, String... arguments) {
        raw.add(new Object[] {severity, code, pointer, arguments});
        if (severity.isError()) {
            errors++;
        }
    }

    /**
     * Whether any problem so far is an error.
     *
     * @return true if so
     */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * Whether no problem was added.
     *
     * @return true if none
     */
    public boolean isEmpty() {
        return raw.isEmpty();
    }

    /**
     * The problems with their messages.
     *
     * @param messages the message source
     * @return the problems, unsorted
     */
    public List<Problem> toProblems(Messages messages) {
        List<Problem> problems = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            String[] arguments = (String[]) r[3];
            problems.add(Problem.of((Severity) r[0], (String) r[1], (String) r[2],
                    messages.format((String) r[1], arguments), List.of(arguments)));
        }
        return problems;
    }
}
