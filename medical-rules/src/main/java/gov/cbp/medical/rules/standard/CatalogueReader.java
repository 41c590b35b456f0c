package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.standard.internal.CatalogueCheck;
import gov.cbp.medical.rules.standard.internal.PolicyReader;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import gov.cbp.medical.rules.standard.internal.StandardReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads {@link Catalogue}s: the bundled baseline, a user's file or directory of standard documents, a list of
 * standards built in Java, and the JSON of a local policy to layer over one. Every problem is collected; a
 * catalogue is made only from input without errors. The value itself is {@link Catalogue}; the policy
 * overlay is {@link PolicyOverlay}.
 *
 * <p>Implementation Requirements: stateless apart from a thread-safe mapper; thread-safe.
 */
final class CatalogueReader {
    private static final Messages MESSAGES = StandardReader.messages(Locale.ROOT);
    private static final String RESOURCES = "/gov/cbp/medical/rules/standards/";
    private static final ObjectMapper MAPPER = MedicalJson.configure(
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private CatalogueReader() {}

    /**
     * Reads the bundled baseline.
     *
     * @return the catalogue, not null
     * @throws IllegalStateException if the bundled resources are missing or invalid (a packaging defect)
     */
    static Catalogue baseline() {
        try (InputStream index = CatalogueReader.class.getResourceAsStream(RESOURCES + "baseline.json")) {
            if (index == null) {
                throw new IllegalStateException("the baseline catalogue index is missing");
            }
            List<JsonNode> documents = new ArrayList<>();
            for (JsonNode path : MAPPER.readTree(index).get("standards")) {
                try (InputStream document = CatalogueReader.class.getResourceAsStream(RESOURCES + path.asText())) {
                    if (document == null) {
                        throw new IllegalStateException("a baseline standard is missing: " + path.asText());
                    }
                    documents.add(MAPPER.readTree(document));
                }
            }
            return fromDocuments(documents, StandardReader.problems()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("the baseline catalogue cannot be read", e);
        }
    }

    /**
     * Loads a catalogue from a file or a directory.
     *
     * <p>A directory holds one standard version per file, as {@code <standard-id>/<version>.json}; its documents
     * are numbered in the order of their paths, and a problem's pointer starts with {@code /standards/<n>}. A file
     * holds either one standard document or a catalogue document {@code {"standards": [...]}}.
     *
     * @param path the file or directory, not null
     * @return the catalogue or every problem, not null
     * @throws IOException if a file cannot be read
     */
    static CatalogueLoad load(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        if (!Files.isDirectory(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return load(in);
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path, 2)) {
            files = walk.filter(p -> path.relativize(p).getNameCount() == 2)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> path.relativize(p).toString()))
                    .collect(Collectors.toList());
        }
        ProblemCollector sink = StandardReader.problems();
        List<JsonNode> documents = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode node = parse(Files.readAllBytes(files.get(i)), "/standards/" + i, sink);
            documents.add(node);
        }
        return fromDocuments(documents, sink);
    }

    /**
     * Loads a catalogue from one JSON document: a standard document or a catalogue document
     * {@code {"standards": [...]}}.
     *
     * @param json the document, not null; not closed
     * @return the catalogue or every problem, not null
     * @throws IOException if the stream cannot be read
     */
    static CatalogueLoad load(InputStream json) throws IOException {
        ProblemCollector sink = StandardReader.problems();
        JsonNode node = parse(json.readAllBytes(), "", sink);
        if (node == null) {
            return CatalogueLoad.failed(sink.sorted(MESSAGES));
        }
        if (node.isObject() && node.has("standards")) {
            JsonNode list = node.get("standards");
            if (!list.isArray()) {
                sink.error("standard.field.type", "/standards", "standards", "an array");
                return CatalogueLoad.failed(sink.sorted(MESSAGES));
            }
            List<JsonNode> documents = new ArrayList<>();
            list.forEach(documents::add);
            return fromDocuments(documents, sink);
        }
        List<String> requirementPointers = new ArrayList<>();
        Standard standard = new StandardReader(sink).read(node, "", requirementPointers);
        if (standard != null) {
            new CatalogueCheck(sink).check(List.of(standard), List.of(""), List.of(requirementPointers));
        }
        return sink.hasErrors() ? CatalogueLoad.failed(sink.sorted(MESSAGES))
                : CatalogueLoad.of(Catalogue.checked(List.of(standard), Map.of(), Set.of(), Optional.empty()), sink.sorted(MESSAGES));
    }

    /**
     * Builds a catalogue from standards, with the same checks as loading; pointers start with
     * {@code /standards/<n>} in the order given.
     *
     * @param standards the standard versions, not null
     * @return the catalogue or every problem, not null
     */
    static CatalogueLoad of(Collection<Standard> standards) {
        ProblemCollector sink = StandardReader.problems();
        List<Standard> list = new ArrayList<>(standards);
        List<String> pointers = new ArrayList<>();
        List<List<String>> requirementPointers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            pointers.add("/standards/" + i);
            List<String> rp = new ArrayList<>();
            for (int r = 0; r < list.get(i).requirements().size(); r++) {
                rp.add("/standards/" + i + "/requirements/" + r);
            }
            requirementPointers.add(rp);
        }
        if (list.isEmpty()) {
            sink.error("catalogue.standards.empty", "/standards");
        }
        new CatalogueCheck(sink).check(list, pointers, requirementPointers);
        return CatalogueLoad.of(sink.hasErrors() ? null : Catalogue.checked(list, Map.of(), Set.of(), Optional.empty()),
                sink.sorted(MESSAGES));
    }

    private static CatalogueLoad fromDocuments(List<JsonNode> documents, ProblemCollector sink) {
        StandardReader reader = new StandardReader(sink);
        List<Standard> standards = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        List<List<String>> requirementPointers = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) == null) {
                continue;
            }
            List<String> rp = new ArrayList<>();
            Standard standard = reader.read(documents.get(i), "/standards/" + i, rp);
            if (standard != null) {
                standards.add(standard);
                pointers.add("/standards/" + i);
                requirementPointers.add(rp);
            }
        }
        if (documents.isEmpty()) {
            sink.error("catalogue.standards.empty", "/standards");
        }
        new CatalogueCheck(sink).check(standards, pointers, requirementPointers);
        return sink.hasErrors() ? CatalogueLoad.failed(sink.sorted(MESSAGES))
                : CatalogueLoad.of(Catalogue.checked(standards, Map.of(), Set.of(), Optional.empty()), sink.sorted(MESSAGES));
    }

    private static JsonNode parse(byte[] bytes, String pointer, ProblemCollector sink) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                sink.error("catalogue.json.malformed", pointer, "1", "1");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            sink.error("catalogue.json.malformed", pointer, String.valueOf(location == null ? 0 : location.getLineNr()),
                    String.valueOf(location == null ? 0 : location.getColumnNr()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }

    /**
     * Reads a local policy from JSON and layers it over a catalogue.
     *
     * @param base the catalogue, not null
     * @param policyJson the policy document, not null; not closed
     * @return the layered catalogue or every problem, not null
     * @throws IOException if the stream cannot be read
     */
    static CatalogueLoad withPolicy(Catalogue base, InputStream policyJson) throws IOException {
        ProblemCollector sink = StandardReader.problems();
        JsonNode node = parse(policyJson.readAllBytes(), "", sink);
        LocalPolicy policy = node == null ? null : new PolicyReader(sink).read(node);
        if (policy == null) {
            return CatalogueLoad.failed(sink.sorted(MESSAGES));
        }
        return PolicyOverlay.apply(base, policy, sink);
    }

    /**
     * Writes one standard version as a JSON document that {@link Catalogue#load(InputStream)} reads back to an equal value.
     *
     * @param standard the version, not null
     * @return the JSON text, not null
     */
    static String toJson(Standard standard) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(standard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a standard could not be written", e);
        }
    }
}
