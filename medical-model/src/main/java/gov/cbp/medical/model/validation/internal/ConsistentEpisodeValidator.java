package gov.cbp.medical.model.validation.internal;

import gov.cbp.medical.model.custody.ConsistentEpisode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import java.time.Instant;

/**
 * The Bean Validation side of {@link ConsistentEpisode}: runs {@link EpisodeConsistency} and turns each error
 * into a constraint violation whose message starts with the problem code and pointer. Registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator} (and {@code provides} in the module
 * descriptor), so any Hibernate Validator factory finds it.
 */
public final class ConsistentEpisodeValidator implements ConstraintValidator<ConsistentEpisode, CustodyEpisode> {
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @Override
    public boolean isValid(CustodyEpisode episode, ConstraintValidatorContext context) {
        if (episode == null) {
            return true;
        }
        Instant notAfter = context.getClockProvider().getClock().instant().plus(FUTURE_TOLERANCE);
        boolean[] valid = {true};
        EpisodeConsistency.check(episode, notAfter, (severity, code, eventIndex, pointer, arguments) -> {
            if (!severity.isError()) {
                return;
            }
            if (valid[0]) {
                context.disableDefaultConstraintViolation();
                valid[0] = false;
            }
            String absolute = EpisodeConsistency.pointer(eventIndex, pointer);
            String message = "[" + code + "] " + absolute + ": " + Messages.of(java.util.Locale.ROOT).format(code, arguments);
            context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
        });
        return valid[0];
    }

    private static String escape(String message) {
        StringBuilder out = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
