package gov.cbp.medical.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Java block in {@code docs/examples.md} is quoted word for word from an example program. */
class ExamplesDocumentationTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path DOC = MODULE.getParent().resolve("docs/examples.md");
    private static final Path SOURCES = MODULE.resolve("src/main/java/gov/cbp/medical/examples");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlock_isQuotedFromAnExample() throws IOException {
        String sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted()
                    .map(ExamplesDocumentationTest::read).map(ExamplesDocumentationTest::normalize)
                    .collect(Collectors.joining("\n"));
        }
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(Files.readString(DOC));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).isNotEmpty();
        for (String block : blocks) {
            assertThat(sources).as("docs/examples.md quotes an example's code").contains(normalize(block));
        }
    }

    @Test
    void everyExampleProgram_hasASectionAndATest() throws IOException {
        String doc = Files.readString(DOC);
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java")).toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                assertThat(doc).as("docs/examples.md has a section on %s", name).contains("`" + name + "`");
                assertThat(MODULE.resolve("src/test/java/gov/cbp/medical/examples/" + name + "Test.java"))
                        .as("%s is run by a test", name).exists();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lines trimmed, blank lines dropped: indentation may differ between page and source. */
    private static String normalize(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
