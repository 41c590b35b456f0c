package gov.cbp.medical.rules.standard.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The rules module's message bundle for catalogue and policy problems, loaded from this module so that it is
 * found on the class path and the module path alike.
 */
public final class Messages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("gov.cbp.medical.rules.standard.internal.Messages", Locale.ROOT);

    private Messages() {}

    /**
     * Renders the message of a code.
     *
     * @param code the problem code
     * @param arguments the arguments: property names and library codes only
     * @return the message; the code itself if the bundle lacks it
     */
    public static String format(String code, List<String> arguments) {
        String pattern;
        try {
            pattern = BUNDLE.getString(code + ".message");
        } catch (MissingResourceException e) {
            return code;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(arguments.toArray());
    }
}
