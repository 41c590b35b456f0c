package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfaction;
import gov.cbp.medical.rules.standard.Standard;
import gov.cbp.medical.rules.standard.Trigger;
import gov.cbp.medical.rules.standard.Waiver;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One computable requirement of a catalogue with its versions resolved once; immutable. */
final class RequirementPlan {
    final String requirementId;
    /** The requirement id and a space: how every explanation begins. */
    final String explanationPrefix;
    final String standardId;
    /** The standard's index in its {@link CataloguePlan}, to share per-episode version lookups between requirements. */
    final int standardIndex;
    /** Every version of the standard, by effective date. */
    final List<Standard> versions;
    /** The standard's versions compiled, shared by the standard's requirements. */
    final StandardVersions standard;
    /** The versions that hold the requirement, oldest first, and the requirement as each defines it. */
    final List<Standard> holding;
    final List<Requirement> definitions;
    final Requirement latest;
    final Rule rule;
    final Optional<Waiver> waiver;
    final boolean disabled;
    /** For each of {@link #definitions}, where the happenings of each trigger are kept ({@link EpisodeSnapshot#happeningIndex}). */
    final int[][] triggerIndexes;
    /** The trigger codes of every holding version, first seen first. */
    final List<String> triggerCodes;
    /** Why a deadline requirement does not apply when nothing could trigger it, worded once. */
    final String noApplicableTrigger;
    /** {@link #noApplicableTrigger} as the explanation says it, after the requirement id. */
    final String noApplicableTriggerExplained;
    /** What every finding of each of {@link #definitions} repeats, worked out once. */
    private final List<Stamp> stamps;
    /** The waiver's text, as findings show it. */
    final Optional<String> waiverText;
    /** Keyed by identity: the satisfactions of {@link #definitions}, never mutated after construction. */
    private final Map<Satisfaction, String> descriptions;

    RequirementPlan(Catalogue catalogue, String requirementId, String standardId, int standardIndex,
            StandardVersions standard, List<Requirement> definitions) {
        this.requirementId = requirementId;
        this.explanationPrefix = requirementId + " ";
        this.standardId = standardId;
        this.standardIndex = standardIndex;
        this.standard = standard;
        this.versions = standard.versions;
        List<Standard> holders = new ArrayList<>();
        List<Requirement> defined = new ArrayList<>();
        for (Standard version : versions) {
            Optional<Requirement> requirement = version.requirement(requirementId);
            if (requirement.isPresent()) {
                holders.add(version);
                defined.add(requirement.get());
            }
        }
        this.holding = List.copyOf(holders);
        this.definitions = List.copyOf(defined);
        this.latest = definitions.get(definitions.size() - 1);
        this.rule = Rules.forKind(latest.rule());
        this.waiver = catalogue.waiver(requirementId);
        this.disabled = catalogue.isDisabled(requirementId);
        List<String> codes = new ArrayList<>();
        for (Requirement requirement : this.definitions) {
            for (Trigger trigger : requirement.triggers()) {
                if (!codes.contains(trigger.on())) {
                    codes.add(trigger.on());
                }
            }
        }
        this.triggerCodes = List.copyOf(codes);
        this.triggerIndexes = new int[this.definitions.size()][];
        for (int v = 0; v < this.definitions.size(); v++) {
            List<Trigger> triggers = this.definitions.get(v).triggers();
            triggerIndexes[v] = new int[triggers.size()];
            for (int t = 0; t < triggers.size(); t++) {
                triggerIndexes[v][t] = EpisodeSnapshot.happeningIndex(triggers.get(t).on());
            }
        }
        this.noApplicableTrigger = "not applicable: no applicable " + String.join(" or ", triggerCodes);
        this.noApplicableTriggerExplained = explanationPrefix + noApplicableTrigger;
        Map<Satisfaction, String> texts = new IdentityHashMap<>();
        for (Requirement requirement : this.definitions) {
            requirement.satisfaction().ifPresent(
                    s -> texts.put(s, RequirementContext.describe(s.satisfiers(), s.needsAll())));
        }
        this.descriptions = Collections.unmodifiableMap(texts);
        List<Stamp> made = new ArrayList<>(definitions.size());
        for (Requirement requirement : this.definitions) {
            made.add(new Stamp(requirement));
        }
        this.stamps = List.copyOf(made);
        this.waiverText = waiver.map(Waiver::text);
    }

    /** The parts of a finding that depend only on the requirement's definition, computed once per definition. */
    static final class Stamp {
        final String severity;
        final String citation;
        final boolean interpretation;
        /** The largest unit explanations write durations in: the unit the rule is written in (72h, not 3d). */
        final ChronoUnit unit;
        /** A recurring requirement's interval as explanations write it, else null. */
        final String everyText;

        Stamp(Requirement requirement) {
            this.severity = requirement.severity().code();
            this.citation = requirement.citation().text();
            this.interpretation = requirement.isInterpretation();
            this.unit = requirement.durationUnit();
            this.everyText = requirement.recurrence().map(r -> CompactDuration.text(r.every(), unit)).orElse(null);
        }

        /** A duration as this requirement's explanations write it. */
        String text(Duration duration) {
            return CompactDuration.text(duration, unit);
        }
    }

    /** The stamp of a definition: the plan's own, or worked out now for a definition from elsewhere. */
    Stamp stamp(Requirement requirement) {
        for (int i = 0; i < definitions.size(); i++) {
            if (definitions.get(i) == requirement) {
                return stamps.get(i);
            }
        }
        return new Stamp(requirement);
    }

    /** How explanations name what satisfies a requirement; worked out once for the catalogue's own satisfactions. */
    String describe(Satisfaction satisfaction) {
        String text = descriptions.get(satisfaction);
        return text != null ? text : RequirementContext.describe(satisfaction.satisfiers(), satisfaction.needsAll());
    }

    /** The requirement as a version defines it, empty if the version does not hold it. */
    Optional<Requirement> in(Standard version) {
        for (int i = 0; i < holding.size(); i++) {
            if (holding.get(i) == version) {
                return Optional.of(definitions.get(i));
            }
        }
        for (Standard other : versions) {
            if (other == version) {
                return Optional.empty();
            }
        }
        // not one of the catalogue's own instances: compare by value, as the catalogue does
        return version.requirement(requirementId);
    }
}
