package gov.cbp.medical.rules.standard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import gov.cbp.medical.rules.standard.internal.CatalogueCheck;
import gov.cbp.medical.rules.standard.internal.PolicyReader;
import gov.cbp.medical.rules.standard.internal.StandardReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An immutable catalogue of standards, each in one or more versions, with any local policy layered over it.
 *
 * <p>The bundled {@link #baseline()} holds the requirement catalogue of the domain brief (section 4): TVPRA,
 * CBP TEDS 2015, CBP Directive 2210-004 and its 2020 implementation plans, the 2021 policy on pregnant,
 * postpartum and nursing people (and its 2025 rescission as a second version), and the OIG-21-49 newborn
 * release item. Its documents are resources under {@code gov/cbp/medical/rules/standards/<id>/<version>.json},
 * described by {@code standard.schema.json} beside them. A user's catalogue is read with {@link #load(Path)}
 * or {@link #load(InputStream)}, which check everything and return either a catalogue or every problem.
 *
 * <p>The version of a standard in force on a date is the one whose {@code effectiveFrom} is the latest on or
 * before the date, unless its {@code effectiveTo} is on or before the date. Dates are those of the facility's
 * time zone at the instant judged.
 *
 * <p>Implementation Requirements: immutable, thread-safe; compare with {@code equals}.
 *
 * @since 0.1
 */
public final class Catalogue {
    private static final String RESOURCES = "/gov/cbp/medical/rules/standards/";
    private static final ObjectMapper MAPPER = MedicalJson.configure(
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final Messages MESSAGES = StandardReader.messages(Locale.ROOT);
    private static volatile Catalogue baseline;

    private final List<Standard> standards;
    private final Map<String, List<Standard>> versions;
    private final Map<String, String> standardOfRequirement;
    private final Map<String, Waiver> waivers;
    private final Set<String> disabled;
    private final Optional<String> policyId;

    private Catalogue(List<Standard> standards, Map<String, Waiver> waivers, Set<String> disabled,
            Optional<String> policyId) {
        List<Standard> sorted = new ArrayList<>(standards);
        sorted.sort(Comparator.comparing(Standard::id).thenComparing(Standard::effectiveFrom));
        this.standards = List.copyOf(sorted);
        Map<String, List<Standard>> byId = new LinkedHashMap<>();
        Map<String, String> owners = new TreeMap<>();
        for (Standard standard : this.standards) {
            byId.computeIfAbsent(standard.id(), k -> new ArrayList<>()).add(standard);
            for (Requirement requirement : standard.requirements()) {
                owners.put(requirement.id(), standard.id());
            }
        }
        byId.replaceAll((k, v) -> List.copyOf(v));
        this.versions = Collections.unmodifiableMap(byId);
        this.standardOfRequirement = Collections.unmodifiableMap(owners);
        this.waivers = Map.copyOf(waivers);
        this.disabled = Set.copyOf(disabled);
        this.policyId = policyId;
    }

    /**
     * The bundled baseline catalogue of the domain brief.
     *
     * @return the catalogue, not null
     * @throws IllegalStateException if the bundled resources are missing or invalid (a packaging defect)
     */
    public static Catalogue baseline() {
        Catalogue result = baseline;
        if (result == null) {
            result = loadBaseline();
            baseline = result;
        }
        return result;
    }

    private static Catalogue loadBaseline() {
        try (InputStream index = Catalogue.class.getResourceAsStream(RESOURCES + "baseline.json")) {
            if (index == null) {
                throw new IllegalStateException("the baseline catalogue index is missing");
            }
            List<JsonNode> documents = new ArrayList<>();
            for (JsonNode path : MAPPER.readTree(index).get("standards")) {
                try (InputStream document = Catalogue.class.getResourceAsStream(RESOURCES + path.asText())) {
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
    public static CatalogueLoad load(Path path) throws IOException {
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
    public static CatalogueLoad load(InputStream json) throws IOException {
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
                : CatalogueLoad.of(new Catalogue(List.of(standard), Map.of(), Set.of(), Optional.empty()), sink.sorted(MESSAGES));
    }

    /**
     * Builds a catalogue from standards, with the same checks as loading; pointers start with
     * {@code /standards/<n>} in the order given.
     *
     * @param standards the standard versions, not null
     * @return the catalogue or every problem, not null
     */
    public static CatalogueLoad of(Collection<Standard> standards) {
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
        return CatalogueLoad.of(sink.hasErrors() ? null : new Catalogue(list, Map.of(), Set.of(), Optional.empty()),
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
                : CatalogueLoad.of(new Catalogue(standards, Map.of(), Set.of(), Optional.empty()), sink.sorted(MESSAGES));
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
     * Layers a local policy read from JSON over this catalogue.
     *
     * @param policyJson the policy document, not null; not closed
     * @return the layered catalogue or every problem, not null
     * @throws IOException if the stream cannot be read
     * @see #withPolicy(LocalPolicy)
     */
    public CatalogueLoad withPolicy(InputStream policyJson) throws IOException {
        ProblemCollector sink = StandardReader.problems();
        JsonNode node = parse(policyJson.readAllBytes(), "", sink);
        LocalPolicy policy = node == null ? null : new PolicyReader(sink).read(node);
        if (policy == null) {
            return CatalogueLoad.failed(sink.sorted(MESSAGES));
        }
        return withPolicy(policy, sink);
    }

    /**
     * Layers a local policy over this catalogue: each override changes its requirement in every version that
     * holds it. A stricter override (shorter deadline or interval, wider applicability) is accepted as it is; a
     * looser one only with a waiver, which every finding of the requirement then cites.
     *
     * @param policy the policy, not null
     * @return the layered catalogue or every problem, not null
     */
    public CatalogueLoad withPolicy(LocalPolicy policy) {
        return withPolicy(Objects.requireNonNull(policy, "policy"), StandardReader.problems());
    }

    private CatalogueLoad withPolicy(LocalPolicy policy, ProblemCollector sink) {
        Map<String, RequirementOverride> overrides = new LinkedHashMap<>();
        for (int i = 0; i < policy.overrides().size(); i++) {
            RequirementOverride override = policy.overrides().get(i);
            String pointer = "/overrides/" + i;
            Optional<Requirement> baselineRequirement = latest(override.requirementId());
            if (baselineRequirement.isEmpty()) {
                sink.error("policy.requirement.unknown", pointer + "/requirementId");
                continue;
            }
            if (overrides.containsKey(override.requirementId())) {
                sink.error("policy.requirement.duplicate", pointer + "/requirementId");
                continue;
            }
            Requirement requirement = baselineRequirement.get();
            if (!requirement.isComputable()) {
                sink.error("policy.requirement.notComputable", pointer + "/requirementId");
                continue;
            }
            if (override.every().isPresent() && requirement.rule() != RuleKind.RECURRING) {
                sink.error("policy.override.notApplicable", pointer + "/every", "every");
            }
            if (override.recurrenceMode().isPresent() && requirement.rule() != RuleKind.RECURRING) {
                sink.error("policy.override.notApplicable", pointer + "/recurrenceMode", "recurrenceMode");
            }
            if (override.deadline().isPresent() && requirement.rule() == RuleKind.RECURRING) {
                sink.error("policy.override.notApplicable", pointer + "/deadline", "deadline");
            }
            List<String> looser = new ArrayList<>();
            for (Requirement version : requirementVersions(override.requirementId())) {
                looser.addAll(looserAspects(version, override));
            }
            if (!looser.isEmpty() && override.waiver().isEmpty()) {
                sink.error("policy.override.looserWithoutWaiver", pointer,
                        String.join(", ", new TreeSet<>(looser)));
            }
            overrides.put(override.requirementId(), override);
        }
        Map<String, IntegrityOverride> integrity = integrityOverrides(policy, sink);
        if (sink.hasErrors()) {
            return CatalogueLoad.failed(sink.sorted(MESSAGES));
        }
        List<Standard> layered = new ArrayList<>();
        for (Standard standard : standards) {
            List<Requirement> requirements = new ArrayList<>();
            for (Requirement requirement : standard.requirements()) {
                RequirementOverride override = overrides.get(requirement.id());
                requirements.add(override == null ? requirement : apply(requirement, override));
            }
            List<IntegrityCheck> checks = new ArrayList<>();
            for (IntegrityCheck check : standard.integrityChecks()) {
                IntegrityOverride override = integrity.get(check.id());
                checks.add(override == null ? check : override.applyTo(check));
            }
            layered.add(standard.toBuilder().requirements(requirements).integrityChecks(checks).build());
        }
        Map<String, Waiver> newWaivers = new LinkedHashMap<>(waivers);
        Set<String> newDisabled = new HashSet<>(disabled);
        for (RequirementOverride override : overrides.values()) {
            override.waiver().ifPresent(waiver -> newWaivers.put(override.requirementId(), waiver));
            if (override.disabled()) {
                newDisabled.add(override.requirementId());
            }
        }
        for (IntegrityOverride override : integrity.values()) {
            if (override.disabled()) {
                newDisabled.add(override.checkId());
            }
        }
        return CatalogueLoad.of(new Catalogue(layered, newWaivers, newDisabled, Optional.of(policy.id())), sink.sorted(MESSAGES));
    }

    /** The policy's integrity overrides by check id; unknown or twice-named checks and unused numbers are problems. */
    private Map<String, IntegrityOverride> integrityOverrides(LocalPolicy policy, ProblemCollector sink) {
        Map<String, IntegrityOverride> result = new LinkedHashMap<>();
        for (int i = 0; i < policy.integrityOverrides().size(); i++) {
            IntegrityOverride override = policy.integrityOverrides().get(i);
            String pointer = "/integrityOverrides/" + i;
            Optional<IntegrityCheck> check = integrityCheck(override.checkId());
            if (check.isEmpty()) {
                sink.error("policy.integrity.unknown", pointer + "/checkId");
                continue;
            }
            if (result.containsKey(override.checkId())) {
                sink.error("policy.integrity.duplicate", pointer + "/checkId");
                continue;
            }
            java.util.Set<String> used = check.get().kind().numbers();
            java.util.Map<String, Boolean> present = new java.util.LinkedHashMap<>();
            present.put("maxDelay", override.maxDelay().isPresent());
            present.put("window", override.window().isPresent());
            present.put("minEvents", override.minEvents().isPresent());
            present.put("minSpread", override.minSpread().isPresent());
            present.put("spacingTolerance", override.spacingTolerance().isPresent());
            present.put("minRun", override.minRun().isPresent());
            present.forEach((name, isPresent) -> {
                if (isPresent && !used.contains(name)) {
                    sink.error("policy.integrity.notApplicable", pointer + "/" + name, name);
                }
            });
            result.put(override.checkId(), override);
        }
        return result;
    }

    /**
     * The latest definition of a record-integrity check.
     *
     * @param checkId the check id, not null
     * @return the check, empty if no version holds it
     * @since 0.2
     */
    public Optional<IntegrityCheck> integrityCheck(String checkId) {
        IntegrityCheck found = null;
        for (Standard standard : standards) {
            for (IntegrityCheck check : standard.integrityChecks()) {
                if (check.id().equals(checkId)) {
                    found = check;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<String> looserAspects(Requirement requirement, RequirementOverride override) {
        List<String> looser = new ArrayList<>();
        Optional<java.time.Duration> current = requirement.rule() == RuleKind.SCHEDULED_DOSES
                ? requirement.tolerance() : requirement.deadline();
        if (override.deadline().isPresent() && current.isPresent() && override.deadline().get().compareTo(current.get()) > 0) {
            looser.add("deadline");
        }
        if (override.every().isPresent() && requirement.recurrence().isPresent()
                && override.every().get().compareTo(requirement.recurrence().get().every()) > 0) {
            looser.add("every");
        }
        if (override.recurrenceMode().orElse(null) == RecurrenceMode.FIXED_SLOTS
                && requirement.recurrence().map(Recurrence::mode).orElse(null) == RecurrenceMode.MAX_GAP) {
            looser.add("recurrenceMode");
        }
        if (override.applicability().isPresent()
                && !override.applicability().get().isAtLeastAsWideAs(requirement.applicability())) {
            looser.add("applicability");
        }
        if (override.disabled()) {
            looser.add("disabled");
        }
        return looser;
    }

    private static Requirement apply(Requirement requirement, RequirementOverride override) {
        Requirement.Builder builder = requirement.toBuilder();
        override.deadline().ifPresent(deadline -> {
            if (requirement.rule() == RuleKind.SCHEDULED_DOSES) {
                builder.tolerance(deadline);
            } else {
                builder.deadline(deadline);
            }
        });
        requirement.recurrence().ifPresent(recurrence -> builder.recurrence(Recurrence.of(
                override.every().orElse(recurrence.every()), recurrence.during(),
                override.recurrenceMode().orElse(recurrence.mode()))));
        override.applicability().ifPresent(builder::applicability);
        if (!override.provenance().isEmpty()) {
            builder.provenance(override.provenance());
        }
        return builder.build();
    }

    /**
     * A copy of this catalogue in which the given standard version is the only version of its standard and is in
     * force at every date, for comparing versions ({@code VersionImpact}).
     *
     * @param standard the version, not null
     * @return the catalogue, not null
     */
    public Catalogue pinnedTo(Standard standard) {
        Objects.requireNonNull(standard, "standard");
        List<Standard> list = new ArrayList<>();
        for (Standard other : standards) {
            if (!other.id().equals(standard.id())) {
                list.add(other);
            }
        }
        Standard.Builder pinned = standard.toBuilder().effectiveFrom(LocalDate.of(1900, 1, 1));
        pinned.effectiveTo(Optional.empty());
        list.add(pinned.build());
        return new Catalogue(list, waivers, disabled, policyId);
    }

    /**
     * Every standard version, by standard id then effective date.
     *
     * @return the versions, not null
     */
    public List<Standard> standards() {
        return standards;
    }

    /**
     * The ids of the standards, sorted.
     *
     * @return the ids, not null
     */
    public List<String> standardIds() {
        return List.copyOf(new TreeSet<>(versions.keySet()));
    }

    /**
     * The versions of one standard, by effective date.
     *
     * @param standardId the standard id, not null
     * @return the versions, empty if the catalogue has no such standard
     */
    public List<Standard> versions(String standardId) {
        return versions.getOrDefault(standardId, List.of());
    }

    /**
     * One version of a standard.
     *
     * @param standardId the standard id, not null
     * @param version the version label, not null
     * @return the version, empty if none
     */
    public Optional<Standard> standard(String standardId, String version) {
        return versions(standardId).stream().filter(s -> s.version().equals(version)).findFirst();
    }

    /**
     * The version of a standard in force on a date.
     *
     * @param standardId the standard id, not null
     * @param date the date, not null
     * @return the version, empty if none is in force
     */
    public Optional<Standard> inForce(String standardId, LocalDate date) {
        Standard candidate = null;
        for (Standard standard : versions(standardId)) {
            if (!standard.effectiveFrom().isAfter(date)) {
                candidate = standard;
            }
        }
        if (candidate == null || candidate.effectiveTo().map(to -> !date.isBefore(to)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /**
     * The version of a standard in force at an instant, by the date in a time zone.
     *
     * @param standardId the standard id, not null
     * @param at the instant, not null
     * @param zone the time zone of the facility, not null
     * @return the version, empty if none is in force
     */
    public Optional<Standard> inForce(String standardId, Instant at, ZoneId zone) {
        return inForce(standardId, LocalDate.ofInstant(at, zone));
    }

    /**
     * The ids of all requirements in any version, sorted.
     *
     * @return the ids, not null
     */
    public List<String> requirementIds() {
        return List.copyOf(standardOfRequirement.keySet());
    }

    /**
     * The id of the standard that holds a requirement.
     *
     * @param requirementId the requirement id, not null
     * @return the standard id, empty if no version holds the requirement
     */
    public Optional<String> standardOf(String requirementId) {
        return Optional.ofNullable(standardOfRequirement.get(requirementId));
    }

    /**
     * The definitions of a requirement in each version that holds it, oldest first.
     *
     * @param requirementId the requirement id, not null
     * @return the definitions, empty if none
     */
    public List<Requirement> requirementVersions(String requirementId) {
        List<Requirement> result = new ArrayList<>();
        standardOf(requirementId).ifPresent(id -> {
            for (Standard standard : versions(id)) {
                standard.requirement(requirementId).ifPresent(result::add);
            }
        });
        return result;
    }

    private Optional<Requirement> latest(String requirementId) {
        List<Requirement> all = requirementVersions(requirementId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The waiver recorded by the local policy for a requirement.
     *
     * @param requirementId the requirement id, not null
     * @return the waiver, empty if none
     */
    public Optional<Waiver> waiver(String requirementId) {
        return Optional.ofNullable(waivers.get(requirementId));
    }

    /**
     * Whether the local policy switched a requirement off (under a waiver).
     *
     * @param requirementId the requirement id, not null
     * @return true if disabled
     */
    public boolean isDisabled(String requirementId) {
        return disabled.contains(requirementId);
    }

    /**
     * The id of the local policy layered over the catalogue.
     *
     * @return the id, empty for a catalogue without local policy
     */
    public Optional<String> policyId() {
        return policyId;
    }

    /**
     * Writes one standard version as a JSON document that {@link #load(InputStream)} reads back to an equal value.
     *
     * @param standard the version, not null
     * @return the JSON text, not null
     */
    public static String toJson(Standard standard) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(standard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a standard could not be written", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Catalogue && ((Catalogue) other).standards.equals(standards)
                && ((Catalogue) other).waivers.equals(waivers) && ((Catalogue) other).disabled.equals(disabled)
                && ((Catalogue) other).policyId.equals(policyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(standards, waivers, disabled, policyId);
    }

    @Override
    public String toString() {
        return "Catalogue{standards=" + standards.stream().map(s -> s.id() + "@" + s.version())
                .collect(Collectors.joining(", ")) + policyId.map(id -> ", policy=" + id).orElse("") + "}";
    }
}
