package gov.cbp.medical.model.validation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The library's own message bundle ({@code gov/cbp/medical/model/validation/internal/Messages.properties}),
 * keyed by problem code plus {@code .message}.
 *
 * <p>The bundle is loaded from this module, so an application's {@code ValidationMessages.properties}
 * neither shadows nor clashes with it, on the class path and on the module path alike.
 */
public final class Messages {
    private static final String BUNDLE = "gov.cbp.medical.model.validation.internal.Messages";
    private static final Messages ROOT = new Messages(Locale.ROOT);

    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /**
     * The messages of a locale.
     *
     * @param locale the locale, not null
     * @return the messages, not null
     */
    public static Messages of(Locale locale) {
        return Locale.ROOT.equals(Objects.requireNonNull(locale, "locale")) ? ROOT : new Messages(locale);
    }

    /**
     * Renders the message of a code.
     *
     * @param code the problem code
     * @param arguments the arguments
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
