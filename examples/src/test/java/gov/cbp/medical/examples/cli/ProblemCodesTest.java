package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.ProblemTally;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.testkit.EpisodeGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every problem code the libraries can emit — each message bundle's codes and the evaluator's failure code —
 * follows the documented grammar {@code <feature>.<subject>.<rule>} and every output schema's code pattern.
 */
class ProblemCodesTest {
    /** The grammar documented in docs/cli.md and Problem's javadoc. */
    static final Pattern GRAMMAR = Pattern.compile("^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*){2,}$");
    static final String[] BUNDLES = {
        "/gov/cbp/medical/model/validation/internal/Messages.properties",
        "/gov/cbp/medical/rules/standard/internal/Messages.properties",
        "/gov/cbp/medical/rules/evaluation/internal/Messages.properties",
        "/gov/cbp/medical/rules/measure/internal/Messages.properties"
    };

    static Set<String> codes() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String bundle : BUNDLES) {
            Properties properties = new Properties();
            try (InputStream in = ProblemCodesTest.class.getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                properties.load(in);
            }
            for (String key : properties.stringPropertyNames()) {
                if (key.endsWith(".message") && !key.startsWith("gov.")) {
                    codes.add(key.substring(0, key.length() - ".message".length()));
                }
            }
        }
        codes.add(evaluatorFailureCode());
        return codes;
    }

    /** The code the engine reports for an episode its evaluator failed on, as it reports it. */
    static String evaluatorFailureCode() {
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(episode -> {
                    throw new IllegalStateException("bug");
                }).build();
        List<ProblemTally> tallies = engine.run(List.of(EpisodeGenerator.juvenileDay()))
                .report(ReportSettings.of(Instant.parse("2025-04-01T00:00:00Z"), 0)).input().notEvaluated();
        assertThat(tallies).hasSize(1);
        return tallies.get(0).code();
    }

    /** Every pattern that an output schema gives a property named "code" of a problem. */
    static List<Pattern> schemaPatterns() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        try (DirectoryStream<Path> schemas = Files.newDirectoryStream(Cli.DOCS.resolve("cli"), "*.schema.json")) {
            for (Path schema : schemas) {
                collect(new ObjectMapper().readTree(schema.toFile()), patterns);
            }
        }
        return patterns;
    }

    private static void collect(JsonNode node, List<Pattern> patterns) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode pattern = field.getValue().get("pattern");
                if (field.getKey().equals("code") && pattern != null && pattern.asText().contains("\\.")) {
                    patterns.add(Pattern.compile(pattern.asText()));
                }
                collect(field.getValue(), patterns);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, patterns));
        }
    }

    @Test
    void everyCode_followsTheGrammarAndEveryOutputSchema() throws IOException {
        Set<String> codes = codes();
        assertThat(codes).hasSizeGreaterThan(80).contains("payload.text.shape.notBlank", "evaluation.episode.failed",
                "payload.instant.range");
        List<Pattern> patterns = schemaPatterns();
        assertThat(patterns).hasSizeGreaterThanOrEqualTo(4);
        for (String code : codes) {
            assertThat(code).as("documented grammar").matches(GRAMMAR);
            for (Pattern pattern : patterns) {
                assertThat(pattern.matcher(code).find()).as(code + " against " + pattern).isTrue();
            }
        }
    }

    @Test
    void aValidatorsCodes_areAllInTheBundles() throws IOException {
        // a sample problem as the validator makes it is one of the enumerated codes
        String code = PayloadValidator.create().validate("{\"formatVersion\":\"1.0\"}").problems().get(0).code();
        assertThat(codes()).contains(code);
    }
}
