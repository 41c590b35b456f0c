package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Requirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What evaluation needs from a catalogue, resolved once: the computable requirements in id order, each with its
 * versions and definitions, so no episode repeats the catalogue's lookups. Immutable and thread-safe.
 */
public final class CataloguePlan {
    private final Catalogue catalogue;
    private final List<RequirementPlan> requirements;
    private final int standardCount;

    private CataloguePlan(Catalogue catalogue, Predicate<String> evaluated) {
        this.catalogue = catalogue;
        List<RequirementPlan> plans = new ArrayList<>();
        Map<String, Integer> standardIndex = new HashMap<>();
        Map<String, StandardVersions> compiled = new HashMap<>();
        for (String requirementId : catalogue.requirementIds()) {
            if (!evaluated.test(requirementId)) {
                continue;
            }
            String standardId = catalogue.standardOf(requirementId).orElseThrow();
            List<Requirement> definitions = catalogue.requirementVersions(requirementId);
            if (definitions.stream().noneMatch(Requirement::isComputable)) {
                continue;
            }
            int index = standardIndex.computeIfAbsent(standardId, k -> standardIndex.size());
            StandardVersions versions = compiled.computeIfAbsent(standardId, id -> new StandardVersions(catalogue.versions(id)));
            plans.add(new RequirementPlan(catalogue, requirementId, standardId, index, versions, definitions));
        }
        this.requirements = List.copyOf(plans);
        this.standardCount = standardIndex.size();
    }

    /**
     * Resolves a catalogue.
     *
     * @param catalogue the catalogue
     * @return the plan
     */
    public static CataloguePlan of(Catalogue catalogue) {
        return new CataloguePlan(catalogue, requirementId -> true);
    }

    /**
     * Resolves the requirements of a catalogue that pass a filter; the others are not evaluated.
     *
     * @param catalogue the catalogue
     * @param evaluated whether a requirement id is evaluated
     * @return the plan
     */
    public static CataloguePlan of(Catalogue catalogue, Predicate<String> evaluated) {
        return new CataloguePlan(catalogue, evaluated);
    }

    Catalogue catalogue() {
        return catalogue;
    }

    /** The computable requirements, by id. */
    List<RequirementPlan> requirements() {
        return requirements;
    }

    /** How many standards the computable requirements belong to; each has an index below this. */
    int standardCount() {
        return standardCount;
    }
}
