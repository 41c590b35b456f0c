package gov.cbp.medical.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Spring Boot example is exactly {@link EpisodeApplication}, which EpisodeApplicationTest runs. */
class ReadmeSpringExampleTest {
    @Test
    void readme_quotesTheApplication() throws IOException {
        String source = Files.readString(Path.of("src/test/java/gov/cbp/medical/spring/EpisodeApplication.java"));
        String code = source.substring(source.indexOf("// readme:start") + "// readme:start".length(), source.indexOf("// readme:end"));
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(code.strip().split("\n")).hasSizeGreaterThan(20);
        for (String line : code.strip().split("\n")) {
            assertThat(readme).contains(line.strip());
        }
    }
}
