package gov.cbp.medical.model.validation;

import gov.cbp.medical.model.custody.CustodyEpisode;
import java.util.Objects;

/**
 * An immutable result for one line of a JSON Lines stream: its 1-based line number and its validation result.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 */
public final class LineResult {
    private final long line;
    private final ValidationResult<CustodyEpisode> result;

    private LineResult(long line, ValidationResult<CustodyEpisode> result) {
        this.line = line;
        this.result = result;
    }

    /**
     * Obtains a line result.
     *
     * @param line the 1-based line number, positive
     * @param result the result, not null
     * @return the line result, not null
     * @throws IllegalArgumentException if {@code line} is not positive
     */
    public static LineResult of(long line, ValidationResult<CustodyEpisode> result) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive");
        }
        return new LineResult(line, Objects.requireNonNull(result, "result"));
    }

    /**
     * The 1-based line number.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * The validation result of the line.
     *
     * @return the result, not null
     */
    public ValidationResult<CustodyEpisode> result() {
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineResult
                && ((LineResult) other).line == line
                && ((LineResult) other).result.equals(result);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + result.hashCode();
    }

    @Override
    public String toString() {
        return "LineResult{line=" + line + ", valid=" + result.isValid() + ", problems=" + result.problems().size() + "}";
    }
}
