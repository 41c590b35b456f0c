package gov.cbp.medical.rules.impact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * An immutable report of what a change of a standard's version would change: for a set of episodes evaluated at
 * one instant, the findings whose status differs, counted per requirement and transition — so a policy office
 * sees what a revision would change before it takes effect.
 *
 * <p>Each side is evaluated with the catalogue {@linkplain Catalogue#pinnedTo(Standard) pinned} to one version
 * (in force at every date); only the findings of that standard are compared, matched by episode, requirement,
 * trigger time, trigger events and interval end.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableVersionImpact.class)
@JsonDeserialize(as = ImmutableVersionImpact.class)
public interface VersionImpact {
    /**
     * The standard compared.
     *
     * @return the id, not null
     */
    String standardId();

    /**
     * The first version.
     *
     * @return the label, not null
     */
    String fromVersion();

    /**
     * The second version.
     *
     * @return the label, not null
     */
    String toVersion();

    /**
     * The number of episodes evaluated.
     *
     * @return the count
     */
    int episodes();

    /**
     * Every finding whose status differs, by episode, requirement and trigger time.
     *
     * @return the changes, not null
     */
    List<StatusChange> changes();

    /**
     * The number of changed findings per requirement, sorted by requirement id.
     *
     * @return requirement id to count, not null
     */
    @Value.Derived
    default Map<String, Integer> countsByRequirement() {
        Map<String, Integer> counts = new TreeMap<>();
        for (StatusChange change : changes()) {
            counts.merge(change.requirementId(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The number of changed findings per requirement and transition ({@code met->not-applicable}).
     *
     * @return requirement id to transition to count, sorted, not null
     */
    @Value.Derived
    default Map<String, Map<String, Integer>> transitionsByRequirement() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (StatusChange change : changes()) {
            counts.computeIfAbsent(change.requirementId(), k -> new TreeMap<>()).merge(change.transition(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Compares two versions of a standard over some episodes.
     *
     * @param catalogue the catalogue for the other standards, not null
     * @param from the first version, not null
     * @param to the second version, of the same standard, not null
     * @param episodes the episodes, not null
     * @param asOf the evaluation instant, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the versions are of different standards
     */
    static VersionImpact of(Catalogue catalogue, Standard from, Standard to, Collection<CustodyEpisode> episodes,
            Instant asOf) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(asOf, "asOf");
        if (!from.id().equals(to.id())) {
            throw new IllegalArgumentException("both versions must be of the same standard");
        }
        Evaluator before = Evaluator.of(catalogue.pinnedTo(from));
        Evaluator after = Evaluator.of(catalogue.pinnedTo(to));
        List<StatusChange> changes = new ArrayList<>();
        for (CustodyEpisode episode : episodes) {
            Map<List<Object>, Finding> old = index(before, episode, asOf, from.id());
            Map<List<Object>, Finding> neu = index(after, episode, asOf, from.id());
            Map<List<Object>, Finding> all = new LinkedHashMap<>(old);
            neu.forEach(all::putIfAbsent);
            for (Map.Entry<List<Object>, Finding> entry : all.entrySet()) {
                Optional<FindingStatus> a = Optional.ofNullable(old.get(entry.getKey())).map(Finding::status);
                Optional<FindingStatus> b = Optional.ofNullable(neu.get(entry.getKey())).map(Finding::status);
                if (!a.equals(b)) {
                    changes.add(StatusChange.of(episode.episodeId(), entry.getValue().requirementId(),
                            entry.getValue().triggerAt(), a, b));
                }
            }
        }
        return ImmutableVersionImpact.builder().standardId(from.id()).fromVersion(from.version())
                .toVersion(to.version()).episodes(episodes.size()).changes(changes).build();
    }

    /**
     * Compares two versions of a standard of the catalogue.
     *
     * @param catalogue the catalogue, not null
     * @param standardId the standard, not null
     * @param fromVersion the first version's label, not null
     * @param toVersion the second version's label, not null
     * @param episodes the episodes, not null
     * @param asOf the evaluation instant, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the catalogue lacks a version
     */
    static VersionImpact of(Catalogue catalogue, String standardId, String fromVersion, String toVersion,
            Collection<CustodyEpisode> episodes, Instant asOf) {
        Standard from = catalogue.standard(standardId, fromVersion)
                .orElseThrow(() -> new IllegalArgumentException("the catalogue lacks the first version"));
        Standard to = catalogue.standard(standardId, toVersion)
                .orElseThrow(() -> new IllegalArgumentException("the catalogue lacks the second version"));
        return of(catalogue, from, to, episodes, asOf);
    }

    private static Map<List<Object>, Finding> index(Evaluator evaluator, CustodyEpisode episode, Instant asOf,
            String standardId) {
        Map<List<Object>, Finding> result = new LinkedHashMap<>();
        for (Finding finding : evaluator.evaluate(episode, asOf).findings()) {
            if (finding.standardId().equals(standardId)) {
                result.put(List.of(finding.requirementId(), finding.triggerAt().map(Object::toString).orElse(""),
                        finding.triggerEventIds(), finding.intervalEnd().map(Object::toString).orElse("")), finding);
            }
        }
        return result;
    }
}
