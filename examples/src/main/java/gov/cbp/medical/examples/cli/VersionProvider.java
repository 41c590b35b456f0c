package gov.cbp.medical.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Standard;
import picocli.CommandLine.IVersionProvider;

/**
 * The tool's version, from a resource that the build writes, so that it is right in the jar and in tests,
 * with the versions of the data it ships: payload format, standards and measure set.
 */
public final class VersionProvider implements IVersionProvider {
    /**
     * The version of the tool, such as {@code 0.1.0}.
     *
     * @return the version, not null; {@code unknown} when the build resource is missing
     */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@code --version} prints: the library, the payload format it writes, each bundled standard with
     * its versions, the bundled measure set, and the runtime.
     */
    @Override
    public String[] getVersion() {
        Catalogue catalogue = Catalogue.baseline();
        List<String> standards = new ArrayList<>();
        for (String id : catalogue.standardIds()) {
            standards.add(id + " " + catalogue.versions(id).stream().map(Standard::version).collect(Collectors.joining(", ")));
        }
        MeasureSet measures = MeasureSetReader.baseline();
        return new String[] {
            "cbp-medical " + version(),
            "payload format " + CustodyEpisode.FORMAT_VERSION,
            "standards " + String.join("; ", standards),
            "measure set " + measures.id() + " " + measures.version(),
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
        };
    }
}
