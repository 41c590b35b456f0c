package gov.cbp.medical.rules.measure.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this library, read from the Maven metadata the jar carries. */
public final class LibraryVersion {
    /** The version stamped when the library runs from a build directory rather than its jar. */
    public static final String DEVELOPMENT = "development";
    private static final String POM = "/META-INF/maven/gov.cbp.medical/medical-rules/pom.properties";
    private static final String VERSION = read();

    private LibraryVersion() {}

    /**
     * The version.
     *
     * @return the jar's version, or {@value #DEVELOPMENT}
     */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream(POM)) {
            if (in == null) {
                String implementation = LibraryVersion.class.getPackage().getImplementationVersion();
                return implementation == null ? DEVELOPMENT : implementation;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", DEVELOPMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
