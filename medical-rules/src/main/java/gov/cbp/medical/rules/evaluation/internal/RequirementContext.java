package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.Standard;
import gov.cbp.medical.rules.standard.Waiver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything a rule needs to judge one requirement for one episode: facts, versions, matching, finding assembly. */
final class RequirementContext {
    final EpisodeSnapshot facts;
    final Catalogue catalogue;
    final RequirementPlan plan;
    final String requirementId;
    final String standardId;
    final Matcher matcher;
    final ApplicabilityCheck applicability;
    final VersionTimeline timeline;
    final Optional<Waiver> waiver;
    final boolean disabled;
    /** What every explanation starts with: the requirement id. Callers put it first so each explanation is built once. */
    final String prefix;
    /** The evaluation's one builder, emptied for each finding. */
    private final FindingDraft draft;
    private Requirement lastDefinition;
    private RequirementPlan.Stamp lastStamp;

    RequirementContext(EpisodeSnapshot facts, Catalogue catalogue, RequirementPlan plan, VersionTimeline timeline,
            Matcher matcher, ApplicabilityCheck applicability, FindingDraft draft) {
        this.facts = facts;
        this.draft = draft;
        this.catalogue = catalogue;
        this.plan = plan;
        this.requirementId = plan.requirementId;
        this.standardId = plan.standardId;
        this.matcher = matcher;
        this.applicability = applicability;
        this.timeline = timeline;
        this.waiver = plan.waiver;
        this.disabled = plan.disabled;
        this.prefix = plan.explanationPrefix;
    }

    /** The stamp of a definition; the last one is kept, since a requirement's findings come definition by definition. */
    RequirementPlan.Stamp stamp(Requirement requirement) {
        if (requirement != lastDefinition) {
            lastStamp = plan.stamp(requirement);
            lastDefinition = requirement;
        }
        return lastStamp;
    }

    VersionTimeline.VersionLookup versionAt(Instant at) {
        return timeline.versionAt(at);
    }

    /** The versions of the standard that hold the requirement. */
    List<Standard> versionsHolding() {
        return plan.holding;
    }

    Finding.Builder base(Standard version, Requirement requirement, Optional<Instant> triggerAt, List<String> triggerIds,
            boolean estimatedAge) {
        RequirementPlan.Stamp stamp = stamp(requirement);
        Finding.Builder builder = draft.empty()
                .episodeId(facts.episode.episodeId())
                .requirementId(requirementId)
                .standardId(version.id())
                .standardVersion(version.version())
                .severity(stamp.severity)
                .citation(stamp.citation)
                .triggerAt(triggerAt)
                .interpretation(stamp.interpretation)
                .estimatedAge(estimatedAge);
        if (!triggerIds.isEmpty()) {
            // a new builder's list is empty: skip the generated copy loop
            builder.triggerEventIds(triggerIds);
        }
        if (plan.waiverText.isPresent()) {
            builder.waiver(plan.waiverText.get());
        }
        return builder;
    }

    /**
     * Completes a finding: its status and explanation (which starts with {@link #prefix}), the facility and hold room at the instant given (clamped
     * to the evaluation instant), and a disabled requirement's waiver turning an open or failed status into
     * {@code EXEMPT}.
     */
    Finding finish(Finding.Builder builder, FindingStatus status, Instant locateAt, String explanation) {
        FindingStatus finalStatus = status;
        String finalExplanation = explanation;
        if (disabled && (status == FindingStatus.DUE || status == FindingStatus.OVERDUE || status == FindingStatus.NOT_MET)) {
            finalStatus = FindingStatus.EXEMPT;
            finalExplanation = prefix + "exempt: waived locally" + waiver.map(w -> " (" + w.id() + ")").orElse("")
                    + "; was " + status.code();
            builder.lateBy(Optional.empty()).overdueBy(Optional.empty());
        }
        Instant at = locateAt.isAfter(facts.asOf) ? facts.asOf : locateAt;
        EpisodeSnapshot.Place place = facts.placeAt(at);
        if (place.facilityId != null) {
            builder.facilityId(place.facilityId);
        }
        if (place.holdRoom != null) {
            builder.holdRoom(place.holdRoom);
        }
        Finding finding = builder.status(finalStatus).explanation(finalExplanation).build();
        return finalStatus == FindingStatus.NOT_MET || finalStatus == FindingStatus.OVERDUE ? beyondRecords(finding) : finding;
    }

    /**
     * A failed occurrence is not shown failed by records that end before custody did and no later than its
     * deadline: it is due. (Records through the deadline instant itself cannot show it late: that instant is on
     * time. Records that cover the whole of custody can show it missed at book-out.)
     */
    private Finding beyondRecords(Finding finding) {
        Instant through = facts.recordsThrough;
        if (finding.dueAt().isEmpty() || !facts.custodyEnd.isAfter(through) || finding.dueAt().get().isBefore(through)) {
            return finding;
        }
        Duration before = Duration.between(through, finding.dueAt().get());
        return Finding.builder().from(finding).status(FindingStatus.DUE).overdueBy(Optional.empty())
                .explanation(prefix + "due: the records end " + (before.isZero() ? "at" : CompactDuration.text(before) + " before")
                        + " the deadline (complete through " + through + ")")
                .build();
    }

    static String describe(List<Satisfier> satisfiers, boolean all) {
        List<String> names = new ArrayList<>();
        for (Satisfier satisfier : satisfiers) {
            String name = satisfier.event();
            if (Satisfier.TRIGGER.equals(name)) {
                List<String> parts = new ArrayList<>(satisfier.where().keySet());
                satisfier.conditions().forEach(c -> parts.add(c.code()));
                name = String.join(" and ", parts) + " on the triggering event";
            } else if (satisfier.where().size() == 1) {
                var entry = satisfier.where().entrySet().iterator().next();
                name += " (" + entry.getKey() + " " + String.join("/", entry.getValue()) + ")";
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return String.join(all ? " and " : " or ", names);
    }
}
