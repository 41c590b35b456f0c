package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import gov.cbp.medical.rules.standard.internal.StandardReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Layers a {@link LocalPolicy} over a {@link Catalogue}: each override changes its requirement in every
 * version that holds it. A stricter override (shorter deadline or interval, wider applicability) is accepted
 * as it is; a looser one only with a waiver, which every finding of the requirement then cites. Integrity
 * overrides change or switch off a record-integrity check. An override of an unknown, twice-named or
 * non-computable requirement, or of a number its rule does not use, is a problem.
 *
 * <p>Implementation Requirements: stateless; thread-safe.
 */
final class PolicyOverlay {
    private static final Messages MESSAGES = StandardReader.messages(Locale.ROOT);
    private PolicyOverlay() {}

    /**
     * Layers a policy over a catalogue, or lists every problem of the policy.
     *
     * @param base the catalogue, not null
     * @param policy the policy, not null
     * @param sink receives the problems; those already in it are returned with the result
     * @return the layered catalogue or every problem, not null
     */
    static CatalogueLoad apply(Catalogue base, LocalPolicy policy, ProblemCollector sink) {
        Map<String, RequirementOverride> overrides = new LinkedHashMap<>();
        for (int i = 0; i < policy.overrides().size(); i++) {
            RequirementOverride override = policy.overrides().get(i);
            String pointer = "/overrides/" + i;
            Optional<Requirement> baselineRequirement = base.latest(override.requirementId());
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
            for (Requirement version : base.requirementVersions(override.requirementId())) {
                looser.addAll(looserAspects(version, override));
            }
            if (!looser.isEmpty() && override.waiver().isEmpty()) {
                sink.error("policy.override.looserWithoutWaiver", pointer,
                        String.join(", ", new TreeSet<>(looser)));
            }
            overrides.put(override.requirementId(), override);
        }
        Map<String, IntegrityOverride> integrity = integrityOverrides(base, policy, sink);
        if (sink.hasErrors()) {
            return CatalogueLoad.failed(sink.sorted(MESSAGES));
        }
        List<Standard> layered = new ArrayList<>();
        for (Standard standard : base.standards()) {
            List<Requirement> requirements = new ArrayList<>();
            for (Requirement requirement : standard.requirements()) {
                RequirementOverride override = overrides.get(requirement.id());
                requirements.add(override == null ? requirement : overridden(requirement, override));
            }
            List<IntegrityCheck> checks = new ArrayList<>();
            for (IntegrityCheck check : standard.integrityChecks()) {
                IntegrityOverride override = integrity.get(check.id());
                checks.add(override == null ? check : override.applyTo(check));
            }
            layered.add(standard.toBuilder().requirements(requirements).integrityChecks(checks).build());
        }
        Map<String, Waiver> newWaivers = new LinkedHashMap<>(base.waivers());
        Set<String> newDisabled = new HashSet<>(base.disabledIds());
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
        return CatalogueLoad.of(Catalogue.checked(layered, newWaivers, newDisabled, Optional.of(policy.id())), sink.sorted(MESSAGES));
    }

    /** The policy's integrity overrides by check id; unknown or twice-named checks and unused numbers are problems. */
    private static Map<String, IntegrityOverride> integrityOverrides(Catalogue base, LocalPolicy policy,
            ProblemCollector sink) {
        Map<String, IntegrityOverride> result = new LinkedHashMap<>();
        for (int i = 0; i < policy.integrityOverrides().size(); i++) {
            IntegrityOverride override = policy.integrityOverrides().get(i);
            String pointer = "/integrityOverrides/" + i;
            Optional<IntegrityCheck> check = base.integrityCheck(override.checkId());
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

    private static Requirement overridden(Requirement requirement, RequirementOverride override) {
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
}
