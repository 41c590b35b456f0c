package gov.cbp.medical.rules.standard.internal;

import static gov.cbp.medical.model.validation.reading.Pointer.append;

import gov.cbp.medical.model.validation.reading.ProblemCollector;
import gov.cbp.medical.rules.internal.EventVocabulary;
import gov.cbp.medical.rules.standard.Condition;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.RuleKind;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.Standard;
import gov.cbp.medical.rules.standard.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The semantic checks of a catalogue: event types and fields exist, conditions fit their events, each rule has
 * the parts it needs, ids are unique and versions of a standard do not overlap.
 */
public final class CatalogueCheck {
    private final ProblemCollector sink;

    /**
     * A check reporting to a collector.
     *
     * @param sink the collector
     */
    public CatalogueCheck(ProblemCollector sink) {
        this.sink = sink;
    }

    /**
     * Checks standards.
     *
     * @param standards the standards
     * @param pointers the pointer of each standard
     * @param requirementPointers the pointers of each standard's requirements
     */
    public void check(List<Standard> standards, List<String> pointers, List<List<String>> requirementPointers) {
        Map<String, String> standardOfRequirement = new HashMap<>();
        Map<String, List<Integer>> byId = new LinkedHashMap<>();
        for (int s = 0; s < standards.size(); s++) {
            Standard standard = standards.get(s);
            String pointer = pointers.get(s);
            byId.computeIfAbsent(standard.id(), k -> new ArrayList<>()).add(s);
            if (standard.effectiveTo().isPresent() && !standard.effectiveTo().get().isAfter(standard.effectiveFrom())) {
                sink.error("standard.effective.order", append(pointer, "effectiveTo"));
            }
            Set<String> ids = new HashSet<>();
            for (int r = 0; r < standard.requirements().size(); r++) {
                Requirement requirement = standard.requirements().get(r);
                String rp = requirementPointers.get(s).get(r);
                if (!ids.add(requirement.id())) {
                    sink.error("standard.requirement.duplicateId", append(rp, "id"));
                }
                String owner = standardOfRequirement.putIfAbsent(requirement.id(), standard.id());
                if (owner != null && !owner.equals(standard.id())) {
                    sink.error("standard.requirement.idInTwoStandards", append(rp, "id"));
                }
                requirement(requirement, rp);
            }
            for (int c = 0; c < standard.integrityChecks().size(); c++) {
                String id = standard.integrityChecks().get(c).id();
                String owner = standardOfRequirement.putIfAbsent(id, standard.id());
                if (!ids.add(id) || owner != null && !owner.equals(standard.id())) {
                    sink.error("standard.integrity.duplicateId", append(append(append(pointer, "integrityChecks"), c), "id"));
                }
            }
        }
        for (List<Integer> versions : byId.values()) {
            versions(standards, pointers, versions);
        }
    }

    private void versions(List<Standard> standards, List<String> pointers, List<Integer> indices) {
        List<Integer> sorted = new ArrayList<>(indices);
        sorted.sort(Comparator.comparing((Integer i) -> standards.get(i).effectiveFrom()).thenComparing(i -> i));
        Set<String> labels = new HashSet<>();
        for (int k = 0; k < sorted.size(); k++) {
            Standard standard = standards.get(sorted.get(k));
            String pointer = pointers.get(sorted.get(k));
            if (!labels.add(standard.version())) {
                sink.error("standard.version.duplicate", append(pointer, "version"));
            }
            if (k > 0) {
                Standard previous = standards.get(sorted.get(k - 1));
                if (previous.effectiveFrom().equals(standard.effectiveFrom())) {
                    sink.error("standard.version.sameStart", append(pointer, "effectiveFrom"));
                } else if (previous.effectiveTo().isPresent()
                        && previous.effectiveTo().get().isAfter(standard.effectiveFrom())) {
                    sink.error("standard.version.overlap", append(pointer, "effectiveFrom"));
                }
            }
        }
    }

    private void requirement(Requirement requirement, String pointer) {
        RuleKind rule = requirement.rule();
        boolean hasTriggers = !requirement.triggers().isEmpty();
        boolean triggered = rule == RuleKind.DEADLINE || rule == RuleKind.SCHEDULED_DOSES;
        if (requirement.deadline().isPresent() && !hasTriggers
                && (rule == RuleKind.DEADLINE || rule == RuleKind.RECURRING)) {
            sink.error("standard.deadline.withoutTrigger", append(pointer, "deadline"));
        } else if (triggered && !hasTriggers) {
            missing(pointer, rule, "triggers");
        }
        if (!triggered && hasTriggers) {
            unused(pointer, rule, "triggers");
        }
        boolean needsSatisfaction = rule == RuleKind.DEADLINE || rule == RuleKind.RECURRING
                || rule == RuleKind.SCHEDULED_DOSES;
        if (needsSatisfaction && requirement.satisfaction().isEmpty()) {
            missing(pointer, rule, "satisfaction");
        } else if (!needsSatisfaction && requirement.satisfaction().isPresent()) {
            unused(pointer, rule, "satisfaction");
        }
        boolean triggerDeadlines = hasTriggers && requirement.triggers().stream().allMatch(t -> t.deadline().isPresent());
        // a deadline rule may have a target instead of a deadline (TEDS-EMERGENCY: "at once" is a target)
        boolean targetOnly = rule == RuleKind.DEADLINE && requirement.target().isPresent();
        if ((rule == RuleKind.DEADLINE && !triggerDeadlines && !targetOnly || rule == RuleKind.NEWBORN_RELEASE)
                && requirement.deadline().isEmpty()) {
            missing(pointer, rule, "deadline");
        }
        if (requirement.target().isPresent() && rule != RuleKind.DEADLINE) {
            unused(pointer, rule, "target");
        }
        if (rule == RuleKind.RECURRING && requirement.recurrence().isEmpty()) {
            missing(pointer, rule, "recurrence");
        } else if (rule != RuleKind.RECURRING && requirement.recurrence().isPresent()) {
            unused(pointer, rule, "recurrence");
        }
        if (rule == RuleKind.SCHEDULED_DOSES && requirement.tolerance().isEmpty()) {
            missing(pointer, rule, "tolerance");
        } else if (rule != RuleKind.SCHEDULED_DOSES && requirement.tolerance().isPresent()) {
            unused(pointer, rule, "tolerance");
        }
        if (rule == RuleKind.NOT_COMPUTABLE && requirement.notComputableReason().isEmpty()) {
            missing(pointer, rule, "notComputableReason");
        } else if (rule != RuleKind.NOT_COMPUTABLE && requirement.notComputableReason().isPresent()) {
            unused(pointer, rule, "notComputableReason");
        }
        List<String> triggerCodes = new ArrayList<>();
        for (int t = 0; t < requirement.triggers().size(); t++) {
            Trigger trigger = requirement.triggers().get(t);
            String tp = append(append(pointer, "triggers"), t);
            if (!EventVocabulary.isEventCode(trigger.on())) {
                sink.error("standard.eventType.unknown", append(tp, "on"));
                continue;
            }
            triggerCodes.add(trigger.on());
            fields(List.of(trigger.on()), trigger.where(), append(tp, "where"));
            conditions(List.of(trigger.on()), trigger.conditions(), append(tp, "conditions"));
        }
        requirement.satisfaction().ifPresent(satisfaction -> {
            String name = satisfaction.needsAll() ? "allOf" : "anyOf";
            for (int i = 0; i < satisfaction.satisfiers().size(); i++) {
                satisfier(satisfaction.satisfiers().get(i), append(append(append(pointer, "satisfaction"), name), i),
                        hasTriggers, triggerCodes);
            }
        });
    }

    private void satisfier(Satisfier satisfier, String pointer, boolean hasTriggers, List<String> triggerCodes) {
        List<String> codes;
        if (Satisfier.TRIGGER.equals(satisfier.event())) {
            if (!hasTriggers) {
                sink.error("standard.trigger.selfSatisfier", append(pointer, "event"));
                return;
            }
            codes = triggerCodes;
        } else if (!EventVocabulary.isEventCode(satisfier.event())) {
            sink.error("standard.eventType.unknown", append(pointer, "event"));
            return;
        } else {
            codes = List.of(satisfier.event());
        }
        fields(codes, satisfier.where(), append(pointer, "where"));
        fields(codes, satisfier.exemptWhere(), append(pointer, "exemptWhere"));
        conditions(codes, satisfier.conditions(), append(pointer, "conditions"));
        satisfier.linkField().ifPresent(link -> {
            for (String code : codes) {
                if (EventVocabulary.field(code, link).map(f -> f.kind() != EventVocabulary.FieldKind.REFERENCE)
                        .orElse(true)) {
                    sink.error("standard.linkField.notReference", append(pointer, "linkField"), link);
                    return;
                }
            }
        });
    }

    private void fields(List<String> codes, Map<String, List<String>> where, String pointer) {
        for (Map.Entry<String, List<String>> entry : where.entrySet()) {
            String fp = append(pointer, entry.getKey());
            for (String code : codes) {
                var field = EventVocabulary.field(code, entry.getKey());
                if (field.isEmpty()) {
                    sink.error("standard.eventField.unknown", fp, entry.getKey());
                    break;
                }
                if (field.get().kind() == EventVocabulary.FieldKind.REFERENCE) {
                    sink.error("standard.eventField.notCondition", fp, entry.getKey());
                    break;
                }
                if (!field.get().values().containsAll(entry.getValue())) {
                    sink.error("standard.eventField.value", fp, entry.getKey());
                    break;
                }
            }
        }
    }

    private void conditions(List<String> codes, List<Condition> conditions, String pointer) {
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i);
            if (!condition.eventCodes().containsAll(codes)) {
                sink.error("standard.condition.notForEvent", append(pointer, i), condition.code());
            }
        }
    }

    private void missing(String pointer, RuleKind rule, String part) {
        sink.error("standard.rule.missingPart", append(pointer, part), rule.code(), part);
    }

    private void unused(String pointer, RuleKind rule, String part) {
        sink.error("standard.rule.unusedPart", append(pointer, part), rule.code(), part);
    }
}
