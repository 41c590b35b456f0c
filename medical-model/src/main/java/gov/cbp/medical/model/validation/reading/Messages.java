package gov.cbp.medical.model.validation.reading;

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
 * is chosen per call. The bundle is loaded on behalf of the module that owns it, so an application's
 * {@code ValidationMessages.properties} neither shadows nor clashes with it, on the class path and on the
 * module path alike. The root bundles are English; a code without a message renders as the code itself.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Messages {
    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The messages of a component in a locale.
     *
     * @param baseName the bundle's base name, such as {@code gov.cbp.medical.model.validation.internal.Messages},
     *     not null
     * @param owner the module that holds the bundle, not null
     * @param locale the locale, not null; {@link Locale#ROOT} for the English root bundle
     * @return the messages, not null
     * @throws MissingResourceException if the module has no such bundle (a packaging defect)
     */
    public static Messages of(String baseName, Module owner, Locale locale) {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(locale, "locale");
        return new Messages(ResourceBundle.getBundle(baseName, locale, owner));
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
     * Whether the bundle has a message for a code.
     *
     * @param code the code
     * @return true if it has
     */
    public boolean has(String code) {
        return bundle.containsKey(code + ".message");
    }
}
