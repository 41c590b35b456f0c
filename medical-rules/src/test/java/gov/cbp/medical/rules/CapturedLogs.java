package gov.cbp.medical.rules;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The {@link System.LoggerFinder} of the rules module's tests (registered through {@code META-INF/services}):
 * every record any {@link System.Logger} of the test JVM writes is kept as text (logger name, level, message
 * with its parameters, and the printed stack trace of any throwable), so that a test can read what the
 * library logged.
 */
public final class CapturedLogs extends System.LoggerFinder {
    private static final ConcurrentLinkedQueue<String> RECORDS = new ConcurrentLinkedQueue<>();

    /** The records kept so far, oldest first. */
    static List<String> records() {
        return List.copyOf(RECORDS);
    }

    /** Forgets the records kept so far. */
    static void clear() {
        RECORDS.clear();
    }

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new Captured(name);
    }

    private static final class Captured implements System.Logger {
        private final String name;

        Captured(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            StringWriter trace = new StringWriter();
            if (thrown != null) {
                thrown.printStackTrace(new PrintWriter(trace));
            }
            RECORDS.add(name + " " + level + " " + message + " " + trace);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... parameters) {
            String message = parameters == null || parameters.length == 0 ? format
                    : MessageFormat.format(format, parameters);
            RECORDS.add(name + " " + level + " " + message);
        }
    }
}
