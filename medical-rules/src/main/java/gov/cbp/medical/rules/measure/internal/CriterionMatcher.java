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
 * name requirement ids, statuses, instants, event ids and codes only: never personal data. Their text is made
 * only when asked for: a measure pass tests every criterion of every member, and would throw it away.
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
        String why = null;
        switch (criterion.kind()) {
            case ALWAYS:
                result = true;
                why = "always";
                break;
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
            case STATUS:
                result = current != null && criterion.statuses().contains(current.status());
                if (reasons != null) {
                    why = "finding status " + (current == null ? "(none)" : current.status().code()) + " in "
                            + codes(criterion.statuses()) + ": " + yes(result);
                }
                break;
            case POPULATION_CLASS: {
                String code = facts.episode().detainee().populationClass().code();
                result = criterion.values().contains(code);
                why = reasons == null ? null
                        : "population class " + code + " in " + criterion.values() + ": " + yes(result);
                break;
            }
            case AGE: {
                Integer years = facts.age() == null ? null : facts.age().years();
                result = years != null && criterion.min().map(min -> years >= min).orElse(true)
                        && criterion.max().map(max -> years <= max).orElse(true);
                if (reasons != null) {
                    why = "age at book-in " + (facts.age() == null ? "unknown" : facts.age().toString()) + " within "
                            + criterion.min().map(String::valueOf).orElse("..") + "-"
                            + criterion.max().map(String::valueOf).orElse("..") + " years: " + yes(result);
                }
                break;
            }
            case ESTIMATED_AGE:
                result = facts.age() != null && facts.age().isEstimated();
                why = reasons == null ? null : "age is an estimate: " + yes(result);
                break;
            case PREGNANT:
                result = facts.pregnant();
                why = reasons == null ? null : "pregnant at book-in or identified in custody: " + yes(result);
                break;
            case INTERPRETER_NEEDED:
                result = facts.episode().detainee().language().map(l -> l.interpreterNeeded()).orElse(false);
                why = reasons == null ? null : "interpreter needed: " + yes(result);
                break;
            case US_CITIZEN_NEWBORN:
                result = facts.usCitizenNewborn();
                why = reasons == null ? null : "U.S.-citizen newborn in the episode: " + yes(result);
                break;
            case COMPONENT: {
                Facility facility = facts.bookInFacility();
                String code = facility == null ? EpisodeMeasureFacts.UNKNOWN : facility.component().code();
                result = criterion.values().contains(code);
                why = reasons == null ? null
                        : "book-in facility component " + code + " in " + criterion.values() + ": " + yes(result);
                break;
            }
            case MEDICAL_SUPPORT: {
                Facility facility = facts.bookInFacility();
                String code = facility == null ? EpisodeMeasureFacts.UNKNOWN : facility.medicalSupport().code();
                result = criterion.values().contains(code);
                why = reasons == null ? null : "book-in facility medical support " + code + " in " + criterion.values()
                        + ": " + yes(result);
                break;
            }
            case EVENT:
                result = false;
                for (String code : criterion.values()) {
                    result |= facts.hasEvent(EventType.fromCode(code));
                }
                why = reasons == null ? null : "has an event of type " + criterion.values() + ": " + yes(result);
                break;
            case INTEGRITY_CONCERN:
                result = integrityConcern(criterion.values(), facts, current);
                why = reasons == null ? null
                        : (current == null ? "the episode has an integrity finding" : "the finding's evidence has an integrity concern")
                        + (criterion.values().isEmpty() ? "" : " of " + criterion.values()) + ": " + yes(result);
                break;
            case CUSTODY_CLOSED:
                result = facts.custodyClosed();
                why = reasons == null ? null : "custody closed at the evaluation instant: " + yes(result);
                break;
            default:
                throw new IllegalStateException("criterion kind not handled: " + criterion.kind().code());
        }
        if (reasons != null) {
            reasons.add(indent(depth) + why);
        }
        return result;
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
