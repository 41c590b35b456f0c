package gov.cbp.medical.model.validation.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pointer tokens are escaped in one place, {@link Pointer}: no other main source of this module spells the
 * RFC 6901 escapes (a byte-code rule cannot see string literals, so the sources are read).
 */
class PointerEscapingTest {
    /** A literal {@code "~0"} or {@code "~1"}: the makings of a pointer escape or unescape. */
    static final Pattern ESCAPE = Pattern.compile("\"~[01]\"");

    static List<String> escapingSources(Path sources, String allowedPackageDirectory) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(allowedPackageDirectory) && ESCAPE.matcher(Files.readString(file)).find()) {
                    found.add(relative);
                }
            }
        }
        return found;
    }

    @Test
    void onlyPointer_escapesPointerTokens() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(escapingSources(sources, "gov/cbp/medical/model/validation/reading/")).isEmpty();
        assertThat(ESCAPE.matcher(Files.readString(sources.resolve("gov/cbp/medical/model/validation/reading/Pointer.java")))
                .find()).as("the pattern finds the one escape there is").isTrue();
    }
}
