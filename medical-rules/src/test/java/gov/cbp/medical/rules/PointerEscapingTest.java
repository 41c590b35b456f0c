package gov.cbp.medical.rules;

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
 * The rules escape JSON Pointer tokens only through the model's {@code validation.reading.Pointer}: no main
 * source here spells the RFC 6901 escapes (a byte-code rule cannot see string literals, so the sources are
 * read).
 */
class PointerEscapingTest {
    /** A literal {@code "~0"} or {@code "~1"}: the makings of a pointer escape or unescape. */
    private static final Pattern ESCAPE = Pattern.compile("\"~[01]\"");

    @Test
    void noRulesSource_escapesPointerTokensItself() throws IOException {
        List<String> found = new ArrayList<>();
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                if (ESCAPE.matcher(Files.readString(file)).find()) {
                    found.add(sources.relativize(file).toString());
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(ESCAPE.matcher("token.replace(\"~\", \"~0\")").find()).as("the pattern finds an escape").isTrue();
    }
}
