package gov.cbp.medical.model.validation.reading;

import gov.cbp.medical.model.validation.Problem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The messages of one component's problems in one locale: a resource bundle keyed by problem code plus
 * {@code .message}, in {@link MessageFormat} syntax ({@code ''} for an apostrophe).
 *
 * <p>Every reader of the library renders its problems through this one mechanism; each component keeps its
 * own bundle (payloads in the model, standards and local policies, measure sets in the rules) and the locale
 * is chosen per call. The component looks its bundle up itself ({@code ResourceBundle.getBundle(baseName,
 * locale)} in the module that holds it): on the module path a bundle is visible to its own module only, and
 * an application's {@code ValidationMessages.properties} neither shadows nor clashes with it. The root bundles
 * are English; a code without a message renders as the code itself.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Messages {
    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The messages of a component's bundle, looked up by the component in the locale wanted.
     *
     * @param bundle the bundle, keyed by problem code plus {@code .message}, not null
     * @return the messages, not null
     */
    public static Messages of(ResourceBundle bundle) {
        return new Messages(Objects.requireNonNull(bundle, "bundle"));
    }

    /**
     * Renders the message of a code.
     *
     * @param code the problem code
     * @param arguments the arguments: property names, limits and codes, never input values
     * @return the message, never null; the code itself if the bundle lacks it
     */
    public String format(String code, String... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(code + ".message");
        } catch (MissingResourceException e) {
            return code;
        }
        return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /**
     * A problem with its message rendered from this bundle: the same severity, code, pointer and arguments,
     * so that a result read in one locale can be shown in another.
     *
     * @param problem a problem of this bundle's component, not null
     * @return the problem with this bundle's message, not null
     */
    public Problem render(Problem problem) {
        String message = format(problem.code(), problem.arguments().toArray(new String[0]));
        return Problem.of(problem.severity(), problem.code(), problem.pointer(), message, problem.arguments());
    }

    /**
     * Whether the bundle has a message for a code.
     *
     * @param code the code
     * @return true if it has
     */
    public boolean has(String code) {
        return bundle.containsKey(code + ".message");
    }
}
