package gov.cbp.medical.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem code the source can emit has a message, and every message belongs to a code. */
class MessagesTest {
    private static final Pattern CODE = Pattern.compile("\"((?:json|payload|episode)\\.[a-zA-Z]+\\.[a-zA-Z0-9_.]+)\"");

    static Set<String> codesInSource() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher matcher = CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        for (TextRule.Shape shape : TextRule.Shape.values()) {
            if (shape != TextRule.Shape.ANY) {
                codes.add(shape.code);
            } else {
                codes.remove(shape.code);
            }
        }
        return codes;
    }

    static Set<String> codesInBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/gov/cbp/medical/model/validation/internal/Messages.properties")) {
            bundle.load(in);
        }
        return bundle.stringPropertyNames().stream().filter(k -> !k.startsWith("gov."))
                .map(k -> k.substring(0, k.length() - ".message".length())).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyCodeHasAMessageAndEveryMessageACode() throws IOException {
        Set<String> source = codesInSource();
        assertThat(source).hasSizeGreaterThan(40);
        assertThat(codesInBundle()).containsExactlyInAnyOrderElementsOf(source);
    }

    @Test
    void format_fillsArgumentsAndKeepsApostrophes() {
        assertThat(EpisodeReader.messages(Locale.ROOT).format("payload.field.required", "at"))
                .isEqualTo("The property 'at' is required.");
        assertThat(EpisodeReader.messages(Locale.ROOT).format("no.such.code")).isEqualTo("no.such.code");
    }

    /** The closing problem of a truncated list says how many were dropped and what the limit is. */
    @Test
    void format_truncated_namesTheCountAndTheLimit() {
        assertThat(EpisodeReader.messages(Locale.ROOT).format("payload.problems.truncated", "250", "1000"))
                .contains("250").contains("1000");
    }
}
