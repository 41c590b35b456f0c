package gov.cbp.medical.rules.measure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import gov.cbp.medical.rules.measure.internal.DefinitionChecks;
import gov.cbp.medical.rules.measure.internal.DefinitionShapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Objects;
import java.util.Set;

/**
 * Reads measure-set files and reports every problem in them: structure first (missing, unknown and wrongly
 * typed properties, unknown codes, each with its JSON Pointer), then, once the structure is sound, the
 * semantic rules (scoring needs a numerator or an observation, criterion kinds use only their properties,
 * unique ids, ordered age bands, requirement ids well formed and, if a catalogue is given, known).
 *
 * <p>Problems reuse the model's {@link Problem} and {@link Severity}; codes start with {@code measure.}. No
 * message or argument repeats a value from the file. Reading never throws on bad content: the result says
 * what is wrong. {@link #baseline()} is the set the library ships.
 *
 * <pre>{@code
 * ValidationResult<MeasureSet> result = MeasureSetReader.create().read(Path.of("my-measures.json"));
 * result.problems().forEach(p -> report(p.severity() + " " + p.code() + " at " + p.pointer()));
 * MeasureSet set = result.value().orElseThrow();
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasureSetReader {
    /** The classpath resource of the baseline measure set. */
    public static final String BASELINE_RESOURCE = "/gov/cbp/medical/rules/measures/baseline.json";
    private static final ObjectMapper MAPPER = MedicalJson.mapper().copy()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** The bundle of measure-set problems, keyed by code plus {@code .message}. */
    private static final String BUNDLE = "gov.cbp.medical.rules.measure.internal.Messages";
    /** The code of the problem that closes the list when problems beyond the limit were dropped. */
    private static final String TRUNCATED = "measure.problems.truncated";
    private static volatile MeasureSet baseline;

    private final Set<String> knownRequirements;
    private final Messages messages;

    private MeasureSetReader(Set<String> knownRequirements, Messages messages) {
        this.knownRequirements = knownRequirements;
        this.messages = messages;
    }

    /**
     * A reader that checks requirement ids for form only.
     *
     * @return the reader, not null
     */
    public static MeasureSetReader create() {
        return new MeasureSetReader(null, messages(Locale.ROOT));
    }

    /**
     * A copy of this reader that also warns ({@code measure.requirement.unknown}) about requirement ids absent
     * from a catalogue.
     *
     * @param requirementIds the catalogue's requirement ids, not null
     * @return the reader, not null
     */
    public MeasureSetReader withKnownRequirements(Collection<String> requirementIds) {
        return new MeasureSetReader(Set.copyOf(requirementIds), messages);
    }

    /**
     * A copy of this reader whose problems' messages are in a locale; the library ships the root (English)
     * bundle, which is the default. Codes, pointers and arguments do not depend on the locale.
     *
     * @param locale the locale, not null
     * @return the reader, not null
     * @since 0.3
     */
    public MeasureSetReader withLocale(Locale locale) {
        return new MeasureSetReader(knownRequirements, messages(Objects.requireNonNull(locale, "locale")));
    }

    /** The messages of measure-set problems, looked up here: on the module path the bundle is this module's own. */
    private static Messages messages(Locale locale) {
        return Messages.of(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /**
     * Reads and checks a measure set.
     *
     * @param json the UTF-8 JSON, not null
     * @return the result: the set when no problem is an error, and every problem, not null
     */
    public ValidationResult<MeasureSet> read(byte[] json) {
        Objects.requireNonNull(json, "json");
        ProblemCollector problems = new ProblemCollector(TRUNCATED);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException e) {
            problems.add(Severity.FATAL, "measure.json.malformed", "");
            return ValidationResult.of(problems.toProblems(messages), null);
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add(Severity.FATAL, "measure.json.malformed", "");
            return ValidationResult.of(problems.toProblems(messages), null);
        }
        DefinitionShapes.measureSet().check(tree, "", problems);
        if (problems.hasErrors()) {
            return ValidationResult.of(problems.toProblems(messages), null);
        }
        MeasureSet set;
        try {
            set = MAPPER.treeToValue(tree, MeasureSet.class);
        } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
            problems.add(Severity.ERROR, "measure.json.unbindable", "");
            return ValidationResult.of(problems.toProblems(messages), null);
        }
        new DefinitionChecks(knownRequirements, problems).check(set);
        return ValidationResult.of(problems.toProblems(messages), set);
    }

    /**
     * Reads and checks a measure set from a stream, which is read to its end but not closed.
     *
     * @param json the stream of UTF-8 JSON, not null
     * @return the result, not null
     * @throws IOException if reading fails
     */
    public ValidationResult<MeasureSet> read(InputStream json) throws IOException {
        return read(json.readAllBytes());
    }

    /**
     * Reads and checks a measure-set file.
     *
     * @param file the file, not null
     * @return the result, not null
     * @throws IOException if reading fails
     */
    public ValidationResult<MeasureSet> read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    /**
     * Checks a measure set built in code against the semantic rules.
     *
     * @param set the set, not null
     * @return the problems, sorted by pointer, not null; empty if none
     */
    public List<Problem> check(MeasureSet set) {
        ProblemCollector problems = new ProblemCollector(TRUNCATED);
        new DefinitionChecks(knownRequirements, problems).check(Objects.requireNonNull(set, "set"));
        return ValidationResult.of(problems.toProblems(messages), set).problems();
    }

    /**
     * The baseline measure set the library ships ({@value #BASELINE_RESOURCE}).
     *
     * @return the set, not null
     * @throws IllegalStateException if the shipped resource is missing or invalid (a packaging defect)
     */
    public static MeasureSet baseline() {
        MeasureSet result = baseline;
        if (result == null) {
            try (InputStream in = MeasureSetReader.class.getResourceAsStream(BASELINE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("baseline measure set missing: " + BASELINE_RESOURCE);
                }
                ValidationResult<MeasureSet> read = create().read(in);
                result = read.value().orElseThrow(() -> new IllegalStateException(
                        "baseline measure set invalid: " + read.problems()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            baseline = result;
        }
        return result;
    }
}
