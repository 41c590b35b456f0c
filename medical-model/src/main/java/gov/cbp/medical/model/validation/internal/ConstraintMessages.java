package gov.cbp.medical.model.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The library's message interpolator, for any Bean Validation provider: resolves {@code {key}} from the
 * library's own bundle (the standard constraints' messages, read from inside this module so it works on the
 * module path), then {@code {attribute}} from the constraint's attributes. There is no expression language,
 * so no message can print the rejected value (which may be personal data); {@code \{ \} \$ \\} are
 * literal characters.
 *
 * <p>This is the Bean Validation side of the library's one message mechanism
 * ({@link gov.cbp.medical.model.validation.reading.Messages}): Bean Validation defines its own template
 * grammar, so the interpolator reads the raw templates, but from a bundle of this module in the locale the
 * provider asks for (the root bundle is English).
 */
public final class ConstraintMessages implements MessageInterpolator {
    private static final String BUNDLE = "gov.cbp.medical.model.validation.internal.ConstraintMessages";

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.ROOT);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return replace(replace(template, null, bundle), attributes, bundle);
    }

    /** One pass over the template; with {@code attributes} null, resolves bundle keys, otherwise attributes. */
    private static String replace(String template, Map<String, Object> attributes, ResourceBundle bundle) {
        StringBuilder out = new StringBuilder(template.length());
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                if (attributes == null) {
                    out.append(c);
                }
                out.append(template.charAt(++i));
            } else if (c == '{' && template.indexOf('}', i) > i) {
                int end = template.indexOf('}', i);
                String name = template.substring(i + 1, end);
                out.append(attributes == null ? key(name, bundle) : attribute(name, attributes));
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String key(String name, ResourceBundle bundle) {
        try {
            return bundle.getString(name);
        } catch (MissingResourceException e) {
            return "{" + name + "}";
        }
    }

    private static String attribute(String name, Map<String, Object> attributes) {
        Object value = attributes.get(name);
        return value == null ? "{" + name + "}" : String.valueOf(value);
    }
}
