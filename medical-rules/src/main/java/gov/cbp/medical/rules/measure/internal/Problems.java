package gov.cbp.medical.rules.measure.internal;

import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Collects problems found in measure definitions, with messages from the library's own bundle. */
public final class Problems {
    private static final Properties MESSAGES = load();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Adds a problem.
     *
     * @param severity the severity
     * @param code the code; its message is {@code code + ".message"}
     * @param pointer the JSON Pointer
     * @param arguments property names, codes and limits; never values from the input
     */
    public void add(Severity severity, String code, String pointer, String... arguments) {
        String template = MESSAGES.getProperty(code + ".message", code);
        String message = new MessageFormat(template, Locale.ROOT).format(arguments);
        problems.add(Problem.of(severity, code, pointer, message, List.of(arguments)));
    }

    /**
     * Whether an error was found.
     *
     * @return true if any problem is an error
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity().isError());
    }

    /**
     * The problems found.
     *
     * @return a copy, not null
     */
    public List<Problem> toList() {
        return List.copyOf(problems);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Problems.class.getResourceAsStream("/gov/cbp/medical/rules/measures/messages.properties")) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
