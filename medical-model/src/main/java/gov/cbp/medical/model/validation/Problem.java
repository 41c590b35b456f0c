package gov.cbp.medical.model.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;

/**
 * An immutable problem found in a payload: its severity, a stable code, the JSON Pointer (RFC 6901) of the
 * offending value and a message.
 *
 * <p>Codes have the form {@code <feature>.<subject>.<rule>} ({@code payload.field.required},
 * {@code episode.event.beforeBookIn}) and never change once published: programs branch on them. Messages
 * come from the library's own resource bundle and may be reworded. Neither a message nor an argument ever
 * contains a value taken from the payload: the rejected value may be personal data. Arguments hold only
 * property names, limits and codes defined by the library.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableProblem.class)
@JsonDeserialize(as = ImmutableProblem.class)
@JsonPropertyOrder({"severity", "code", "pointer", "message", "arguments"})
public interface Problem {
    /** Orders problems by pointer, then code, then severity: the order of every report. */
    Comparator<Problem> ORDER = Comparator.comparing(Problem::pointer)
            .thenComparing(Problem::code)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    /**
     * The severity.
     *
     * @return the severity, not null
     */
    Severity severity();

    /**
     * The stable code.
     *
     * @return the code, not null
     */
    String code();

    /**
     * The JSON Pointer of the offending value within the payload; {@code ""} for the whole document.
     *
     * @return the pointer, not null
     */
    String pointer();

    /**
     * The message, free of personal data.
     *
     * @return the message, not null
     */
    String message();

    /**
     * The message arguments: property names, limits and codes, never payload values.
     *
     * @return the arguments, not null
     */
    List<String> arguments();

    /**
     * Obtains a problem.
     *
     * @param severity the severity, not null
     * @param code the code, not null
     * @param pointer the JSON Pointer, not null
     * @param message the message, not null
     * @param arguments the arguments, not null
     * @return the problem, not null
     * @throws NullPointerException if any argument is null
     */
    static Problem of(Severity severity, String code, String pointer, String message, List<String> arguments) {
        return ImmutableProblem.builder()
                .severity(severity)
                .code(code)
                .pointer(pointer)
                .message(message)
                .arguments(arguments)
                .build();
    }
}
