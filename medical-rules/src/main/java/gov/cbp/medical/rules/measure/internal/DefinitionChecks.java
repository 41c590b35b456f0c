package gov.cbp.medical.rules.measure.internal;

import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import gov.cbp.medical.rules.measure.Criterion;
import gov.cbp.medical.rules.measure.CriterionKind;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.Observation;
import gov.cbp.medical.rules.measure.ObservationAttribute;
import gov.cbp.medical.rules.measure.PopulationBasis;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.Stratifier;
import gov.cbp.medical.rules.measure.StratifierDimension;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The semantic rules of measure definitions, checked on bound values; every problem is reported. */
public final class DefinitionChecks {
    /** The deepest nesting of criteria accepted. */
    public static final int MAX_DEPTH = 16;
    private static final Pattern MEASURE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern STRATIFIER_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*(-[A-Za-z0-9.]+)?");

    private final Set<String> knownRequirements;
    private final ProblemCollector problems;

    /**
     * A checker.
     *
     * @param knownRequirements the catalogue's requirement ids, or null to skip that check
     * @param problems receives the problems
     */
    public DefinitionChecks(Set<String> knownRequirements, ProblemCollector problems) {
        this.knownRequirements = knownRequirements;
        this.problems = problems;
    }

    /**
     * Checks a measure set.
     *
     * @param set the set
     */
    public void check(MeasureSet set) {
        String major = set.formatVersion().split("\\.", -1)[0];
        if (!major.equals(MeasureSet.FORMAT_VERSION.split("\\.", -1)[0])) {
            problems.add(Severity.ERROR, "measure.set.formatVersion", "/formatVersion", MeasureSet.FORMAT_VERSION);
        }
        if (!VERSION.matcher(set.version()).matches()) {
            problems.add(Severity.ERROR, "measure.version.format", "/version");
        }
        if (set.measures().isEmpty()) {
            problems.add(Severity.ERROR, "measure.set.empty", "/measures");
        }
        Set<String> commonIds = checkStratifiers(set.stratifiers(), "/stratifiers", new HashSet<>());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < set.measures().size(); i++) {
            MeasureDefinition measure = set.measures().get(i);
            String at = "/measures/" + i;
            if (!ids.add(measure.id())) {
                problems.add(Severity.ERROR, "measure.id.duplicate", at + "/id");
            }
            check(measure, at, new HashSet<>(commonIds));
        }
    }

    private void check(MeasureDefinition measure, String at, Set<String> stratifierIds) {
        if (measure.id().length() > 64 || !MEASURE_ID.matcher(measure.id()).matches()) {
            problems.add(Severity.ERROR, "measure.id.format", at + "/id");
        }
        if (!VERSION.matcher(measure.version()).matches()) {
            problems.add(Severity.ERROR, "measure.version.format", at + "/version");
        }
        if (measure.requirementIds().isEmpty()) {
            problems.add(Severity.ERROR, "measure.requirements.empty", at + "/requirementIds");
        }
        checkRequirements(measure.requirementIds(), at + "/requirementIds");
        boolean continuous = measure.scoring() == Scoring.CONTINUOUS_VARIABLE;
        if (continuous) {
            if (measure.numerator().isPresent()) {
                problems.add(Severity.ERROR, "measure.scoring.numeratorNotAllowed", at + "/numerator");
            }
            if (measure.numeratorExclusion().isPresent()) {
                problems.add(Severity.ERROR, "measure.scoring.numeratorNotAllowed", at + "/numeratorExclusion");
            }
            if (measure.observation().isEmpty()) {
                problems.add(Severity.ERROR, "measure.scoring.observationRequired", at + "/observation",
                        measure.scoring().code());
            }
        } else {
            if (measure.numerator().isEmpty()) {
                problems.add(Severity.ERROR, "measure.scoring.numeratorRequired", at + "/numerator",
                        measure.scoring().code());
            }
            if (measure.observation().isPresent()) {
                problems.add(Severity.ERROR, "measure.scoring.observationNotAllowed", at + "/observation");
            }
        }
        PopulationBasis basis = measure.basis();
        check(measure.initialPopulation(), basis, at + "/initialPopulation", 1);
        measure.denominator().ifPresent(c -> check(c, basis, at + "/denominator", 1));
        measure.denominatorExclusion().ifPresent(c -> check(c, basis, at + "/denominatorExclusion", 1));
        measure.numerator().ifPresent(c -> check(c, basis, at + "/numerator", 1));
        measure.numeratorExclusion().ifPresent(c -> check(c, basis, at + "/numeratorExclusion", 1));
        measure.observation().ifPresent(o -> check(o, measure, at + "/observation"));
        checkStratifiers(measure.stratifiers(), at + "/stratifiers", stratifierIds);
    }

    private void checkRequirements(List<String> requirements, String at) {
        for (int i = 0; i < requirements.size(); i++) {
            String id = requirements.get(i);
            if (!REQUIREMENT_ID.matcher(id).matches()) {
                problems.add(Severity.ERROR, "measure.requirement.format", at + "/" + i);
            } else if (knownRequirements != null && !knownRequirements.contains(id)) {
                problems.add(Severity.WARNING, "measure.requirement.unknown", at + "/" + i);
            }
        }
    }

    private void check(Criterion criterion, PopulationBasis basis, String at, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add(Severity.ERROR, "measure.criterion.depth", at, Integer.toString(MAX_DEPTH));
            return;
        }
        CriterionKind kind = criterion.kind();
        Set<String> uses = new HashSet<>();
        switch (kind) {
            case ALL_OF:
            case ANY_OF:
                uses.add("criteria");
                if (criterion.criteria().isEmpty()) {
                    problems.add(Severity.ERROR, "measure.criterion.arity", at + "/criteria", kind.code(), "1 or more");
                }
                break;
            case NOT:
                uses.add("criteria");
                if (criterion.criteria().size() != 1) {
                    problems.add(Severity.ERROR, "measure.criterion.arity", at + "/criteria", kind.code(), "exactly 1");
                }
                break;
            case FINDING:
                uses.add("requirements");
                uses.add("quantifier");
                uses.add("statuses");
                if (criterion.requirements().isEmpty()) {
                    problems.add(Severity.ERROR, "measure.criterion.propertyRequired", at + "/requirements",
                            kind.code(), "requirements");
                }
                checkRequirements(criterion.requirements(), at + "/requirements");
                break;
            case STATUS:
                uses.add("statuses");
                if (basis != PopulationBasis.FINDING) {
                    problems.add(Severity.ERROR, "measure.criterion.statusOutsideFindingBasis", at + "/kind");
                }
                if (criterion.statuses().isEmpty()) {
                    problems.add(Severity.ERROR, "measure.criterion.propertyRequired", at + "/statuses",
                            kind.code(), "statuses");
                }
                break;
            case INTEGRITY_CONCERN:
                uses.add("values");
                for (int i = 0; i < criterion.values().size(); i++) {
                    if (!REQUIREMENT_ID.matcher(criterion.values().get(i)).matches()) {
                        problems.add(Severity.ERROR, "measure.requirement.format", at + "/values/" + i);
                    }
                }
                break;
            case POPULATION_CLASS:
            case COMPONENT:
            case MEDICAL_SUPPORT:
            case EVENT:
                uses.add("values");
                checkValues(criterion, at);
                break;
            case AGE:
                uses.add("min");
                uses.add("max");
                if (criterion.min().isPresent() && criterion.max().isPresent()
                        && criterion.min().get() > criterion.max().get()) {
                    problems.add(Severity.ERROR, "measure.criterion.ageRange", at);
                }
                if (criterion.min().isEmpty() && criterion.max().isEmpty()) {
                    problems.add(Severity.ERROR, "measure.criterion.propertyRequired", at + "/max", kind.code(), "max");
                }
                break;
            default:
                break;
        }
        notUsed(criterion.requirements().isEmpty(), "requirements", uses, kind, at);
        notUsed(criterion.quantifier().isEmpty(), "quantifier", uses, kind, at);
        notUsed(criterion.statuses().isEmpty(), "statuses", uses, kind, at);
        notUsed(criterion.values().isEmpty(), "values", uses, kind, at);
        notUsed(criterion.min().isEmpty(), "min", uses, kind, at);
        notUsed(criterion.max().isEmpty(), "max", uses, kind, at);
        notUsed(criterion.criteria().isEmpty(), "criteria", uses, kind, at);
        for (int i = 0; i < criterion.criteria().size(); i++) {
            check(criterion.criteria().get(i), basis, at + "/criteria/" + i, depth + 1);
        }
    }

    private void notUsed(boolean absent, String property, Set<String> uses, CriterionKind kind, String at) {
        if (!absent && !uses.contains(property)) {
            problems.add(Severity.ERROR, "measure.criterion.propertyNotAllowed", at + "/" + property, kind.code(),
                    property);
        }
    }

    private void checkValues(Criterion criterion, String at) {
        if (criterion.values().isEmpty()) {
            problems.add(Severity.ERROR, "measure.criterion.propertyRequired", at + "/values",
                    criterion.kind().code(), "values");
        }
        List<String> known;
        switch (criterion.kind()) {
            case POPULATION_CLASS:
                known = PopulationClass.codes().codes();
                break;
            case COMPONENT:
                known = Component.codes().codes();
                break;
            case MEDICAL_SUPPORT:
                known = MedicalSupportLevel.codes().codes();
                break;
            default:
                known = EventType.codes().codes();
                break;
        }
        for (int i = 0; i < criterion.values().size(); i++) {
            if (!known.contains(criterion.values().get(i))) {
                problems.add(Severity.ERROR, "measure.criterion.valueUnknown", at + "/values/" + i,
                        criterion.kind().code());
            }
        }
    }

    private void check(Observation observation, MeasureDefinition measure, String at) {
        boolean episodeAttribute = observation.attribute() == ObservationAttribute.CUSTODY_DURATION;
        if (episodeAttribute && measure.basis() == PopulationBasis.FINDING) {
            problems.add(Severity.ERROR, "measure.observation.attributeBasis", at + "/attribute",
                    observation.attribute().code());
        }
        if (episodeAttribute || measure.basis() == PopulationBasis.FINDING) {
            if (!observation.requirements().isEmpty()) {
                problems.add(Severity.ERROR, "measure.observation.propertyNotAllowed", at + "/requirements",
                        "requirements");
            }
            if (observation.aggregate().isPresent()) {
                problems.add(Severity.ERROR, "measure.observation.propertyNotAllowed", at + "/aggregate", "aggregate");
            }
        }
        if (episodeAttribute && !observation.statuses().isEmpty()) {
            problems.add(Severity.ERROR, "measure.observation.propertyNotAllowed", at + "/statuses", "statuses");
        }
        checkRequirements(observation.requirements(), at + "/requirements");
        if (observation.cap().isPresent() && (observation.cap().get() < 1 || observation.cap().get() > Observation.MAX_CAP)) {
            problems.add(Severity.ERROR, "measure.field.range", at + "/cap", "1", Integer.toString(Observation.MAX_CAP));
        }
    }

    private Set<String> checkStratifiers(List<Stratifier> stratifiers, String at, Set<String> ids) {
        for (int i = 0; i < stratifiers.size(); i++) {
            Stratifier stratifier = stratifiers.get(i);
            String here = at + "/" + i;
            if (stratifier.id().length() > 64 || !STRATIFIER_ID.matcher(stratifier.id()).matches()) {
                problems.add(Severity.ERROR, "measure.stratifier.idFormat", here + "/id");
            }
            if (!ids.add(stratifier.id()) || "total".equals(stratifier.id())) {
                problems.add(Severity.ERROR, "measure.stratifier.duplicate", here + "/id");
            }
            if (stratifier.dimensions().isEmpty()) {
                problems.add(Severity.ERROR, "measure.stratifier.dimensionsEmpty", here + "/dimensions");
            }
            Set<StratifierDimension> seen = new HashSet<>();
            for (int d = 0; d < stratifier.dimensions().size(); d++) {
                if (!seen.add(stratifier.dimensions().get(d))) {
                    problems.add(Severity.ERROR, "measure.stratifier.dimensionRepeated", here + "/dimensions/" + d);
                }
            }
            List<Integer> bands = stratifier.ageBands();
            if (!bands.isEmpty()) {
                if (!seen.contains(StratifierDimension.AGE_BAND)) {
                    problems.add(Severity.WARNING, "measure.stratifier.ageBandsUnused", here + "/ageBands");
                }
                boolean ordered = bands.get(0) == 0;
                for (int b = 1; b < bands.size(); b++) {
                    ordered &= bands.get(b) > bands.get(b - 1) && bands.get(b) <= 130;
                }
                if (!ordered) {
                    problems.add(Severity.ERROR, "measure.stratifier.ageBands", here + "/ageBands");
                }
            }
        }
        return ids;
    }

}
