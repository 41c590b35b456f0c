package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Evaluates one episode against every computable requirement of a catalogue. Stateless and thread-safe. */
public final class EpisodeJudge {
    /** The order of findings: requirement id, trigger time, first trigger event id, interval end, status. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::requirementId)
            .thenComparing(f -> f.triggerAt().orElse(Instant.MIN))
            .thenComparing(f -> f.triggerEventIds().isEmpty() ? "" : f.triggerEventIds().get(0))
            .thenComparing(f -> f.intervalEnd().orElse(Instant.MIN))
            .thenComparing(f -> f.status().code());

    /** What the explanation of a finding decided by an estimated age ends with. */
    static final String ESTIMATED_AGE = "; decided by an estimated age";

    /** {@link #ORDER} after the requirement id, without the key extractors' boxing: the sort runs for every episode. */
    private static final Comparator<Finding> WITHIN_REQUIREMENT = EpisodeJudge::compareWithinRequirement;

    private EpisodeJudge() {}

    private static int compareWithinRequirement(Finding a, Finding b) {
        int c = a.triggerAt().orElse(Instant.MIN).compareTo(b.triggerAt().orElse(Instant.MIN));
        if (c != 0) {
            return c;
        }
        List<String> aIds = a.triggerEventIds();
        List<String> bIds = b.triggerEventIds();
        c = (aIds.isEmpty() ? "" : aIds.get(0)).compareTo(bIds.isEmpty() ? "" : bIds.get(0));
        if (c != 0) {
            return c;
        }
        c = a.intervalEnd().orElse(Instant.MIN).compareTo(b.intervalEnd().orElse(Instant.MIN));
        return c != 0 ? c : a.status().code().compareTo(b.status().code());
    }

    /**
     * Evaluates an episode.
     *
     * @param catalogue the catalogue
     * @param episode the episode
     * @param asOf the evaluation instant
     * @return the evaluation
     */
    public static EpisodeEvaluation evaluate(Catalogue catalogue, CustodyEpisode episode, Instant asOf) {
        return evaluate(CataloguePlan.of(catalogue), episode, asOf);
    }

    /**
     * Evaluates an episode against a catalogue resolved beforehand.
     *
     * @param plan the resolved catalogue
     * @param episode the episode
     * @param asOf the evaluation instant
     * @return the evaluation
     */
    public static EpisodeEvaluation evaluate(CataloguePlan plan, CustodyEpisode episode, Instant asOf) {
        return evaluate(plan, episode, asOf, asOf);
    }

    /**
     * Evaluates an episode from records complete through an instant, against a catalogue resolved beforehand.
     *
     * @param plan the resolved catalogue
     * @param episode the episode
     * @param asOf the evaluation instant
     * @param recordsThrough the instant the records are complete through, not after {@code asOf}
     * @return the evaluation
     */
    public static EpisodeEvaluation evaluate(CataloguePlan plan, CustodyEpisode episode, Instant asOf,
            Instant recordsThrough) {
        if (asOf.isBefore(episode.bookIn().at())) {
            return EpisodeEvaluation.builder().episodeId(episode.episodeId()).asOf(asOf).recordsThrough(recordsThrough)
                    .findings(List.of()).build();
        }
        // at least one finding per requirement, usually little more
        List<Finding> findings = new ArrayList<>(plan.requirements().size() + 8);
        EpisodeSnapshot facts = new EpisodeSnapshot(episode, asOf, recordsThrough);
        Matcher matcher = new Matcher(facts);
        ApplicabilityCheck applicability = new ApplicabilityCheck(facts);
        VersionTimeline[] timelines = new VersionTimeline[plan.standardCount()];
        CustodyDates dates = null;
        FindingDraft draft = new FindingDraft();
        for (RequirementPlan requirement : plan.requirements()) {
            VersionTimeline timeline = timelines[requirement.standardIndex];
            if (timeline == null) {
                if (dates == null) {
                    dates = new CustodyDates(facts);
                }
                timeline = new VersionTimeline(facts, requirement.standard, dates);
                timelines[requirement.standardIndex] = timeline;
            }
            RequirementContext context = new RequirementContext(facts, plan.catalogue(), requirement, timeline, matcher,
                    applicability, draft);
            Rule.Result result = requirement.rule.evaluate(context);
            if (!result.findings.isEmpty()) {
                // requirements come in id order, so sorting each one's findings sorts the whole list by ORDER
                if (result.findings.size() > 1) {
                    result.findings.sort(WITHIN_REQUIREMENT);
                }
                for (Finding finding : result.findings) {
                    findings.add(sayingEstimatedAge(finding));
                }
            } else {
                Optional<Finding> none = notApplicable(context, result.notApplicable, result.notApplicableByEstimatedAge);
                if (none.isPresent()) {
                    findings.add(sayingEstimatedAge(none.get()));
                }
            }
        }
        return EpisodeEvaluation.builder().episodeId(episode.episodeId()).asOf(asOf).recordsThrough(recordsThrough)
                .findings(findings).build();
    }

    /**
     * The one finding of a requirement that has no occurrence: NOT_APPLICABLE, citing the version in force at
     * book-in (or, failing that, at the end of custody); none if no version of the standard is in force then.
     */
    /**
     * A finding decided by an estimated age says so in its explanation: the flag alone is easy to miss, and an
     * estimated 17-year-old near 18 may be owed what the finding says is not owed. Said once, here, for every rule.
     */
    private static Finding sayingEstimatedAge(Finding finding) {
        if (!finding.estimatedAge() || finding.explanation().endsWith(ESTIMATED_AGE)) {
            return finding;
        }
        return Finding.builder().from(finding).explanation(finding.explanation() + ESTIMATED_AGE).build();
    }

    private static Optional<Finding> notApplicable(RequirementContext ctx, String explained, boolean estimatedAge) {
        EpisodeSnapshot facts = ctx.facts;
        Instant at = facts.bookIn.isAfter(facts.asOf) ? facts.asOf : facts.bookIn;
        VersionTimeline.VersionLookup lookup = ctx.versionAt(at);
        if (lookup.standard.isEmpty()) {
            at = facts.custodyEnd;
            lookup = ctx.versionAt(at);
        }
        if (lookup.standard.isEmpty()) {
            return Optional.empty();
        }
        Standard version = lookup.standard.get();
        Optional<Requirement> requirement = ctx.plan.in(version);
        String explanation = explained;
        if (requirement.isEmpty()) {
            requirement = Optional.of(ctx.plan.latest);
            explanation = ctx.prefix + "not applicable: not a requirement of " + version.id() + " version " + version.version();
        }
        Finding.Builder builder = ctx.base(version, requirement.get(), Optional.empty(), List.of(), estimatedAge);
        return Optional.of(ctx.finish(builder, FindingStatus.NOT_APPLICABLE, at, explanation));
    }
}
