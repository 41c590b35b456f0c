package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the tool in-process as the documentation shows it, and compares output with golden files under
 * {@code src/test/resources/golden/cli/}. Regenerate the goldens only on purpose:
 * {@code ./mvnw -B verify -pl examples -am -Dgolden.update=true}.
 */
final class Cli {
    /** The examples module's directory: surefire runs tests there. */
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path GOLDEN = MODULE.resolve("src/test/resources/golden/cli");
    static final Path DOCS = MODULE.getParent().resolve("docs");
    static final String EPISODES = "src/test/resources/episodes/";
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Cli() {}

    /** The outcome of one run. */
    static final class Run {
        final int exitCode;
        final String out;
        final String err;

        Run(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }

        /** Asserts the exit code, and that nothing looks like a stack trace. */
        Run exits(int expected) {
            assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(expected);
            assertThat(out + err).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
                    .doesNotContainPattern("\\b[a-z]\\w*(\\.\\w+)+\\.\\w*(Exception|Error)\\b");
            return this;
        }

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Asserts that stdout equals a golden file. */
        Run matchesGolden(String name) {
            Cli.matchesGolden(name, out);
            return this;
        }

        /** Asserts that stdout is valid against {@code docs/cli/<schema>.schema.json}. */
        Run conformsTo(String schema) {
            Cli.conformsTo(schema, json());
            return this;
        }
    }

    static Run run(String... args) {
        return runWithInput(new ByteArrayInputStream(new byte[0]), args);
    }

    static Run runWithInput(String stdin, String... args) {
        return runWithInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static Run runWithInput(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CbpMedical.commandLine(stdin)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    static void matchesGolden(String name, String actual) {
        Path file = GOLDEN.resolve(name);
        try {
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s; create it with -Dgolden.update=true", file).exists();
            String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertThat(actual).as("output differs from golden %s (regenerate with -Dgolden.update=true)", name)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a schema under docs/cli/ by its file IRI, or null for any other IRI. */
    private static String siblingSchema(String iri) {
        Path directory = DOCS.resolve("cli");
        String prefix = directory.toUri().toString();
        if (!iri.startsWith(prefix)) {
            return null;
        }
        try {
            return Files.readString(directory.resolve(iri.substring(prefix.length())), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void conformsTo(String schemaName, JsonNode document) {
        Schema schema = SCHEMAS.computeIfAbsent(schemaName, name -> {
            try {
                Path file = DOCS.resolve("cli/" + name + ".schema.json");
                JsonNode node = JSON.readTree(file.toFile());
                // located at its file, so that a $ref to a sibling schema (evaluate.schema.json#/$defs/finding) resolves
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemas(Cli::siblingSchema))
                        .getSchema(SchemaLocation.of(file.toUri().toString()), node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Error> errors = schema.validate(document);
        assertThat(errors).as("output conforms to docs/cli/%s.schema.json", schemaName).isEmpty();
    }
}
