package gov.cbp.medical.rules.standard;

import gov.cbp.medical.rules.standard.internal.StandardReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An immutable catalogue of standards, each in one or more versions, with any local policy layered over it.
 *
 * <p>The bundled {@link #baseline()} holds the requirement catalogue of the domain brief (section 4): TVPRA,
 * CBP TEDS 2015, CBP Directive 2210-004 and its 2020 implementation plans, the 2021 policy on pregnant,
 * postpartum and nursing people (and its 2025 rescission as a second version), and the OIG-21-49 newborn
 * release item. Its documents are resources under {@code gov/cbp/medical/rules/standards/<id>/<version>.json},
 * described by {@code standard.schema.json} beside them. A user's catalogue is read with {@link #load(Path)}
 * or {@link #load(InputStream)}, which check everything and return either a catalogue or every problem (the
 * reading is {@code CatalogueReader}'s); a local policy is layered over it with {@link #withPolicy(LocalPolicy)}
 * (the overlay is {@code PolicyOverlay}'s). This class is the value and its queries.
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

    /** A catalogue of checked standards, for the reader and the overlay; sorts and indexes them. */
    static Catalogue checked(List<Standard> standards, Map<String, Waiver> waivers, Set<String> disabled,
            Optional<String> policyId) {
        return new Catalogue(standards, waivers, disabled, policyId);
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
            result = CatalogueReader.baseline();
            baseline = result;
        }
        return result;
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
        return CatalogueReader.load(path);
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
        return CatalogueReader.load(json);
    }

    /**
     * Builds a catalogue from standards, with the same checks as loading; pointers start with
     * {@code /standards/<n>} in the order given.
     *
     * @param standards the standard versions, not null
     * @return the catalogue or every problem, not null
     */
    public static CatalogueLoad of(Collection<Standard> standards) {
        return CatalogueReader.of(standards);
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
        return CatalogueReader.withPolicy(this, Objects.requireNonNull(policyJson, "policyJson"));
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
        return PolicyOverlay.apply(this, Objects.requireNonNull(policy, "policy"), StandardReader.problems());
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

    /** The latest definition of a requirement, which a policy override is checked against. */
    Optional<Requirement> latest(String requirementId) {
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

    /** @return the waivers by requirement id, for the overlay */
    Map<String, Waiver> waivers() {
        return waivers;
    }

    /** @return the ids of the requirements and checks switched off, for the overlay */
    Set<String> disabledIds() {
        return disabled;
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
        return CatalogueReader.toJson(standard);
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
