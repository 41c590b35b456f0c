package gov.cbp.medical.rules.measure.internal;

import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.Criterion;
import gov.cbp.medical.rules.measure.Quantifier;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides a {@link Criterion} for one member, optionally writing down why (for explanations). The reasons
 * name requirement ids, statuses, instants, event ids and codes only: never personal data. Each simple criterion
 * is decided by {@code holds} and, only when reasons are asked for, described by {@code reason}.
 */
public final class CriterionMatcher {
    private CriterionMatcher() {}

    /**
     * Tests a criterion.
     *
     * @param criterion the criterion
     * @param facts the episode's facts
     * @param current the member finding, or null for an episode member
     * @param reasons receives one line per test made, or null to skip the reasons
     * @param depth the nesting depth, for indentation
     * @return whether the criterion holds
     */
    public static boolean test(Criterion criterion, EpisodeMeasureFacts facts, Finding current, List<String> reasons,
            int depth) {
        boolean result;
        switch (criterion.kind()) {
            case ALWAYS:
                if (reasons != null) {
                    reasons.add(indent(depth) + "always");
                }
                return true;
            case ALL_OF: {
                result = true;
                int at = mark(reasons);
                for (Criterion nested : criterion.criteria()) {
                    result &= test(nested, facts, current, reasons, depth + 1);
                    if (!result && reasons == null) {
                        break;
                    }
                }
                insert(reasons, at, depth, "all of the following: ", result);
                return result;
            }
            case ANY_OF: {
                result = false;
                int at = mark(reasons);
                for (Criterion nested : criterion.criteria()) {
                    result |= test(nested, facts, current, reasons, depth + 1);
                    if (result && reasons == null) {
                        break;
                    }
                }
                insert(reasons, at, depth, "any of the following: ", result);
                return result;
            }
            case NOT: {
                int at = mark(reasons);
                result = !test(criterion.criteria().get(0), facts, current, reasons, depth + 1);
                insert(reasons, at, depth, "not the following: ", result);
                return result;
            }
            case FINDING:
                return finding(criterion, facts, reasons, depth);
            default:
                result = holds(criterion, facts, current);
                if (reasons != null) {
                    reasons.add(indent(depth) + reason(criterion, facts, current) + ": " + yes(result));
                }
                return result;
        }
    }

    /** Decides a criterion that nests no other and asks about no finding but the member. */
    private static boolean holds(Criterion criterion, EpisodeMeasureFacts facts, Finding current) {
        switch (criterion.kind()) {
            case STATUS:
                return current != null && criterion.statuses().contains(current.status());
            case POPULATION_CLASS:
                return criterion.values().contains(facts.episode().detainee().populationClass().code());
            case AGE: {
                Integer years = facts.age() == null ? null : facts.age().years();
                return years != null && criterion.min().map(min -> years >= min).orElse(true)
                        && criterion.max().map(max -> years <= max).orElse(true);
            }
            case ESTIMATED_AGE:
                return facts.age() != null && facts.age().isEstimated();
            case PREGNANT:
                return facts.pregnant();
            case INTERPRETER_NEEDED:
                return facts.episode().detainee().language().map(l -> l.interpreterNeeded()).orElse(false);
            case US_CITIZEN_NEWBORN:
                return facts.usCitizenNewborn();
            case COMPONENT:
                return criterion.values().contains(componentCode(facts));
            case MEDICAL_SUPPORT:
                return criterion.values().contains(medicalSupportCode(facts));
            case EVENT:
                for (String code : criterion.values()) {
                    if (facts.hasEvent(EventType.fromCode(code))) {
                        return true;
                    }
                }
                return false;
            case INTEGRITY_CONCERN:
                return integrityConcern(criterion.values(), facts, current);
            case CUSTODY_CLOSED:
                return facts.custodyClosed();
            default:
                throw new IllegalStateException("criterion kind not handled: " + criterion.kind().code());
        }
    }

    /**
     * What {@link #holds} tested, for explanations only (a measure pass tests every criterion of every member and
     * would throw the text away); the caller appends the answer.
     */
    private static String reason(Criterion criterion, EpisodeMeasureFacts facts, Finding current) {
        switch (criterion.kind()) {
            case STATUS:
                return "finding status " + (current == null ? "(none)" : current.status().code()) + " in "
                        + codes(criterion.statuses());
            case POPULATION_CLASS:
                return "population class " + facts.episode().detainee().populationClass().code() + " in "
                        + criterion.values();
            case AGE:
                return "age at book-in " + (facts.age() == null ? "unknown" : facts.age().toString()) + " within "
                        + criterion.min().map(String::valueOf).orElse("..") + "-"
                        + criterion.max().map(String::valueOf).orElse("..") + " years";
            case ESTIMATED_AGE:
                return "age is an estimate";
            case PREGNANT:
                return "pregnant at book-in or identified in custody";
            case INTERPRETER_NEEDED:
                return "interpreter needed";
            case US_CITIZEN_NEWBORN:
                return "U.S.-citizen newborn in the episode";
            case COMPONENT:
                return "book-in facility component " + componentCode(facts) + " in " + criterion.values();
            case MEDICAL_SUPPORT:
                return "book-in facility medical support " + medicalSupportCode(facts) + " in " + criterion.values();
            case EVENT:
                return "has an event of type " + criterion.values();
            case INTEGRITY_CONCERN:
                return (current == null ? "the episode has an integrity finding" : "the finding's evidence has an integrity concern")
                        + (criterion.values().isEmpty() ? "" : " of " + criterion.values());
            case CUSTODY_CLOSED:
                return "custody closed at the evaluation instant";
            default:
                throw new IllegalStateException("criterion kind not handled: " + criterion.kind().code());
        }
    }

    private static String componentCode(EpisodeMeasureFacts facts) {
        Facility facility = facts.bookInFacility();
        return facility == null ? EpisodeMeasureFacts.UNKNOWN : facility.component().code();
    }

    private static String medicalSupportCode(EpisodeMeasureFacts facts) {
        Facility facility = facts.bookInFacility();
        return facility == null ? EpisodeMeasureFacts.UNKNOWN : facility.medicalSupport().code();
    }

    private static boolean finding(Criterion criterion, EpisodeMeasureFacts facts, List<String> reasons, int depth) {
        Quantifier quantifier = criterion.effectiveQuantifier();
        List<FindingStatus> statuses = criterion.statuses();
        int found = 0;
        int matching = 0;
        StringBuilder cited = reasons == null ? null : new StringBuilder();
        for (String requirement : criterion.requirements()) {
            for (Finding finding : facts.findings(requirement)) {
                found++;
                boolean match = statuses.isEmpty() || statuses.contains(finding.status());
                if (match) {
                    matching++;
                }
                if (cited != null) {
                    cited.append(cited.length() == 0 ? "" : "; ").append(describe(finding));
                }
            }
        }
        boolean result;
        switch (quantifier) {
            case ALL:
                result = found > 0 && matching == found;
                break;
            case NONE:
                result = matching == 0;
                break;
            default:
                result = matching > 0;
                break;
        }
        if (reasons != null) {
            reasons.add(indent(depth) + quantifier.code() + " finding of " + criterion.requirements()
                    + (statuses.isEmpty() ? "" : " with status in " + codes(statuses)) + ": " + yes(result)
                    + " (" + matching + " of " + found + " match" + (found == 0 ? "" : ": " + cited) + ")");
        }
        return result;
    }

    /**
     * A one-line description of a finding for explanations: requirement, status, trigger, due, evidence.
     *
     * @param finding the finding
     * @return the text, free of personal data
     */
    public static String describe(Finding finding) {
        StringBuilder text = new StringBuilder(finding.requirementId()).append(' ').append(finding.status().code());
        finding.triggerAt().ifPresent(at -> text.append(" triggered ").append(at));
        finding.dueAt().ifPresent(at -> text.append(" due ").append(at));
        finding.satisfiedAt().ifPresent(at -> text.append(" satisfied ").append(at));
        if (!finding.evidenceEventIds().isEmpty()) {
            text.append(" evidence ").append(finding.evidenceEventIds());
        }
        return text.toString();
    }

    private static int mark(List<String> reasons) {
        return reasons == null ? 0 : reasons.size();
    }

    /** Inserts the line of a nesting criterion before its nested lines; its text is made only for reasons. */
    private static void insert(List<String> reasons, int at, int depth, String what, boolean result) {
        if (reasons != null) {
            reasons.add(at, indent(depth) + what + yes(result));
        }
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }

    private static String yes(boolean result) {
        return result ? "yes" : "no";
    }

    private static String codes(List<FindingStatus> statuses) {
        return statuses.stream().map(FindingStatus::code).collect(Collectors.joining(", ", "[", "]"));
    }

    private static boolean integrityConcern(List<String> checks, EpisodeMeasureFacts facts, Finding current) {
        if (current != null) {
            if (checks.isEmpty()) {
                return current.hasIntegrityConcerns();
            }
            for (String check : current.integrityConcerns()) {
                if (checks.contains(check)) {
                    return true;
                }
            }
            return false;
        }
        for (gov.cbp.medical.rules.integrity.IntegrityFinding finding : facts.evaluation().integrityFindings()) {
            if (checks.isEmpty() || checks.contains(finding.checkId())) {
                return true;
            }
        }
        return false;
    }
}
