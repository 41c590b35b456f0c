package gov.cbp.medical.spring;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.BeanValidation;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers invalid payloads with RFC 9457 problem details ({@code application/problem+json}) whose
 * {@code problems} member lists every problem as the payload validator reports it: {@code severity},
 * {@code code}, {@code pointer} (a JSON Pointer into the request body) and {@code message}.
 *
 * <ul>
 *   <li>{@code @Valid @RequestBody CustodyEpisode} that breaks a rule: 422, type {@value #INVALID}, the
 *       episode's problems with the same codes and pointers as {@code PayloadValidator}; other {@code @Valid}
 *       bodies: their field errors under {@code bean.<Constraint>} codes;</li>
 *   <li>{@link PayloadRejectedException} thrown by a controller: 422, its problems;</li>
 *   <li>a body that cannot be read or bound: 400, type {@value #UNREADABLE}, without the parser's message
 *       (it may quote the payload, which may hold personal data).</li>
 * </ul>
 *
 * <p>No message quotes a rejected value. Applications' own advice takes precedence (this one is ordered
 * last).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PayloadProblems {
    /** The problem type of a payload that breaks the format's rules. */
    public static final String INVALID = "urn:cbp-medical:problem:invalid-payload";
    /** The problem type of a body that is not a readable payload. */
    public static final String UNREADABLE = "urn:cbp-medical:problem:unreadable-payload";

    /** Creates the advice; the auto-configuration does. */
    public PayloadProblems() {}

    /**
     * A {@code @Valid} body that breaks its constraints.
     *
     * @param exception the exception, not null
     * @return the problem detail, not null
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ProblemDetail invalidArgument(MethodArgumentNotValidException exception) {
        Object target = exception.getBindingResult().getTarget();
        List<Problem> problems;
        if (target instanceof CustodyEpisode) {
            problems = BeanValidation.validate(target, Clock.systemUTC()).problems();
        } else {
            problems = new ArrayList<>();
            for (FieldError error : exception.getBindingResult().getFieldErrors()) {
                problems.add(Problem.of(Severity.ERROR, "bean." + error.getCode(), "/" + error.getField().replace('.', '/'),
                        error.getDefaultMessage() == null ? error.getCode() : error.getDefaultMessage(), List.of()));
            }
        }
        return invalid(problems);
    }

    /**
     * A payload rejected by a controller.
     *
     * @param exception the exception, not null
     * @return the problem detail, not null
     */
    @ExceptionHandler(PayloadRejectedException.class)
    public ProblemDetail rejected(PayloadRejectedException exception) {
        return invalid(exception.problems());
    }

    /**
     * A body that cannot be read or bound.
     *
     * @param exception the exception, not null
     * @return the problem detail, not null
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not a readable payload: malformed JSON, or a value of the wrong type or an unknown code."
                        + " Validate it with PayloadValidator for every problem and its pointer.");
        detail.setType(URI.create(UNREADABLE));
        detail.setTitle("Unreadable payload");
        return detail;
    }

    private static ProblemDetail invalid(List<Problem> problems) {
        long errors = problems.stream().filter(p -> p.severity().isError()).count();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The payload has " + errors + " error(s).");
        detail.setType(URI.create(INVALID));
        detail.setTitle("Invalid payload");
        List<Map<String, String>> listed = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            Map<String, String> member = new LinkedHashMap<>();
            member.put("severity", problem.severity().code());
            member.put("code", problem.code());
            member.put("pointer", problem.pointer());
            member.put("message", problem.message());
            listed.add(member);
        }
        detail.setProperty("problems", listed);
        return detail;
    }
}
