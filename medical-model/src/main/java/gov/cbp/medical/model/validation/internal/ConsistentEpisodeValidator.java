package gov.cbp.medical.model.validation.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import gov.cbp.medical.model.custody.ConsistentEpisode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.reading.Pointer;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Bean Validation side of {@link ConsistentEpisode}: checks the episode exactly as the payload reader
 * checks its JSON (every field constraint and every cross-field rule), and reports each error as a
 * violation whose property path is the problem's JSON Pointer ({@code events[6].holdRoom} for
 * {@code /events/6/holdRoom}) and whose message starts with the problem code and pointer.
 *
 * <p>Running the library's checks from a class-level constraint is what makes a plainly configured
 * provider ({@code Validation.buildDefaultValidatorFactory()}, the one Spring and Jakarta EE containers
 * build) see every constraint: such a provider sees only {@code getX()} accessors, and the model's are named
 * {@code x()}. Registered through {@code META-INF/services/jakarta.validation.ConstraintValidator} (and
 * {@code provides} in the module descriptor).
 */
public final class ConsistentEpisodeValidator implements ConstraintValidator<ConsistentEpisode, CustodyEpisode> {
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @Override
    public boolean isValid(CustodyEpisode episode, ConstraintValidatorContext context) {
        if (episode == null) {
            return true;
        }
        Instant notAfter = context.getClockProvider().getClock().instant().plus(FUTURE_TOLERANCE);
        boolean valid = true;
        for (Problem problem : problems(episode, notAfter)) {
            if (!problem.severity().isError()) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            String message = "[" + problem.code() + "] " + problem.pointer() + ": " + problem.message();
            report(context.buildConstraintViolationWithTemplate(escape(message)), problem.pointer());
        }
        return valid;
    }

    /**
     * The problems the payload reader reports for an episode's JSON.
     *
     * @param episode the episode, not null
     * @param notAfter the latest plausible instant, or null to skip the check
     * @return the problems, errors and warnings, not null
     */
    public static List<Problem> problems(CustodyEpisode episode, Instant notAfter) {
        ProblemCollector collector = EpisodeReader.problems();
        EpisodeReader.decode(asJson(episode), notAfter, collector);
        return collector.isEmpty() ? List.of() : collector.toProblems(EpisodeReader.messages(Locale.ROOT));
    }

    /** The episode's JSON as the model's mapper writes it, read token by token: no text, no tree. */
    private static Tape asJson(CustodyEpisode episode) {
        ObjectMapper mapper = MedicalJson.mapper();
        TokenBuffer tokens = new TokenBuffer(mapper, false);
        try {
            mapper.writeValue(tokens, episode);
            try (JsonParser parser = tokens.asParser()) {
                parser.nextToken();
                return Tape.read(parser, 4096);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the episode could not be written as JSON", e);
        } catch (Tape.Rejected e) {
            throw new IllegalStateException("the model's mapper wrote a property twice", e);
        }
    }

    /** Adds the violation with one property node per pointer name, list indexes on the node after them. */
    private static void report(ConstraintViolationBuilder builder, String pointer) {
        Object node = builder;
        Integer index = null;
        for (String segment : Pointer.tokens(pointer)) {
            if (index == null && node != builder && isIndex(segment)) {
                index = Integer.valueOf(segment);
                continue;
            }
            NodeBuilderCustomizableContext property = property(node, segment);
            node = index == null ? property : property.inIterable().atIndex(index);
            index = null;
        }
        if (index != null) {
            beanAt(node, index);
        } else if (node instanceof ConstraintViolationBuilder) {
            ((ConstraintViolationBuilder) node).addConstraintViolation();
        } else if (node instanceof NodeBuilderCustomizableContext) {
            ((NodeBuilderCustomizableContext) node).addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) node).addConstraintViolation();
        }
    }

    private static NodeBuilderCustomizableContext property(Object node, String name) {
        if (node instanceof ConstraintViolationBuilder) {
            return ((ConstraintViolationBuilder) node).addPropertyNode(name);
        }
        if (node instanceof NodeBuilderCustomizableContext) {
            return ((NodeBuilderCustomizableContext) node).addPropertyNode(name);
        }
        return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
    }

    private static void beanAt(Object node, int index) {
        if (node instanceof NodeBuilderCustomizableContext) {
            ((NodeBuilderCustomizableContext) node).addBeanNode().inIterable().atIndex(index).addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) node).addBeanNode().inIterable().atIndex(index).addConstraintViolation();
        }
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
