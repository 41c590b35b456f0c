package gov.cbp.medical.model.validation.reading;

import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the problems of one document — a payload, a standard, a local policy, a measure set — as raw
 * records; messages are rendered once, at the end, in the locale the caller chooses, and only if there are
 * problems at all.
 *
 * <p>At most {@link Limits#MAX_PROBLEMS} problems are kept, so that no input can make the list grow without
 * bound; the rest are counted and summed up by one closing problem (its code given at construction, an error
 * if any dropped problem was one, arguments: the number dropped and the limit). Counts and
 * {@link #hasErrors()} include the dropped problems.
 *
 * <p>Implementation Requirements: not thread-safe; one collector per document read.
 */
public final class ProblemCollector {
    private final String truncatedCode;
    private final List<Object[]> raw = new ArrayList<>();
    private int errors;
    /** The problems beyond {@link Limits#MAX_PROBLEMS}: counted, not kept. */
    private long dropped;
    private boolean droppedAnError;

    /**
     * A collector for one document.
     *
     * @param truncatedCode the code of the closing problem that counts the problems beyond the limit, such as
     *     {@code payload.problems.truncated}, not null
     */
    public ProblemCollector(String truncatedCode) {
        this.truncatedCode = Objects.requireNonNull(truncatedCode, "truncatedCode");
    }

    /**
     * Adds a problem.
     *
     * @param severity the severity
     * @param code the stable code, which is also the message key
     * @param pointer the JSON Pointer
     * @param arguments property names, limits or codes: never input values
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
     * Adds an error.
     *
     * @param code the stable code, which is also the message key
     * @param pointer the JSON Pointer
     * @param arguments property names, limits or codes: never input values
     */
    public void error(String code, String pointer, String... arguments) {
        add(Severity.ERROR, code, pointer, arguments);
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
     * The number of problems added so far, kept or dropped: a reader compares it before and after a part to
     * know whether the part had a problem.
     *
     * @return the count
     */
    public long count() {
        return raw.size() + dropped;
    }

    /**
     * The problems with their messages, in the order added, then the closing problem if any was dropped.
     *
     * @param messages the messages of the component, in the locale wanted
     * @return the problems, unsorted, not null
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
            problems.add(Problem.of(droppedAnError ? Severity.ERROR : Severity.WARNING, truncatedCode, "",
                    messages.format(truncatedCode, arguments), List.of(arguments)));
        }
        return problems;
    }

    /**
     * The problems with their messages, sorted by {@link Problem#ORDER}.
     *
     * @param messages the messages of the component, in the locale wanted
     * @return a new sorted list, not null
     */
    public List<Problem> sorted(Messages messages) {
        List<Problem> problems = toProblems(messages);
        problems.sort(Problem.ORDER);
        return problems;
    }
}
