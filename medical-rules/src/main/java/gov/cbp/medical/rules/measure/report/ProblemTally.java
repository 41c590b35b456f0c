package gov.cbp.medical.rules.measure.report;

import gov.cbp.medical.model.validation.Severity;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import org.immutables.value.Value;

/**
 * An immutable count of the input lines (episodes) that had one validation problem code, with the first line
 * numbers, so that no invalid input is dropped silently. A line with the same code several times counts once.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableProblemTally.class)
@JsonDeserialize(as = ImmutableProblemTally.class)
@JsonPropertyOrder({"code", "severity", "episodes", "firstLines"})
public interface ProblemTally {
    /** The most line numbers kept per code. */
    int MAX_LINES = 10;

    /**
     * The problem code ({@code payload.field.required}, {@code episode.event.beforeBookIn}).
     *
     * @return the code, not null
     */
    String code();

    /**
     * The severity of the code as first reported.
     *
     * @return the severity, not null
     */
    Severity severity();

    /**
     * The number of lines with the code.
     *
     * @return the count, positive
     */
    long episodes();

    /**
     * The least line numbers (1-based) with the code, at most {@value #MAX_LINES}; empty for episodes given as
     * objects rather than lines.
     *
     * @return the line numbers in ascending order, not null
     */
    List<Long> firstLines();

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProblemTally}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableProblemTally.Builder {}
}
