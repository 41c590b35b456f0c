package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.standard.Occurrence;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Standard;
import gov.cbp.medical.rules.standard.Trigger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code deadline} rule: one occurrence per applicable trigger (or one per episode from the earliest), each
 * judged against its deadline by {@link Occurrences#judge}. Each trigger is judged by the version of the standard
 * in force at the trigger's instant.
 */
final class DeadlineRule implements Rule {
    /** A happening that may trigger the requirement, as judged by the version in force at its instant. */
    static final class Candidate {
        final Happening happening;
        final Standard version;
        final Requirement requirement;
        final Trigger trigger;
        final Judgement judgement;

        Candidate(Happening happening, Standard version, Requirement requirement, Trigger trigger, Judgement judgement) {
            this.happening = happening;
            this.version = version;
            this.requirement = requirement;
            this.trigger = trigger;
            this.judgement = judgement;
        }
    }

    /** The candidates, one per happening (the first applicable trigger wins), in time order. */
    static List<Candidate> candidates(RequirementContext ctx) {
        List<Standard> holding = ctx.plan.holding;
        // When one version is in force throughout custody, the others cannot trigger anything: skip them.
        Standard only = ctx.timeline.onlyVersion();
        int passes = 0;
        for (int v = 0; v < holding.size(); v++) {
            if (only == null || holding.get(v) == only) {
                passes += ctx.plan.definitions.get(v).triggers().size();
            }
        }
        // One version with one trigger (the usual case) sees each happening once, already in time order: no map,
        // no sort; only equal neighbours (events sharing an id and instant) are merged as the map would merge them.
        boolean onePass = passes <= 1;
        // Several passes key each happening by its first of the same code, id and instant (a code's happenings are
        // made once per evaluation, so that is an identity), marked with this search's number: a map without hashing.
        int pass = onePass ? 0 : ctx.facts.nextCandidatePass();
        List<Candidate> inOrder = new ArrayList<>();
        for (int v = 0; v < holding.size(); v++) {
            Standard version = holding.get(v);
            if (only != null && version != only) {
                continue;
            }
            Requirement requirement = ctx.plan.definitions.get(v);
            List<Trigger> triggers = requirement.triggers();
            for (int t = 0; t < triggers.size(); t++) {
                Trigger trigger = triggers.get(t);
                List<Happening> happenings = ctx.facts.happenings(ctx.plan.triggerIndexes[v][t], trigger.on());
                for (int h = 0; h < happenings.size(); h++) {
                    Happening happening = happenings.get(h);
                    VersionTimeline.VersionLookup lookup = ctx.versionAt(happening.at);
                    if (!lookup.unknown && !lookup.is(version)) {
                        continue;
                    }
                    Judgement judgement = lookup.unknown ? Judgement.unknown("/facilities")
                            : ctx.matcher.fields(happening, trigger.where())
                                    .and(ctx.matcher.conditions(happening, trigger.conditions()));
                    if (judgement.value != Tri.NO) {
                        judgement = judgement.and(ctx.applicability.judge(requirement.applicability(), happening.at));
                        if (judgement.value != Tri.NO && trigger.applicability().isPresent()) {
                            judgement = judgement.and(ctx.applicability.judge(trigger.applicability().get(), happening.at));
                        }
                    }
                    if (onePass) {
                        Candidate previous = inOrder.isEmpty() ? null : inOrder.get(inOrder.size() - 1);
                        if (previous != null && previous.happening.at.equals(happening.at)
                                && previous.happening.key().equals(happening.key())) {
                            if (rank(judgement) > rank(previous.judgement)) {
                                inOrder.set(inOrder.size() - 1, new Candidate(happening, version, requirement, trigger, judgement));
                            }
                        } else {
                            inOrder.add(new Candidate(happening, version, requirement, trigger, judgement));
                        }
                        continue;
                    }
                    Happening key = happening.first;
                    if (key.pass != pass) {
                        key.pass = pass;
                        key.slot = inOrder.size();
                        inOrder.add(new Candidate(happening, version, requirement, trigger, judgement));
                    } else if (rank(judgement) > rank(inOrder.get(key.slot).judgement)) {
                        inOrder.set(key.slot, new Candidate(happening, version, requirement, trigger, judgement));
                    }
                }
            }
        }
        List<Candidate> result = inOrder;
        if (!onePass && result.size() > 1) {
            // first-keyed order, as a linked map would keep it, then by time: the same stable sort as before
            result.sort(DeadlineRule::inTimeOrder);
        }
        return result;
    }

    /** The first candidate that does not apply, whose reason a requirement without findings gives; null if none. */
    static Candidate firstRejected(List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).judgement.value == Tri.NO) {
                return candidates.get(i);
            }
        }
        return null;
    }

    /** Why a rejected candidate does not apply: the happening, then the reason. */
    static String rejection(Candidate rejected) {
        return rejected.happening.label() + ": " + rejected.judgement.reason;
    }

    private static int inTimeOrder(Candidate a, Candidate b) {
        int byTime = a.happening.at.compareTo(b.happening.at);
        return byTime != 0 ? byTime : a.happening.key().compareTo(b.happening.key());
    }

    private static int rank(Judgement judgement) {
        return judgement.value == Tri.YES ? 2 : judgement.value == Tri.UNKNOWN ? 1 : 0;
    }

    @Override
    public Result evaluate(RequirementContext ctx) {
        List<Candidate> candidates = candidates(ctx);
        List<Finding> findings = new ArrayList<>();
        boolean once = !ctx.plan.definitions.isEmpty() && ctx.plan.definitions.get(0).occurs() == Occurrence.ONCE;
        for (Candidate candidate : candidates) {
            if (candidate.judgement.value == Tri.NO) {
                continue;
            }
            if (candidate.judgement.value == Tri.UNKNOWN) {
                findings.add(Occurrences.indeterminate(ctx, candidate.version, candidate.requirement,
                        candidate.happening, candidate.judgement.missing));
            } else {
                Optional<Duration> deadline = candidate.trigger.deadline().or(() -> candidate.requirement.deadline());
                if (deadline.isEmpty() && candidate.requirement.target().isEmpty()) {
                    deadline = Optional.of(Duration.ZERO);
                }
                findings.add(Occurrences.judge(ctx, candidate.version, candidate.requirement, candidate.happening,
                        candidate.happening, candidate.happening.at, deadline,
                        candidate.requirement.satisfaction().orElseThrow(), candidate.judgement.estimatedAge));
            }
            if (once) {
                break;
            }
        }
        if (!findings.isEmpty()) {
            return new Result(findings, null);
        }
        // the reason is the first rejected candidate's: so is whether an estimated age decided it
        Candidate rejected = firstRejected(candidates);
        if (rejected == null) {
            return new Result(findings, ctx.plan.noApplicableTriggerExplained, false);
        }
        // one concatenation, as rejection(rejected) words it
        return new Result(findings, ctx.prefix + "not applicable: " + rejected.happening.label() + ": " + rejected.judgement.reason,
                rejected.judgement.estimatedAge);
    }
}
