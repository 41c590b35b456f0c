package gov.cbp.medical.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Build-time checks over the main sources of every module of the project, walked from the project root: no
 * file is over {@value #MAX_LINES} lines, no two share a name, and none is named like a test.
 */
class SourceFilesTest {
    static final int MAX_LINES = 700;
    /**
     * Main files allowed over the limit, by path from the project root: none since the testkit was split by
     * feature (issue 12). A file added here must say why, and the test below fails once it is back under.
     */
    static final Set<String> OVER_THE_LIMIT_FOR_NOW = Set.of();
    /** File names every package or module has by design. */
    static final Set<String> NAMES_OF_EVERY_PACKAGE = Set.of("package-info.java", "module-info.java");

    static Path root;
    static List<Path> sources;

    @BeforeAll
    static void walk() throws IOException {
        root = projectRoot();
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> mains = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted()
                    .collect(Collectors.toList());
            sources = new ArrayList<>();
            for (Path main : mains) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
                }
            }
        }
    }

    /** The directory of the root pom: the parent of this module, or above it. */
    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("medical-model")) && Files.isRegularFile(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the project root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    private static String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    @Test
    void walk_findsTheMainSourcesOfEveryModule() {
        Set<String> modules = sources.stream().map(f -> root.relativize(f).getName(0).toString())
                .collect(Collectors.toSet());
        assertThat(modules).contains("medical-model", "medical-rules", "medical-testkit", "examples", "medical-beam",
                "medical-spring-boot");
        assertThat(sources).extracting(SourceFilesTest::relative)
                .contains("medical-rules/src/main/java/gov/cbp/medical/rules/standard/Catalogue.java");
    }

    @Test
    void noMainSourceFile_isOverTheLimit() {
        Map<String, Integer> over = new TreeMap<>();
        for (Path file : sources) {
            int lines = lines(file);
            if (lines > MAX_LINES && !OVER_THE_LIMIT_FOR_NOW.contains(relative(file))) {
                over.put(relative(file), lines);
            }
        }
        assertThat(over).as("main source files over %d lines: split them by responsibility", MAX_LINES).isEmpty();
    }

    @Test
    void allowList_namesOnlyFilesStillOverTheLimit() {
        for (String allowed : OVER_THE_LIMIT_FOR_NOW) {
            Path file = root.resolve(allowed);
            assertThat(file).as("remove %s from the allow-list", allowed).exists();
            assertThat(lines(file)).as("%s is within the limit now: remove it from the allow-list", allowed)
                    .isGreaterThan(MAX_LINES);
        }
    }

    @Test
    void noTwoMainSourceFiles_shareAName() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Path file : sources) {
            String name = file.getFileName().toString();
            if (!NAMES_OF_EVERY_PACKAGE.contains(name)) {
                byName.computeIfAbsent(name.substring(0, name.length() - ".java".length()), k -> new ArrayList<>())
                        .add(relative(file));
            }
        }
        byName.values().removeIf(paths -> paths.size() == 1);
        byName.keySet().removeAll(ClassNamesTest.SHARED_FOR_NOW);
        assertThat(byName).as("main classes sharing a simple name").isEmpty();
    }

    @Test
    void noMainSourceFile_isNamedLikeATest() {
        List<String> testLike = sources.stream().map(SourceFilesTest::relative)
                .filter(p -> p.endsWith("Test.java") || p.endsWith("Tests.java"))
                .filter(p -> !ClassNamesTest.DOMAIN_NOUNS_ENDING_IN_TEST.contains(
                        p.substring(p.lastIndexOf('/') + 1, p.length() - ".java".length())))
                .collect(Collectors.toList());
        assertThat(testLike).isEmpty();
    }

    private static int lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return (int) lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
