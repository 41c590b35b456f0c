package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.common.Limits;
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
    /** The problems beyond {@link Limits#MAX_PROBLEMS}: counted, not kept. */
    private long dropped;
    private boolean droppedAnError;

    /**
     * Adds a problem.
     *
     * @param severity the severity
     * @param code the stable code, which is also the message key
     * @param pointer the JSON Pointer
     * @param arguments property names, limits or codes: never payload values
     */
    public void add(Severity severity, String code, String pointer, String... arguments) {
        if (severity.isError()) {
            errors++;
        }
        if (raw.size() >= Limits.MAX_PROBLEMS) {
            dropped++;
            droppedAnError |= severity.isError();
            return;
        }
        raw.add(new Object[] {severity, code, pointer, arguments});
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
        List<Problem> problems = new ArrayList<>(raw.size() + 1);
        for (Object[] r : raw) {
            String[] arguments = (String[]) r[3];
            problems.add(Problem.of((Severity) r[0], (String) r[1], (String) r[2],
                    messages.format((String) r[1], arguments), List.of(arguments)));
        }
        if (dropped > 0) {
            // the closing problem, an error if any dropped one was
            String[] arguments = {Long.toString(dropped), Integer.toString(Limits.MAX_PROBLEMS)};
            problems.add(Problem.of(droppedAnError ? Severity.ERROR : Severity.WARNING, "payload.problems.truncated", "",
                    messages.format("payload.problems.truncated", arguments), List.of(arguments)));
        }
        return problems;
    }
}
