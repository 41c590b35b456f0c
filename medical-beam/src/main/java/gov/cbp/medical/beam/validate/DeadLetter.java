package gov.cbp.medical.beam.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.validation.Problem;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * A line that is not a valid episode: its file, its 1-based line number in that file, every problem found
 * (code, severity, JSON Pointer, message), and whether the report still measured it (a bound episode with
 * errors under the {@code measure} policy). It holds no content of the line, which may carry personal data:
 * the source and line number find it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class DeadLetter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String source;
    private final long line;
    private final List<Problem> problems;
    private final boolean measured;

    private DeadLetter(String source, long line, List<Problem> problems, boolean measured) {
        this.source = Objects.requireNonNull(source, "source");
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive");
        }
        this.line = line;
        this.problems = List.copyOf(problems);
        this.measured = measured;
    }

    /**
     * Obtains a dead letter.
     *
     * @param source the file's resource id, not null
     * @param line the 1-based line number, positive
     * @param problems the problems, not null
     * @param measured whether the episode was still measured
     * @return the dead letter, not null
     */
    public static DeadLetter of(String source, long line, List<Problem> problems, boolean measured) {
        return new DeadLetter(source, line, problems, measured);
    }

    /** @return the file's resource id */
    public String source() {
        return source;
    }

    /** @return the 1-based line number in the file */
    public long line() {
        return line;
    }

    /** @return every problem, sorted by pointer, then code */
    public List<Problem> problems() {
        return problems;
    }

    /** @return whether the report measured the episode despite its errors */
    public boolean measured() {
        return measured;
    }

    /**
     * The dead letter as one line of JSON, for a dead-letter file:
     * {@code {"source":…,"line":…,"measured":…,"problems":[{"severity":…,"code":…,"pointer":…,"message":…,"arguments":[…]}]}}.
     *
     * @return the JSON text, without a line terminator
     */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode().put("source", source).put("line", line).put("measured", measured);
        ArrayNode list = node.putArray("problems");
        for (Problem problem : problems) {
            ObjectNode item = list.addObject().put("severity", problem.severity().code()).put("code", problem.code())
                    .put("pointer", problem.pointer()).put("message", problem.message());
            ArrayNode arguments = item.putArray("arguments");
            problem.arguments().forEach(arguments::add);
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always writes
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DeadLetter)) {
            return false;
        }
        DeadLetter that = (DeadLetter) other;
        return line == that.line && measured == that.measured && source.equals(that.source) && problems.equals(that.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, line, problems, measured);
    }

    @Override
    public String toString() {
        return "DeadLetter{source=" + source + ", line=" + line + ", problems=" + problems.size() + ", measured=" + measured + "}";
    }
}
