package gov.cbp.medical.spring;

import gov.cbp.medical.model.validation.Problem;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by a controller to reject a payload with the problems the {@link
 * gov.cbp.medical.model.validation.PayloadValidator} found; {@link PayloadProblems} answers it with an RFC
 * 9457 problem detail that lists them. Its message counts the problems and never quotes the payload.
 *
 * <pre>{@code
 * ValidationResult<CustodyEpisode> result = validator.validate(body);
 * CustodyEpisode episode = result.value().orElseThrow(() -> new PayloadRejectedException(result.problems()));
 * }</pre>
 */
public final class PayloadRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * A rejection.
     *
     * @param problems the problems, not null; those that are not errors are listed too
     */
    public PayloadRejectedException(List<Problem> problems) {
        super("The payload has " + Objects.requireNonNull(problems, "problems").size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems.
     *
     * @return an unmodifiable list, not null
     */
    public List<Problem> problems() {
        return problems;
    }
}
