package gov.cbp.medical.rules.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem code the catalogue and policy readers can report has a message, and every message a code. */
class MessagesTest {
    static final List<String> TREE_CODES = List.of("field.required", "field.unknown", "field.type", "field.blank",
            "number.range", "date.format", "duration.format", "duration.negative", "duration.notPositive", "code.unknown");

    @Test
    void everyCode_hasAMessage_andEveryMessageACode() throws IOException {
        Path sources = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/gov/cbp/medical/rules/standard");
        TreeSet<String> codes = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:standard|policy|catalogue)\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)?)\"");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        for (String prefix : List.of("standard", "policy")) {
            for (String code : TREE_CODES) {
                codes.add(prefix + "." + code);
            }
        }
        Properties bundle = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/gov/cbp/medical/rules/standard/internal/Messages.properties")) {
            bundle.load(in);
        }
        TreeSet<String> keys = bundle.stringPropertyNames().stream().map(k -> k.substring(0, k.length() - ".message".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(keys).containsAll(codes);
        assertThat(codes).containsAll(keys);
    }
}
