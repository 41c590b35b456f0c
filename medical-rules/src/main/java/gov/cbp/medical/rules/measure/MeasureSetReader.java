package gov.cbp.medical.rules.measure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.measure.internal.DefinitionChecks;
import gov.cbp.medical.rules.measure.internal.DefinitionShapes;
import gov.cbp.medical.rules.measure.internal.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
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
    private static volatile MeasureSet baseline;

    private final Set<String> knownRequirements;

    private MeasureSetReader(Set<String> knownRequirements) {
        this.knownRequirements = knownRequirements;
    }

    /**
     * A reader that checks requirement ids for form only.
     *
     * @return the reader, not null
     */
    public static MeasureSetReader create() {
        return new MeasureSetReader(null);
    }

    /**
     * A copy of this reader that also warns ({@code measure.requirement.unknown}) about requirement ids absent
     * from a catalogue.
     *
     * @param requirementIds the catalogue's requirement ids, not null
     * @return the reader, not null
     */
    public MeasureSetReader withKnownRequirements(Collection<String> requirementIds) {
        return new MeasureSetReader(Set.copyOf(requirementIds));
    }

    /**
     * Reads and checks a measure set.
     *
     * @param json the UTF-8 JSON, not null
     * @return the result: the set when no problem is an error, and every problem, not null
     */
    public ValidationResult<MeasureSet> read(byte[] json) {
        Objects.requireNonNull(json, "json");
        Problems problems = new Problems();
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException e) {
            problems.add(Severity.FATAL, "measure.json.malformed", "");
            return ValidationResult.of(problems.toList(), null);
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add(Severity.FATAL, "measure.json.malformed", "");
            return ValidationResult.of(problems.toList(), null);
        }
        DefinitionShapes.measureSet().check(tree, "", problems);
        if (problems.hasErrors()) {
            return ValidationResult.of(problems.toList(), null);
        }
        MeasureSet set;
        try {
            set = MAPPER.treeToValue(tree, MeasureSet.class);
        } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
            problems.add(Severity.ERROR, "measure.json.unbindable", "");
            return ValidationResult.of(problems.toList(), null);
        }
        new DefinitionChecks(knownRequirements, problems).check(set);
        return ValidationResult.of(problems.toList(), set);
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
        Problems problems = new Problems();
        new DefinitionChecks(knownRequirements, problems).check(Objects.requireNonNull(set, "set"));
        return ValidationResult.of(problems.toList(), set).problems();
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
