package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Lapse;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfaction;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.SatisfierScope;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges one deadline occurrence: searches the satisfiers, then decides MET, MET_LATE, EXEMPT, NOT_MET, DUE,
 * OVERDUE, NOT_APPLICABLE or INDETERMINATE. The deadline instant itself is on time.
 */
final class Occurrences {
    private Occurrences() {}

    /** The earliest definite match of one satisfier, and the earliest match that the data cannot decide. */
    static final class Search {
        Happening found;
        Satisfier foundBy;
        Happening maybe;
        String rejected;
        final List<String> missing = new ArrayList<>();
    }

    static Search search(RequirementContext ctx, Satisfier satisfier, Happening trigger, Instant from,
            Optional<String> linkTarget, Instant until) {
        Search search = new Search();
        List<Happening> pool = Satisfier.TRIGGER.equals(satisfier.event()) ? List.of(trigger)
                : ctx.facts.happenings(satisfier.event());
        for (Happening candidate : pool) {
            if (candidate.at.isAfter(until) || candidate.at.isAfter(ctx.facts.custodyEnd)) {
                break;
            }
            if (satisfier.scope() == SatisfierScope.AFTER_TRIGGER && candidate.at.isBefore(from)) {
                continue;
            }
            Judgement match = ctx.matcher.satisfies(satisfier, candidate, linkTarget);
            if (match.value == Tri.YES) {
                search.found = candidate;
                search.foundBy = satisfier;
                return search;
            }
            if (match.value == Tri.NO && candidate == trigger && search.rejected == null) {
                search.rejected = match.reason;
            }
            if (match.value == Tri.UNKNOWN && search.maybe == null) {
                search.maybe = candidate;
                search.missing.addAll(match.missing);
            }
        }
        return search;
    }

    /**
     * Judges an occurrence whose clock starts at its trigger.
     *
     * @param trigger the triggering happening
     * @param start when the clock starts (usually the trigger's instant)
     * @param deadline the duration from start
     */
    static Finding judge(RequirementContext ctx, Standard version, Requirement requirement, Happening trigger,
            Instant start, Duration deadline, Satisfaction satisfaction, boolean estimatedAge) {
        return judge(ctx, version, requirement, trigger, trigger, start, Optional.of(deadline), satisfaction, estimatedAge);
    }

    /**
     * Judges an occurrence. The rules apply in this order (docs/decisions.md): an act by the deadline is MET (a
     * refusal by then EXEMPT); an act the data cannot place is INDETERMINATE; an exception recorded for the
     * occurrence by the deadline is EXEMPT, whether the act came late, not at all, or is still to come; a late act
     * is MET_LATE; no act is NOT_APPLICABLE or NOT_MET when custody ended before the deadline (by the requirement's
     * lapse), NOT_MET or OVERDUE past it, DUE before it. An exception recorded after the deadline is listed and
     * named, never excusing. A target only reports: how far past it the act came.
     *
     * @param trigger the triggering happening: the TRIGGER satisfier and the link target of satisfiers
     * @param clock the happening that started the clock, which the finding names (a hospital discharge after a
     *     birth); usually the trigger
     * @param start when the clock starts (the clock happening's instant)
     * @param deadline the duration from start, empty for a requirement with a target and no deadline
     */
    static Finding judge(RequirementContext ctx, Standard version, Requirement requirement, Happening trigger,
            Happening clock, Instant start, Optional<Duration> deadline, Satisfaction satisfaction, boolean estimatedAge) {
        EpisodeSnapshot facts = ctx.facts;
        RequirementPlan.Stamp stamp = ctx.stamp(requirement);
        Instant due = deadline.isPresent() ? start.plus(deadline.get()) : null;
        Optional<Duration> target = requirement.target();
        Instant targetAt = target.isPresent() ? start.plus(target.get()) : null;
        Finding.Builder builder = ctx.base(version, requirement, Optional.of(start), clock.ids(), estimatedAge);
        if (due != null) {
            builder.dueAt(due);
        }
        if (targetAt != null) {
            builder.targetAt(targetAt);
        }
        String what = ctx.plan.describe(satisfaction);
        String none = "no " + what;
        String of = clock == trigger ? trigger.label() : clock.label() + " after " + trigger.label();
        boolean atOnce = due != null && deadline.get().isZero();
        // "72h of D1", "at transfer T1", or for a target alone "of medical-issue I1"
        String clockText = due == null ? "of " + of : (atOnce ? "at " : stamp.text(deadline.get()) + " of ") + of;
        String within = atOnce || due == null ? " " : " within ";
        String targetText = target.isEmpty() ? "" : target.get().isZero() ? "at once" : stamp.text(target.get());
        Happening satisfied = null;
        Satisfier satisfiedBy = null;
        Happening maybe = null;
        List<String> missing = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        boolean incomplete = false;
        String rejected = null;
        for (Satisfier satisfier : satisfaction.satisfiers()) {
            Search search = search(ctx, satisfier, trigger, start, trigger.id, facts.custodyEnd);
            rejected = rejected == null ? search.rejected : rejected;
            if (search.found != null) {
                if (satisfaction.needsAll()) {
                    evidence.addAll(search.found.ids());
                    if (satisfied == null || search.found.at.isAfter(satisfied.at)) {
                        satisfied = search.found;
                        satisfiedBy = satisfier;
                    }
                } else if (satisfied == null || search.found.at.isBefore(satisfied.at)) {
                    satisfied = search.found;
                    satisfiedBy = satisfier;
                }
            } else if (satisfaction.needsAll()) {
                incomplete = true;
            }
            if (search.maybe != null && (maybe == null || search.maybe.at.isBefore(maybe.at))) {
                maybe = search.maybe;
                missing.addAll(search.missing);
            }
        }
        if (satisfaction.needsAll() && incomplete) {
            satisfied = null;
        }
        // the exceptions recorded for this occurrence: the first by the deadline excuses, later ones are only shown
        List<ExceptionRecorded> exceptions = exceptionsFor(ctx, trigger, clock);
        ExceptionRecorded excusing = null;
        ExceptionRecorded tooLate = null;
        for (ExceptionRecorded exception : exceptions) {
            if (due == null || !exception.at().isAfter(due)) {
                excusing = excusing == null ? exception : excusing;
            } else {
                tooLate = tooLate == null ? exception : tooLate;
            }
        }
        if (!exceptions.isEmpty()) {
            List<String> ids = new ArrayList<>(exceptions.size());
            for (ExceptionRecorded exception : exceptions) {
                ids.add(exception.id());
            }
            builder.exceptionEventIds(ids);
        }
        String lateException = tooLate == null ? "" : "; exception " + tooLate.id() + " recorded "
                + stamp.text(Duration.between(due, tooLate.at())) + " after the deadline does not excuse it";
        if (satisfied != null && (maybe == null || due == null || !satisfied.at.isAfter(due) || maybe.at.isAfter(due))) {
            builder.satisfiedAt(satisfied.at);
            if (!satisfaction.needsAll()) {
                evidence = new ArrayList<>(satisfied.ids());
            }
            String when = stamp.text(Duration.between(start, satisfied.at));
            String targetNote = "";
            if (targetAt != null) {
                Duration past = satisfied.at.isAfter(targetAt) ? Duration.between(targetAt, satisfied.at) : Duration.ZERO;
                builder.pastTarget(past);
                targetNote = past.isZero() ? "; on target (" + targetText + ")"
                        : "; " + stamp.text(past) + " past its target (" + targetText + ")";
            }
            boolean refusal = !satisfiedBy.exemptWhere().isEmpty()
                    && ctx.matcher.fields(satisfied, satisfiedBy.exemptWhere()).value == Tri.YES;
            if (due == null || !satisfied.at.isAfter(due)) {
                builder.evidenceEventIds(evidence);
                String whenText = satisfied.label() + " at " + when + (due == null ? " " : atOnce ? ", " : ", within ") + clockText;
                if (refusal) {
                    return ctx.finish(builder, FindingStatus.EXEMPT, due == null ? satisfied.at : due,
                            ctx.prefix + "exempt: refusal recorded in " + whenText + targetNote);
                }
                return ctx.finish(builder, FindingStatus.MET, due == null ? satisfied.at : due,
                        ctx.prefix + "met: " + whenText + targetNote);
            }
            Duration late = Duration.between(due, satisfied.at);
            if (excusing != null) {
                evidence.add(excusing.id());
                builder.evidenceEventIds(evidence);
                Duration ahead = Duration.between(excusing.at(), due);
                return ctx.finish(builder, FindingStatus.EXEMPT, due, ctx.prefix + "exempt: exception " + excusing.id()
                        + " recorded " + (ahead.isZero() ? "at" : stamp.text(ahead) + " before") + " the deadline ("
                        + clockText + "); " + satisfied.label() + (refusal ? " (refusal)" : "") + " came "
                        + stamp.text(late) + " after it" + targetNote);
            }
            builder.evidenceEventIds(evidence);
            builder.lateBy(late);
            return ctx.finish(builder, FindingStatus.MET_LATE, due, ctx.prefix + "met " + stamp.text(late) + " late: "
                    + satisfied.label() + (refusal ? " (refusal)" : "") + " at " + when + ", deadline " + clockText
                    + targetNote + lateException);
        }
        Instant locate = due == null ? (targetAt == null ? start : targetAt) : due;
        if (due == null && targetAt != null) {
            // no act and no deadline: the target is when the act falls due (worklists order by it); an act, whenever
            // it came, leaves dueAt empty, since no deadline bounds it
            builder.dueAt(targetAt);
        }
        if (maybe != null) {
            builder.missingData(missing).evidenceEventIds(maybe.ids());
            return ctx.finish(builder, FindingStatus.INDETERMINATE, locate,
                    ctx.prefix + "indeterminate: " + maybe.label() + " may satisfy it; missing " + String.join(", ", missing));
        }
        builder.evidenceEventIds(evidence);
        if (rejected != null) {
            none = rejected;
        }
        if (excusing != null) {
            builder.evidenceEventIds(List.of(excusing.id()));
            return ctx.finish(builder, FindingStatus.EXEMPT, locate,
                    ctx.prefix + "exempt: exception " + excusing.id() + " recorded for " + what + within + clockText);
        }
        if (due == null) {
            return judgeAgainstTarget(ctx, stamp, builder, what, none, clockText, targetAt, targetText);
        }
        if (!facts.open && facts.custodyEnd.isBefore(due)) {
            if (requirement.lapse() == Lapse.NOT_OWED) {
                return ctx.finish(builder, FindingStatus.NOT_APPLICABLE, facts.custodyEnd,
                        ctx.prefix + "not applicable: custody ended " + stamp.text(Duration.between(facts.custodyEnd, due))
                                + " before the deadline (" + clockText + ")");
            }
            return ctx.finish(builder, FindingStatus.NOT_MET, facts.custodyEnd,
                    ctx.prefix + "not met: custody ended without " + what + ", " + stamp.text(Duration.between(facts.custodyEnd, due))
                            + " before the deadline (" + clockText + ")");
        }
        if (requirement.closesAtDeadline() && !facts.asOf.isBefore(due)) {
            // judged at the event: the record of the event decides, and nothing runs on after it
            return ctx.finish(builder, FindingStatus.NOT_MET, due, ctx.prefix + "not met: " + none + within + clockText
                    + lateException);
        }
        if (!facts.open) {
            Duration over = Duration.between(due, facts.custodyEnd);
            builder.overdueBy(over);
            return ctx.finish(builder, FindingStatus.NOT_MET, due, ctx.prefix + "not met: " + none + within + clockText
                    + "; custody ended " + stamp.text(over) + " after the deadline" + lateException);
        }
        if (!facts.asOf.isAfter(due)) {
            return ctx.finish(builder, FindingStatus.DUE, due, ctx.prefix + "due in " + stamp.text(Duration.between(facts.asOf, due))
                    + ": " + what + within + clockText);
        }
        // as far as the records go: they prove nothing after the instant they are complete through
        Duration over = Duration.between(due, facts.recordsThrough.isAfter(due) ? facts.recordsThrough : due);
        builder.overdueBy(over);
        return ctx.finish(builder, FindingStatus.OVERDUE, due,
                ctx.prefix + "overdue by " + stamp.text(over) + ": " + none + within + clockText + lateException);
    }

    /**
     * No act yet for a requirement with a target and no deadline: NOT_MET once custody has ended, OVERDUE past the
     * target while custody lasts (the act is wanted now and a worklist must show it), DUE before the target.
     */
    private static Finding judgeAgainstTarget(RequirementContext ctx, RequirementPlan.Stamp stamp, Finding.Builder builder,
            String what, String none, String clockText, Instant targetAt, String targetText) {
        EpisodeSnapshot facts = ctx.facts;
        if (!facts.open) {
            return ctx.finish(builder, FindingStatus.NOT_MET, facts.custodyEnd,
                    ctx.prefix + "not met: custody ended without " + what + " " + clockText + " (target " + targetText + ")");
        }
        if (!facts.asOf.isAfter(targetAt)) {
            return ctx.finish(builder, FindingStatus.DUE, targetAt, ctx.prefix + "due: " + what + " " + clockText
                    + " (target " + targetText + ", in " + stamp.text(Duration.between(facts.asOf, targetAt)) + ")");
        }
        // as far as the records go, like a deadline's overdue-by
        Duration over = Duration.between(targetAt, facts.recordsThrough.isAfter(targetAt) ? facts.recordsThrough : targetAt);
        builder.overdueBy(over);
        return ctx.finish(builder, FindingStatus.OVERDUE, targetAt, ctx.prefix + "overdue: " + none + " " + clockText
                + ", " + stamp.text(over) + " past its target (" + targetText + ")");
    }

    /**
     * The exceptions of the requirement recorded for one occurrence, in time order up to the end of custody: those
     * that name its trigger (or the event that started its clock), and those that name no occurrence and were
     * recorded at or after the trigger.
     */
    static List<ExceptionRecorded> exceptionsFor(RequirementContext ctx, Happening trigger, Happening clock) {
        List<ExceptionRecorded> all = ctx.facts.exceptions(ctx.requirementId);
        if (all.isEmpty()) {
            return all;
        }
        List<ExceptionRecorded> result = new ArrayList<>(all.size());
        for (ExceptionRecorded exception : all) {
            if (exception.at().isAfter(ctx.facts.custodyEnd)) {
                continue;
            }
            Optional<String> named = exception.triggerEventId();
            boolean applies = named.isPresent()
                    ? named.equals(trigger.id) || named.equals(clock.id)
                    : !exception.at().isBefore(trigger.at);
            if (applies) {
                result.add(exception);
            }
        }
        return result;
    }

    static Finding indeterminate(RequirementContext ctx, Standard version, Requirement requirement, Happening trigger,
            List<String> missing) {
        Finding.Builder builder = ctx.base(version, requirement, Optional.of(trigger.at), trigger.ids(), false)
                .missingData(missing);
        return ctx.finish(builder, FindingStatus.INDETERMINATE, trigger.at,
                ctx.prefix + "indeterminate: whether " + trigger.label() + " starts it; missing " + String.join(", ", missing));
    }
}
